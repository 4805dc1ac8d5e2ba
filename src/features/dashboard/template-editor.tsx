import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '../../core/model';
import { countChars, fillTemplate, SAMPLE_VARS, validateTemplate, type TemplateVars, type VarName } from '../../core/drafting/engine';
import { newTemplateId, templateSaveErrors } from './template-list';
import { VariableList } from './variable-list';

export interface TemplateEditorProps {
  /** The template being edited; null for a new one. */
  template: Template | null;
  /** Where a new template goes in the list. */
  nextOrder: number;
  /** The note limit the preview is measured against. */
  limit: number;
  /** Resolves to an error message, or null once the template is saved. */
  onSave: (template: Template) => Promise<string | null>;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** A message from the list, e.g. "save or cancel first". */
  notice?: string | null;
}

// The preview with only what a sparse profile gives, so the person sees what optional sections do.
const SPARSE_VARS: TemplateVars = { firstName: SAMPLE_VARS.firstName, reason: SAMPLE_VARS.reason, myName: SAMPLE_VARS.myName };

export function TemplateEditor({ template, nextOrder, limit, onSave, onCancel, onDirtyChange, notice }: TemplateEditorProps) {
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [sparse, setSparse] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const bodyTouched = useRef(false);
  const caret = useRef<number | null>(null);

  const problems = useMemo(() => validateTemplate(body, { limit }), [body, limit]);
  const preview = useMemo(() => fillTemplate(body, sparse ? SPARSE_VARS : SAMPLE_VARS), [body, sparse]);
  const count = countChars(preview.text);
  const dirty = name !== (template?.name ?? '') || body !== (template?.body ?? '');

  useEffect(() => nameRef.current?.focus(), []);
  useEffect(() => onDirtyChange?.(dirty), [dirty]);
  useEffect(() => {
    const el = bodyRef.current;
    if (caret.current === null || !el) return;
    el.focus();
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [body]);

  const insert = (variable: VarName) => {
    const el = bodyRef.current;
    const token = `{${variable}}`;
    // Before the person has been in the text box its cursor means nothing: append.
    const start = el && bodyTouched.current ? el.selectionStart : body.length;
    const end = el && bodyTouched.current ? el.selectionEnd : body.length;
    caret.current = start + token.length;
    bodyTouched.current = true;
    setBody(body.slice(0, start) + token + body.slice(end));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const candidate: Template = {
      id: template?.id ?? newTemplateId(),
      name: name.trim(),
      body: body.trim(),
      builtin: template?.builtin ?? false,
      order: template?.order ?? nextOrder,
    };
    const found = templateSaveErrors(candidate, limit);
    setErrors(found);
    if (found.length) return;
    setSaving(true);
    const error = await onSave(candidate);
    setSaving(false);
    if (error) setErrors([error]);
  };

  const headingId = `editor-heading-${template?.id ?? 'new'}`;
  return (
    <section class="editor" aria-labelledby={headingId} data-editor={template?.id ?? 'new'}>
      <h3 id={headingId}>{template ? `Edit “${template.name}”` : 'New template'}</h3>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="template-name">Name</label>
          <input
            id="template-name"
            ref={nameRef}
            type="text"
            maxLength={80}
            value={name}
            aria-invalid={errors.length > 0 && !name.trim()}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field body-field">
          <label for="template-body">Template text</label>
          <textarea
            id="template-body"
            ref={bodyRef}
            rows={6}
            value={body}
            aria-describedby="template-problems template-count"
            aria-invalid={problems.some((p) => p.severity === 'error')}
            onFocus={() => (bodyTouched.current = true)}
            onInput={(e) => setBody(e.currentTarget.value)}
          />
          <ul id="template-problems" class="problems" aria-label="Problems with this template">
            {problems.map((p, i) => (
              <li key={`${p.code}-${p.index ?? i}`} class={p.severity} data-problem={p.code}>
                {p.severity === 'error' ? 'Error: ' : 'Note: '}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
        <VariableList onInsert={insert} />
        <div class="preview" aria-labelledby="preview-heading">
          <h4 id="preview-heading">Preview on a sample recipient</h4>
          <label class="check">
            <input type="checkbox" checked={sparse} onChange={(e) => setSparse(e.currentTarget.checked)} />
            Only name and reason known (no company, school or mutual connection)
          </label>
          <p class="preview-text" data-preview>
            {preview.text || '(empty)'}
          </p>
          <p id="template-count" class={count > limit ? 'count over' : 'count'} data-count>
            {count} / {limit} characters{count > limit ? `: ${count - limit} over LinkedIn’s limit` : ''}
          </p>
        </div>
        {errors.length > 0 && (
          <div class="save-errors" role="alert">
            <p>Not saved:</p>
            <ul>
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary" data-action="save-template" aria-busy={saving}>
            {saving ? 'Saving…' : 'Save template'}
          </button>
          <button type="button" data-action="cancel-edit" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
