import { beforeEach, expect, it, vi } from 'vitest';
import { freshDB } from './fresh-db';
import { openConnectorDB } from '@/src/store/db';
import { listTemplates, resetTemplates, saveTemplates, TemplateValidationError } from '@/src/store/templates';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import type { Template } from '@/src/core/model';

beforeEach(freshDB);

const mine = (id: string, order = 0): Template => ({ id, name: `Mine ${id}`, body: `Hi {firstName}, ${id}`, builtin: false, order });

it('lists the built-ins, sorted, while nothing is stored', async () => {
  expect(BUILTIN_TEMPLATES.length).toBeGreaterThan(0);
  expect(await listTemplates()).toEqual([...BUILTIN_TEMPLATES].sort((a, b) => a.order - b.order));
});

it('saves the whole list in array order and lists it back', async () => {
  await saveTemplates([mine('b', 7), mine('a', 3)]);
  expect((await listTemplates()).map((t) => [t.id, t.order])).toEqual([
    ['b', 0],
    ['a', 1],
  ]);
  await saveTemplates([mine('a')]);
  expect((await listTemplates()).map((t) => t.id)).toEqual(['a']);
});

it('refuses an invalid list with a clear message and keeps the old one', async () => {
  await saveTemplates([mine('a')]);
  await expect(saveTemplates([mine('b'), { ...mine('c'), name: '   ' }])).rejects.toThrow(
    new TemplateValidationError('Template number 2: A template needs a name'),
  );
  await expect(saveTemplates([mine('b'), mine('b')])).rejects.toThrow(/duplicate id b/);
  expect((await listTemplates()).map((t) => t.id)).toEqual(['a']);
});

it('reset brings the built-ins back', async () => {
  await saveTemplates([mine('a')]);
  expect(await resetTemplates()).toEqual(await listTemplates());
  expect((await listTemplates()).every((t) => t.builtin)).toBe(true);
});

it('skips damaged rows', async () => {
  await saveTemplates([mine('a'), mine('b')]);
  const db = await openConnectorDB();
  await db.put('templates', { id: 'junk', order: 1 });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect((await listTemplates()).map((t) => t.id)).toEqual(['a', 'b']);
  warn.mockRestore();
});
