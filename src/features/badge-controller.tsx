import { render } from 'preact';
import type { SeenNote } from '../core/analyzer/cross-sender';
import { AnalysisSchema, type Analysis, type PageKind, type ReceivedInvitation } from '../core/model';
import type { Message, ObservedInvitation, Reply } from '../messaging';
import type { BadgeHost } from './badge-host';
import { BadgeView } from './badge-view';
import { invitationVerdict, NO_NOTE, senderKey } from '../core/invitation-verdict';

// The badge feature's moving parts, with the page adapter, messaging and host creation passed in, so unit tests can
// drive it with a hand-made DOM and the e2e tests with the real ones. The analyzer itself runs in the background.

export interface CardRead {
  root: Element;
  invitation: ReceivedInvitation;
  /** The badge goes right after this element, inside root. */
  anchor: Element;
}
export type ReadResult = { kind: 'ok'; stack: 'sdui' | 'classic'; cards: CardRead[] } | { kind: 'unrecognised'; reason: string };

export interface BadgeDeps {
  doc: Document;
  kind: PageKind;
  url: string;
  readInvitations(doc: Document): ReadResult;
  actionOfClick(target: Element): { id: string; action: 'accepted' | 'ignored' } | undefined;
  /** The list element to watch for late cards; without it the whole body is watched. */
  listRoot?(doc: Document): Element | undefined;
  send(message: Message): Promise<Reply>;
  createHost(doc: Document): BadgeHost;
  /** How long to wait for the invitation list before telling the popup the page was not understood. */
  graceMs?: number;
  /** Mutations are coalesced into one re-read per this many milliseconds. */
  debounceMs?: number;
  /** How long to wait for the background's verdicts before asking again. */
  judgeTimeoutMs?: number;
  /** How long to wait before asking again after an unanswered request; doubles with each try (five in all). */
  retryMs?: number;
}

const none: Reply = { ok: false, error: 'timed out' };
const VerdictsSchema = AnalysisSchema.array().max(1000);
const MAX_TRIES = 5;
/** A note as the verdicts are keyed: the same text from another sender is another question. */
const keyOf = (n: SeenNote) => `${n.sender}\u0000${n.text}`;

interface Entry {
  root: Element;
  badge?: BadgeHost;
  /** JSON of the analysis the badge shows, so an unchanged card is not re-rendered. */
  shown?: string;
  /** JSON of the invitation + analysis last sent to the background. */
  sent?: string;
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      () => {
        clearTimeout(t);
        resolve(fallback);
      },
    );
  });
}

/** Start badging the invitation list on this page; returns the cleanup that removes everything. */
export function startBadges(deps: BadgeDeps): () => void {
  const { doc } = deps;
  const graceMs = deps.graceMs ?? 3000;
  const debounceMs = deps.debounceMs ?? 50;
  const entries = new Map<string, Entry>();
  const hosts = new Set<Element>();
  let stopped = false;
  /** The background's verdicts, by `${sender}\0${text}`, for the notes last asked about. */
  let verdicts = new Map<string, Analysis>();
  /** JSON of the page's notes last asked about. */
  let asked = '';
  let tries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let everRead = false;
  let lastProblem = 'No invitation list found on the page';
  let statusSent: boolean | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let listRoot: Element | undefined;

  const sendStatus = (recognised: boolean, detail?: string) => {
    if (statusSent === recognised) return;
    statusSent = recognised;
    void deps.send({ type: 'page/status', kind: deps.kind, recognised, detail: detail?.slice(0, 300), url: deps.url.slice(0, 2000) });
  };

  const mount = (entry: Entry, card: CardRead): BadgeHost => {
    const badge = deps.createHost(doc);
    if (card.anchor === card.root || !card.root.contains(card.anchor)) card.root.append(badge.host);
    else card.anchor.after(badge.host);
    hosts.add(badge.host);
    entry.badge = badge;
    entry.root = card.root;
    entry.shown = undefined;
    return badge;
  };

  const unmount = (entry: Entry) => {
    if (!entry.badge) return;
    render(null, entry.badge.container);
    entry.badge.host.remove();
    hosts.delete(entry.badge.host);
    entry.badge = undefined;
    entry.shown = undefined;
  };

  const scan = () => {
    scanTimer = undefined;
    if (stopped) return;
    const read = deps.readInvitations(doc);
    if (read.kind !== 'ok') {
      lastProblem = read.reason;
      return;
    }
    everRead = true;
    sendStatus(true, `${read.stack}: ${read.cards.length} invitation${read.cards.length === 1 ? '' : 's'}`);

    // The analyzer runs in the background, next to the stored notes it compares each note with (cross-sender detection):
    // ask again only when the page's notes changed, and badge a card with a note once its verdict is in.
    const notes = new Map<string, SeenNote>();
    for (const c of read.cards) {
      const text = c.invitation.note;
      const n = text ? { sender: senderKey(c.invitation), text } : undefined;
      if (n) notes.set(keyOf(n), n);
    }
    const ask = JSON.stringify([...notes.keys()]);
    if (ask !== asked) {
      asked = ask;
      tries = 0;
      if (!notes.size) verdicts = new Map();
      else requestVerdicts(ask, [...notes.values()].slice(0, 1000));
    }

    const observed: ObservedInvitation[] = [];
    const done = new Set<string>();
    for (const card of read.cards) {
      const inv = card.invitation;
      // LinkedIn can render the same invitation twice (e.g. a preview and the list): one badge.
      if (done.has(inv.id)) continue;
      done.add(inv.id);
      let entry = entries.get(inv.id);
      if (!entry) {
        entry = { root: card.root };
        entries.set(inv.id, entry);
      }
      const judged = inv.note ? verdicts.get(keyOf({ sender: senderKey(inv), text: inv.note })) : NO_NOTE;
      // Not judged yet (or the background did not answer): no badge rather than a guess.
      if (!judged) continue;
      const analysis = invitationVerdict(inv, judged);
      // A re-rendered card drops our host with its old element: mount again in the new one.
      if (!entry.badge || !entry.badge.host.isConnected || !card.root.contains(entry.badge.host)) {
        unmount(entry);
        mount(entry, card);
      }
      const shown = JSON.stringify(analysis);
      if (entry.badge && entry.shown !== shown) {
        entry.badge.host.setAttribute('data-verdict', analysis.verdict);
        render(<BadgeView analysis={analysis} senderName={inv.senderName} />, entry.badge.container);
        entry.shown = shown;
      }
      const sent = JSON.stringify([inv, analysis]);
      if (entry.sent !== sent) {
        entry.sent = sent;
        observed.push({ ...inv, analysis });
      }
    }
    if (observed.length) void deps.send({ type: 'invitations/observed', invitations: observed.slice(0, 1000) });
    watchList(deps.listRoot?.(doc));
  };

  const requestVerdicts = (ask: string, list: SeenNote[]) => {
    tries++;
    void withTimeout(deps.send({ type: 'invitations/judge', notes: list }), deps.judgeTimeoutMs ?? 3000, none).then((reply) => {
      if (stopped || asked !== ask) return;
      const parsed = reply.ok ? VerdictsSchema.safeParse(reply.data) : undefined;
      if (!parsed?.success || parsed.data.length !== list.length) {
        // The service worker may be starting up or restarting: ask again, a little later each time.
        if (tries < MAX_TRIES) retryTimer = setTimeout(() => !stopped && asked === ask && requestVerdicts(ask, list), (deps.retryMs ?? 1000) * 2 ** (tries - 1));
        return;
      }
      verdicts = new Map(list.map((n, i) => [keyOf(n), parsed.data[i]] as const));
      scan();
    });
  };

  const schedule = () => {
    if (stopped || scanTimer !== undefined) return;
    scanTimer = setTimeout(scan, debounceMs);
  };

  // Our own hosts going in and out of cards are not news about LinkedIn's list.
  const isOurs = (n: Node) => hosts.has(n as Element);
  const relevant = (records: MutationRecord[]) =>
    records.some(
      (r) =>
        r.type !== 'childList' ||
        [...r.addedNodes].some((n) => !isOurs(n)) ||
        [...r.removedNodes].some((n) => !isOurs(n)),
    );
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const watching = { childList: true, subtree: true, characterData: true };
  // Once the list is found, only its own changes (late cards, an expanded note) trigger a re-read;
  // the rest of LinkedIn's busy page matters only while there is no list or it was replaced.
  const listObserver = new Observer((records) => {
    if (relevant(records)) schedule();
  });
  const pageObserver = new Observer((records) => {
    if ((!listRoot || !listRoot.isConnected) && relevant(records)) schedule();
  });
  pageObserver.observe(doc.body ?? doc.documentElement, watching);
  const watchList = (root: Element | undefined) => {
    if (root === listRoot) return;
    listObserver.disconnect();
    listRoot = root;
    if (root) listObserver.observe(root, watching);
  };

  const onClick = (e: Event) => {
    const path = e.composedPath();
    if (path.some((n) => hosts.has(n as Element))) return;
    const target = e.target as Node | null;
    if (!target || target.nodeType !== 1) return;
    const act = deps.actionOfClick(target as Element);
    if (act) void deps.send({ type: 'invitations/acted', id: act.id, action: act.action });
  };
  // Capture phase: LinkedIn removes the card as soon as its own handler runs.
  doc.addEventListener('click', onClick, true);

  const grace = setTimeout(() => {
    if (!stopped && !everRead) sendStatus(false, lastProblem);
  }, graceMs);

  schedule();

  return () => {
    stopped = true;
    pageObserver.disconnect();
    listObserver.disconnect();
    clearTimeout(grace);
    if (scanTimer !== undefined) clearTimeout(scanTimer);
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    doc.removeEventListener('click', onClick, true);
    for (const entry of entries.values()) unmount(entry);
    entries.clear();
  };
}
