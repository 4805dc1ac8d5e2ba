import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../core/model';
import { api } from './api';
import {
  byOrder,
  isEditedBuiltin,
  moveTemplate,
  ownTemplates,
  removeTemplate,
  restoreBuiltins,
  upsertTemplate,
} from './template-list';
import { TemplateEditor } from './template-editor';

type Status = { kind: 'ok' | 'error'; text: string } | null;
/** Which editor is open: a template id, or 'new'. */
type Editing = string | 'new' | null;

export interface TemplatesSectionProps {
  initial: Template[];
  limit: number;
}

export function TemplatesSection({ initial, limit }: TemplatesSectionProps) {
  const [templates, setTemplates] = useState(() => byOrder(initial));
  const [editing, setEditing] = useState<Editing>(null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const root = useRef<HTMLElement>(null);
  const focusNext = useRef<string | null>(null);
  // Saves run one after another, in the order the person made them; only the newest result is shown.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const generation = useRef(0);

  useEffect(() => {
    const selector = focusNext.current;
    if (!selector || !root.current) return;
    focusNext.current = null;
    for (const s of selector.split('||')) {
      const el = root.current.querySelector<HTMLElement>(s);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  });

  const focusLater = (...selectors: string[]) => (focusNext.current = selectors.join('||'));
  const row = (id: string) => `[data-template-id="${CSS.escape(id)}"]`;

  function persist(next: Template[], done: string, send = () => api.saveTemplates(next)): Promise<string | null> {
    setTemplates(next);
    const gen = ++generation.current;
    const run = chain.current.then(async () => {
      const result = await send();
      if (!result.ok) {
        setStatus({ kind: 'error', text: `Not saved: ${result.error}` });
        const fresh = await api.listTemplates();
        if (fresh.ok && gen === generation.current) setTemplates(byOrder(fresh.value));
        return result.error;
      }
      if (gen === generation.current) setTemplates(byOrder(result.value));
      setStatus({ kind: 'ok', text: done });
      return null;
    });
    chain.current = run;
    return run;
  }

  const openEditor = (target: Exclude<Editing, null>) => {
    if (editing !== null && editing !== target && dirty) {
      setNotice('Save or cancel the changes in this template first.');
      return;
    }
    setNotice(null);
    setDirty(false);
    setConfirmDelete(null);
    setEditing(target);
  };

  const closeEditor = (id: string | null) => {
    setEditing(null);
    setDirty(false);
    setNotice(null);
    focusLater(id ? `${row(id)} [data-action="edit"]` : '[data-action="new-template"]');
  };

  const save = async (t: Template) => {
    const isNew = !templates.some((x) => x.id === t.id);
    const error = await persist(upsertTemplate(templates, t), isNew ? `Created “${t.name}”.` : `Saved “${t.name}”.`);
    if (!error) closeEditor(t.id);
    return error;
  };

  const move = (t: Template, delta: -1 | 1) => {
    const next = moveTemplate(templates, t.id, delta);
    if (next === templates) return;
    const position = next.findIndex((x) => x.id === t.id) + 1;
    const here = delta < 0 ? 'up' : 'down';
    const there = delta < 0 ? 'down' : 'up';
    focusLater(`${row(t.id)} [data-action="${here}"]`, `${row(t.id)} [data-action="${there}"]`);
    void persist(next, `Moved “${t.name}” to position ${position} of ${next.length}.`);
  };

  const remove = (t: Template) => {
    const index = templates.findIndex((x) => x.id === t.id);
    const next = removeTemplate(templates, t.id);
    setConfirmDelete(null);
    if (editing === t.id) closeEditor(null);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? `${row(neighbour.id)} [data-action="edit"]` : '[data-action="new-template"]');
    void persist(next, `Deleted “${t.name}”.`);
  };

  const reset = () => {
    setConfirmReset(false);
    setEditing(null);
    focusLater('[data-action="reset"]');
    const own = ownTemplates(templates);
    // With no templates of their own, forgetting every edit lets improved built-ins reach them later.
    if (!own.length) void persist(restoreBuiltins([]), 'Built-in templates restored.', () => api.resetTemplates());
    else void persist(restoreBuiltins(templates), `Built-in templates restored; your ${own.length} own template${own.length === 1 ? ' was' : 's were'} kept.`);
  };

  const onRowKey = (e: KeyboardEvent, t: Template) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(t, e.key === 'ArrowUp' ? -1 : 1);
  };

  const editor = (t: Template | null) => (
    <TemplateEditor
      key={t?.id ?? 'new'}
      template={t}
      nextOrder={templates.length}
      limit={limit}
      onSave={save}
      onCancel={() => closeEditor(t?.id ?? null)}
      onDirtyChange={setDirty}
      notice={notice}
    />
  );

  const own = ownTemplates(templates).length;
  return (
    <section class="card" aria-labelledby="templates-heading" ref={root}>
      <h2 id="templates-heading">Note templates</h2>
      <p class="hint">
        The composer beside LinkedIn’s “Add a note” box offers these, filled with what the profile shows. Say why you
        connect, point at something specific, offer something. Alt+↑/↓ moves the focused template.
      </p>
      <p class={status?.kind === 'error' ? 'status error' : 'status'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
      <ol class="templates" aria-label="Your templates, in the order the composer offers them">
        {templates.map((t, i) => (
          <li key={t.id} class="template-row" data-template-id={t.id} onKeyDown={(e) => onRowKey(e, t)}>
            <div class="row-main">
              <span class="template-name">{t.name}</span>
              {t.builtin && <span class="tag">{isEditedBuiltin(t) ? 'Built-in, edited' : 'Built-in'}</span>}
              <p class="template-body">{t.body}</p>
            </div>
            <div class="row-actions" role="group" aria-label={`Actions for ${t.name}`}>
              <button type="button" data-action="edit" aria-label={`Edit ${t.name}`} aria-expanded={editing === t.id} onClick={() => openEditor(t.id)}>
                Edit
              </button>
              <button type="button" data-action="up" aria-label={`Move ${t.name} up`} disabled={i === 0} onClick={() => move(t, -1)}>
                ↑
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={`Move ${t.name} down`}
                disabled={i === templates.length - 1}
                onClick={() => move(t, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                data-action="delete"
                aria-label={`Delete ${t.name}`}
                onClick={() => {
                  setConfirmDelete(t.id);
                  focusLater(`${row(t.id)} [data-action="cancel-delete"]`);
                }}
              >
                Delete
              </button>
            </div>
            {confirmDelete === t.id && (
              <div class="confirm" role="group" aria-label={`Confirm deleting ${t.name}`}>
                <span>
                  Delete “{t.name}”?{' '}
                  {t.builtin ? 'Reset built-ins brings it back.' : 'This cannot be undone.'}
                </span>
                <button type="button" class="danger" data-action="confirm-delete" onClick={() => remove(t)}>
                  Delete
                </button>
                <button
                  type="button"
                  data-action="cancel-delete"
                  onClick={() => {
                    setConfirmDelete(null);
                    focusLater(`${row(t.id)} [data-action="delete"]`);
                  }}
                >
                  Keep it
                </button>
              </div>
            )}
            {editing === t.id && editor(t)}
          </li>
        ))}
      </ol>
      {templates.length === 0 && <p class="empty">No templates. Create one, or reset the built-ins.</p>}
      {editing === 'new' && editor(null)}
      <div class="actions">
        <button type="button" class="primary" data-action="new-template" aria-expanded={editing === 'new'} onClick={() => openEditor('new')}>
          New template
        </button>
        <button
          type="button"
          data-action="reset"
          onClick={() => {
            setConfirmReset(true);
            focusLater('[data-action="cancel-reset"]');
          }}
        >
          Reset built-ins
        </button>
      </div>
      {confirmReset && (
        <div class="confirm" role="group" aria-label="Confirm resetting the built-in templates">
          <span>
            Restore the built-in templates as shipped? Your changes to them are lost
            {own ? `; your ${own} own template${own === 1 ? ' is' : 's are'} kept.` : '.'}
          </span>
          <button type="button" class="danger" data-action="confirm-reset" onClick={reset}>
            Restore built-ins
          </button>
          <button
            type="button"
            data-action="cancel-reset"
            onClick={() => {
              setConfirmReset(false);
              focusLater('[data-action="reset"]');
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
