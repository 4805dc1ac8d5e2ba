import { useEffect, useState } from 'preact/hooks';
import type { StoredInvitation } from '../../core/model';
import { INVITATION_MANAGER_URL, PAGE_KIND_LABEL, VERDICT_LABEL, profileHref } from '../labels';
import { groupByVerdict } from './groups';
import type { PausedPage, PopupData } from './load';

// Everything shown here comes from LinkedIn pages (names, headlines, notes) or the analyzer, so it is
// rendered as Preact text only.

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function PausedNotice({ paused }: { paused: PausedPage }) {
  return (
    <p class="paused" role="status">
      <strong>Connector could not read this LinkedIn page; badges are paused</strong>
      <span class="kind"> (page: {PAGE_KIND_LABEL[paused.kind]})</span>
    </p>
  );
}

function InvitationRow({ invitation: i }: { invitation: StoredInvitation }) {
  const href = profileHref(i.profileUrl, i.slug);
  const reason = i.analysis.reasons[0]?.text;
  return (
    <li class="row" data-connector="popup-invitation" data-verdict={i.analysis.verdict}>
      <div class="who">
        {href ? (
          <a class="name" dir="auto" href={href} target="_blank" rel="noopener noreferrer">
            {i.senderName}
          </a>
        ) : (
          <span class="name" dir="auto">
            {i.senderName}
          </span>
        )}
        <span class={`verdict ${i.analysis.verdict}`}>{VERDICT_LABEL[i.analysis.verdict]}</span>
      </div>
      {i.headline && (
        <div class="headline" dir="auto" title={i.headline}>
          {i.headline}
        </div>
      )}
      {reason && (
        <div class="reason" dir="auto" title={reason}>
          {reason}
        </div>
      )}
    </li>
  );
}

function EmptyState() {
  return (
    <div class="empty">
      <p>
        <strong>No pending requests yet.</strong>
      </p>
      <p>
        Open your LinkedIn invitations (My Network → Invitations): Connector reads each request's note there, marks it No
        note, Template or Personal, and lists the pending ones here. Everything stays on this computer.
      </p>
    </div>
  );
}

export function Popup({ data, onOpenOptions }: { data: PopupData; onOpenOptions: () => void }) {
  const groups = groupByVerdict(data.pending);
  const attention = data.pending.filter((i) => i.analysis.verdict !== 'personal').length;
  return (
    <main class="popup">
      <header>
        <h1>Connector</h1>
        <button type="button" class="link" onClick={onOpenOptions}>
          Options
        </button>
      </header>
      {data.paused && <PausedNotice paused={data.paused} />}
      {data.pending.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <p class="summary">
            {plural(data.pending.length, 'pending request', 'pending requests')},{' '}
            {attention} without a personal note
          </p>
          {groups.map((g) => (
            <section key={g.verdict} class="group" aria-labelledby={`group-${g.verdict}`}>
              <h2 id={`group-${g.verdict}`}>
                {VERDICT_LABEL[g.verdict]} <span class="count">({g.items.length})</span>
              </h2>
              <ul>
                {g.items.map((i) => (
                  <InvitationRow key={i.id} invitation={i} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <footer>
        <a href={INVITATION_MANAGER_URL} target="_blank" rel="noopener noreferrer">
          Open LinkedIn invitations
        </a>
      </footer>
    </main>
  );
}

type LoadState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: PopupData };

/** Loads the store once when the popup opens (a popup lives only while it is open). */
export function PopupApp({ load, onOpenOptions }: { load: () => Promise<PopupData>; onOpenOptions: () => void }) {
  const [s, setS] = useState<LoadState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setS({ state: 'ready', data }),
      (e: unknown) => live && setS({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (s.state === 'ready') return <Popup data={s.data} onOpenOptions={onOpenOptions} />;
  return (
    <main class="popup" aria-busy={s.state === 'loading' ? 'true' : 'false'}>
      <header>
        <h1>Connector</h1>
      </header>
      {s.state === 'loading' ? (
        <p class="loading">Loading…</p>
      ) : (
        <p class="paused" role="alert">
          Connector could not read its data: {s.message}
        </p>
      )}
    </main>
  );
}
