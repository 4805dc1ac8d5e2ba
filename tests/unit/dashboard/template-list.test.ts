import { describe, expect, it } from 'vitest';
import type { Template } from '@/src/core/model';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import {
  isEditedBuiltin,
  moveTemplate,
  removeTemplate,
  restoreBuiltins,
  templateSaveErrors,
  upsertTemplate,
} from '@/src/features/dashboard/template-list';

const t = (id: string, order: number, builtin = false): Template => ({ id, name: id, body: `Hi {firstName} ${id}`, builtin, order });
const list = [t('a', 0), t('b', 1), t('c', 2)];
const shape = (l: Template[]) => l.map((x) => `${x.id}${x.order}`).join(' ');

describe('template list operations', () => {
  it('moves within bounds and renumbers', () => {
    expect(shape(moveTemplate(list, 'a', 1))).toBe('b0 a1 c2');
    expect(shape(moveTemplate(list, 'c', -1))).toBe('a0 c1 b2');
    expect(moveTemplate(list, 'a', -1)).toBe(list);
    expect(moveTemplate(list, 'c', 1)).toBe(list);
    expect(moveTemplate(list, 'zz', 1)).toBe(list);
  });

  it('removes and renumbers', () => {
    expect(shape(removeTemplate(list, 'b'))).toBe('a0 c1');
  });

  it('replaces in place or appends', () => {
    expect(upsertTemplate(list, { ...t('b', 1), name: 'B!' })[1].name).toBe('B!');
    expect(shape(upsertTemplate(list, t('d', 0)))).toBe('a0 b1 c2 d3');
  });

  it('restores the built-ins as shipped, keeping own templates after them', () => {
    const edited = { ...BUILTIN_TEMPLATES[2], body: 'Changed {reason}', order: 0 };
    const restored = restoreBuiltins([t('mine', 0), edited]);
    expect(restored.map((x) => x.id)).toEqual([...BUILTIN_TEMPLATES.map((x) => x.id), 'mine']);
    expect(restored[2]).toEqual(BUILTIN_TEMPLATES[2]);
    expect(restored.at(-1)!.order).toBe(BUILTIN_TEMPLATES.length);
  });

  it('knows an edited built-in', () => {
    expect(isEditedBuiltin(BUILTIN_TEMPLATES[0])).toBe(false);
    expect(isEditedBuiltin({ ...BUILTIN_TEMPLATES[0], name: 'Mine now' })).toBe(true);
    expect(isEditedBuiltin({ ...t('gone', 0), builtin: true })).toBe(true);
    expect(isEditedBuiltin(t('own', 0))).toBe(false);
  });

  it('explains why a template cannot be saved, once per problem', () => {
    expect(templateSaveErrors(t('ok', 0), 200)).toEqual([]);
    expect(templateSaveErrors({ ...t('x', 0), name: ' ', body: '' }, 200)).toEqual([
      'A template needs a name',
      'A template needs some text',
    ]);
    expect(templateSaveErrors({ ...t('x', 0), body: 'Hi {nmae}' }, 200)[0]).toContain('Unknown variable {nmae}');
  });
});
