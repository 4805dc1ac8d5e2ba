import { useState } from 'preact/hooks';
import { SettingsSchema, type Recipient, type Settings } from '../../core/model';
import { api } from './api';

// The user as the recipient of incoming notes: a note that names their company or school is more
// likely personal. Their first name also signs thank-you drafts ({myName}).

type Field = 'firstName' | 'lastName' | 'company' | 'headline' | 'school';

const FIELDS: { key: Field; label: string; max: number; autocomplete: string }[] = [
  { key: 'firstName', label: 'First name', max: 100, autocomplete: 'given-name' },
  { key: 'lastName', label: 'Last name', max: 100, autocomplete: 'family-name' },
  { key: 'company', label: 'Company', max: 200, autocomplete: 'organization' },
  { key: 'headline', label: 'Headline', max: 500, autocomplete: 'organization-title' },
  { key: 'school', label: 'School', max: 200, autocomplete: 'off' },
];

export interface ProfileSectionProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

export function ProfileSection({ settings, onSaved }: ProfileSectionProps) {
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f.key, settings.me[f.key] ?? ''])) as Record<Field, string>,
  );
  const [noteLimit, setNoteLimit] = useState(settings.noteLimit);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const me: Recipient = { ...settings.me };
    for (const f of FIELDS) {
      const v = values[f.key].trim();
      if (v) me[f.key] = v;
      else delete me[f.key];
    }
    const parsed = SettingsSchema.safeParse({ ...settings, me, noteLimit });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus({ kind: 'error', text: `Not saved: ${issue.path.join(' ')} ${issue.message}` });
      return;
    }
    setSaving(true);
    const result = await api.saveSettings(parsed.data);
    setSaving(false);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `Not saved: ${result.error}` });
      return;
    }
    setStatus({ kind: 'ok', text: 'Saved.' });
    onSaved(result.value);
  };

  return (
    <section class="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your profile</h2>
      <p class="hint">
        Connector uses these to recognise incoming notes that mention you, your company or your school. They stay on
        this computer.
      </p>
      <form onSubmit={submit} noValidate>
        <div class="grid">
          {FIELDS.map((f) => (
            <div class="field" key={f.key}>
              <label for={`me-${f.key}`}>{f.label}</label>
              <input
                id={`me-${f.key}`}
                type="text"
                maxLength={f.max}
                autocomplete={f.autocomplete}
                value={values[f.key]}
                onInput={(e) => setValues({ ...values, [f.key]: e.currentTarget.value })}
              />
            </div>
          ))}
        </div>
        <fieldset class="limit">
          <legend>Note limit when LinkedIn’s dialog does not show one</legend>
          {([200, 300] as const).map((n) => (
            <label class="check" key={n}>
              <input type="radio" name="note-limit" value={n} checked={noteLimit === n} onChange={() => setNoteLimit(n)} />
              {n} characters {n === 200 ? '(free account)' : '(Premium)'}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" data-action="save-profile" aria-busy={saving}>
            {saving ? 'Saving…' : 'Save profile'}
          </button>
          <span class={status?.kind === 'error' ? 'status error' : 'status'} role="status" aria-live="polite">
            {status?.text ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}
