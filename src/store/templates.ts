import { TemplateSchema, type Template } from '../core/model';
import { BUILTIN_TEMPLATES } from '../core/drafting/builtins';
import { templateErrors } from '../core/drafting/engine';
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
 * Why the drafting engine could not fill this body as written (unknown variables, unbalanced braces or
 * brackets), phrased for a list of templates: "Template 2 (Met at an event): unknown variable {compnay}
 * — did you mean {company}?". Only the first problem: the editor shows them all.
 */
function syntaxError(t: Template, index: number): string | undefined {
  const first = templateErrors(t.body)[0];
  if (!first) return undefined;
  const detail = (first.message.charAt(0).toLowerCase() + first.message.slice(1)).replace(/: (did you mean \{[^{}]*\}\?)$/, ' — $1');
  return `Template ${index + 1} (${t.name}): ${detail}`;
}

/**
 * Replace the whole list at once. The array order is the display order (`order` is renumbered 0..n-1).
 * Nothing is written when any template is invalid: the dashboard checks before saving, but any page
 * of ours can send templates/save, and a body the engine cannot fill would reach every note dialog.
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
    const syntax = syntaxError(r.data, index);
    if (syntax) throw new TemplateValidationError(syntax);
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
