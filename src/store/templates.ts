import { TemplateSchema, type Template } from '../core/model';
import { BUILTIN_TEMPLATES } from '../core/drafting/builtins';
import { openConnectorDB, parseRows } from './db';

// The person's note templates. An empty store means "never edited": the built-ins are shown, so a new
// install and "Reset" behave the same and improved built-ins reach people who never customised theirs.

export class TemplateValidationError extends Error {}

function builtins(): Template[] {
  return [...BUILTIN_TEMPLATES].sort((a, b) => a.order - b.order);
}

/** Templates in the person's order; the built-ins when nothing is stored. */
export async function listTemplates(): Promise<Template[]> {
  const db = await openConnectorDB();
  const stored = parseRows(TemplateSchema, await db.getAllFromIndex('templates', 'order'), 'templates');
  return stored.length ? stored : builtins();
}

/**
 * Replace the whole list at once. The array order is the display order (`order` is renumbered 0..n-1).
 * Nothing is written when any template is invalid.
 */
export async function saveTemplates(templates: unknown[]): Promise<Template[]> {
  const valid: Template[] = [];
  const ids = new Set<string>();
  templates.forEach((raw, index) => {
    const r = TemplateSchema.safeParse({ ...(raw as object), order: index });
    if (!r.success) {
      const name = (raw as { name?: unknown })?.name;
      const label = typeof name === 'string' && name.trim() ? `"${name.trim()}"` : `number ${index + 1}`;
      throw new TemplateValidationError(`Template ${label}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    }
    if (ids.has(r.data.id)) throw new TemplateValidationError(`Template ${r.data.name}: duplicate id ${r.data.id}`);
    ids.add(r.data.id);
    valid.push(r.data);
  });
  const db = await openConnectorDB();
  const tx = db.transaction('templates', 'readwrite');
  await tx.store.clear();
  for (const t of valid) await tx.store.put(t);
  await tx.done;
  return valid.length ? valid : builtins();
}

/** Forget the person's edits: the built-ins come back. */
export async function resetTemplates(): Promise<Template[]> {
  const db = await openConnectorDB();
  await db.clear('templates');
  return builtins();
}
