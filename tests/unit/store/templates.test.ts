import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDB } from './fresh-db';
import { openConnectorDB } from '@/src/store/db';
import { listTemplates, resetTemplates, saveTemplates, TemplateValidationError } from '@/src/store/templates';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import type { Template } from '@/src/core/model';
import { registerRouter } from '@/src/background/router';
import { fromExtensionPage, send } from '../background/send';

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

describe('bodies the drafting engine cannot fill', () => {
  const builtinsWith = (i: number, body: string) => BUILTIN_TEMPLATES.map((t, j) => (j === i ? { ...t, body } : t));

  it('refuses an unknown variable with the template it is in and a suggestion, and keeps the old list', async () => {
    await saveTemplates([mine('a')]);
    const body = 'Hi {firstName}, good to meet you at {reason}. How are things at {compnay}?';
    await expect(saveTemplates(builtinsWith(1, body))).rejects.toThrow(
      new TemplateValidationError(`Template 2 (${BUILTIN_TEMPLATES[1].name}): unknown variable {compnay} — did you mean {company}?`),
    );
    expect((await listTemplates()).map((t) => t.id)).toEqual(['a']);
  });

  it('refuses unbalanced braces and brackets, naming the template', async () => {
    await expect(saveTemplates([mine('a'), { ...mine('b'), name: 'Braces', body: 'Hi {firstName, glad to connect.' }])).rejects.toThrow(
      /^Template 2 \(Braces\): a "\{" is never closed near "Hi \{firstName,"/,
    );
    await expect(saveTemplates([{ ...mine('c'), name: 'Section', body: 'Hi {firstName}[[ at {company}.' }])).rejects.toThrow(
      /^Template 1 \(Section\): an optional section "\[\[" is never closed/,
    );
    await expect(saveTemplates([{ ...mine('d'), name: 'Empty', body: 'Hi {}!' }])).rejects.toThrow(/^Template 1 \(Empty\): empty braces/);
    expect(await listTemplates()).toEqual([...BUILTIN_TEMPLATES].sort((a, b) => a.order - b.order));
  });

  it('accepts every variable spelling the engine accepts, and double braces', async () => {
    const body = 'Hi {{first_name}}, [[we both know {Mutual}. ]]About {reason}: {myName}';
    expect((await saveTemplates([{ ...mine('a'), body }]))[0].body).toBe(body);
  });

  it('the background answers a templates/save from any of our pages with the refusal, not a fault', async () => {
    registerRouter();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await send({ type: 'templates/save', templates: [{ ...mine('a'), name: 'Typo', body: 'Hi {frstName}' }] }, fromExtensionPage('options.html'));
    expect(reply).toEqual({ ok: false, error: 'Template 1 (Typo): unknown variable {frstName} — did you mean {firstName}?' });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
