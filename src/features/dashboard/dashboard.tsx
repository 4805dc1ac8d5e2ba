import { useEffect, useState } from 'preact/hooks';
import type { Settings, Template } from '../../core/model';
import { api } from './api';
import { ProfileSection } from './profile-section';
import { TemplatesSection } from './templates-section';

type Loaded = { settings: Settings; templates: Template[] };

export function Dashboard() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    void Promise.all([api.getSettings(), api.listTemplates()]).then(([settings, templates]) => {
      if (!live) return;
      if (!settings.ok) setError(settings.error);
      else if (!templates.ok) setError(templates.error);
      else setData({ settings: settings.value, templates: templates.value });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <>
      <header>
        <h1>Connector</h1>
        <p>Your profile and the note templates the composer offers on LinkedIn. Everything stays on this computer.</p>
      </header>
      <main>
        {error && (
          <div class="card load-error" role="alert">
            <p>Connector could not load your settings: {error}</p>
            <button type="button" onClick={() => setAttempt(attempt + 1)}>
              Try again
            </button>
          </div>
        )}
        {!data && !error && <p aria-busy="true">Loading…</p>}
        {data && (
          <>
            <ProfileSection settings={data.settings} onSaved={(settings) => setData({ ...data, settings })} />
            <TemplatesSection initial={data.templates} limit={data.settings.noteLimit} />
          </>
        )}
      </main>
    </>
  );
}
