import { TemplateSchema, type Template } from '../../core/model';
import { BUILTIN_TEMPLATES } from '../../core/drafting/builtins';
import { templateErrors } from '../../core/drafting/engine';

// Pure list operations behind the template editor. The array order is the display order; `order` is
// renumbered on every change so the store and the page never disagree.

const renumber = (list: Template[]): Template[] => list.map((t, order) => (t.order === order ? t : { ...t, order }));

export const byOrder = (list: Template[]): Template[] => [...list].sort((a, b) => a.order - b.order);

export function moveTemplate(list: Template[], id: string, delta: -1 | 1): Template[] {
  const from = list.findIndex((t) => t.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return renumber(next);
}

export const removeTemplate = (list: Template[], id: string): Template[] => renumber(list.filter((t) => t.id !== id));

export function upsertTemplate(list: Template[], template: Template): Template[] {
  const at = list.findIndex((t) => t.id === template.id);
  if (at < 0) return renumber([...list, template]);
  const next = [...list];
  next[at] = template;
  return renumber(next);
}

/** The built-ins as shipped, first, followed by the person's own templates in their order. */
export function restoreBuiltins(list: Template[]): Template[] {
  return renumber([...byOrder(BUILTIN_TEMPLATES), ...list.filter((t) => !t.builtin)]);
}

export const ownTemplates = (list: Template[]) => list.filter((t) => !t.builtin);

/** A built-in the person changed (or one we no longer ship). */
export function isEditedBuiltin(t: Template): boolean {
  if (!t.builtin) return false;
  const original = BUILTIN_TEMPLATES.find((b) => b.id === t.id);
  return !original || original.name !== t.name || original.body !== t.body;
}

/** Why a template cannot be saved, in words for the person; empty when it can. */
export function templateSaveErrors(template: Template, limit: number): string[] {
  const parsed = TemplateSchema.safeParse(template);
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  const key = (m: string) => m.replace(/\.$/, '');
  return [...errors, ...templateErrors(template.body, { limit }).map((p) => p.message)].filter(
    (m, i, all) => all.findIndex((o) => key(o) === key(m)) === i,
  );
}

export function newTemplateId(): string {
  return `own-${crypto.randomUUID()}`;
}
