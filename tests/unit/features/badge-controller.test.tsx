// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, ReceivedInvitation } from '@/src/core/model';
import type { Message, Reply } from '@/src/messaging';
import { startBadges, type BadgeDeps, type ReadResult } from '@/src/features/badge-controller';
import { TRUNCATED_REASON } from '@/src/core/invitation-verdict';
import { createBadgeHost } from '@/src/features/badge-host';

// The controller is driven with a hand-made list and a tiny stand-in adapter (the real adapter has its
// own fixture tests): what is checked here is mounting, re-reading, context, messages and cleanup.

function card(id: string, sender: string, note?: string, truncated = false): HTMLElement {
  const li = document.createElement('li');
  li.dataset.id = id;
  li.dataset.sender = sender;
  if (note !== undefined) li.dataset.note = note;
  if (truncated) li.dataset.truncated = '';
  const a = document.createElement('a');
  a.className = 'who';
  a.textContent = sender;
  const p = document.createElement('p');
  p.textContent = 'headline';
  const accept = document.createElement('button');
  accept.dataset.act = 'accepted';
  accept.textContent = 'Accept';
  li.append(a, p, accept);
  return li;
}

function read(doc: Document): ReadResult {
  const list = doc.querySelector('ul#list');
  if (!list) return { kind: 'unrecognised', reason: 'no list here' };
  const cards = [...list.querySelectorAll<HTMLElement>(':scope > li')].map((li) => {
    const invitation: ReceivedInvitation = {
      id: li.dataset.id!,
      stack: 'sdui',
      senderName: li.dataset.sender!,
      slug: li.dataset.sender!.toLowerCase().replace(/\W+/g, '-'),
      note: li.dataset.note,
      noteTruncated: li.dataset.truncated !== undefined,
    };
    return { root: li, invitation, anchor: li.querySelector('a.who')! };
  });
  return { kind: 'ok', stack: 'sdui', cards };
}

/** A stand-in for the background's analyzer (the real one has its own tests). */
function analyze(note: string): Analysis {
  if (note === 'common note') return { verdict: 'template', score: 5, reasons: [{ code: 'same-text', text: 'Same text as 2 other senders' }] };
  if (/network/.test(note)) return { verdict: 'template', score: 20, reasons: [{ code: 'generic', text: 'Generic phrase' }] };
  return { verdict: 'personal', score: 80, reasons: [{ code: 'specific', text: 'Mentions something specific' }] };
}

const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));

let sent: Message[];
/** The notes the background was asked to judge, one list per request. */
let judged: string[][];
let stop: (() => void) | undefined;

function start(over: Partial<BadgeDeps> = {}) {
  stop = startBadges({
    doc: document,
    kind: 'invitations-received',
    url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    readInvitations: read,
    // Deliberately loose (any click inside a card counts), so the badge's own clicks must be skipped
    // by the controller rather than by luck of the adapter.
    actionOfClick: (t) => {
      // A real browser hands page listeners the shadow host as target; happy-dom does not retarget.
      const root = t.getRootNode();
      const li = (root instanceof ShadowRoot ? root.host : t).closest<HTMLElement>('li');
      return li ? { id: li.dataset.id!, action: 'accepted' } : undefined;
    },
    send: async (m): Promise<Reply> => {
      sent.push(m);
      if (m.type === 'invitations/judge') {
        judged.push(m.notes.map((n) => n.text));
        return { ok: true, data: m.notes.map((n) => analyze(n.text)) };
      }
      return { ok: true };
    },
    listRoot: (d) => d.querySelector('ul#list') ?? undefined,
    createHost: createBadgeHost,
    graceMs: 40,
    debounceMs: 0,
    ...over,
  });
  return stop;
}

const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-connector="badge"]')];
const of = <T extends Message['type']>(t: T) => sent.filter((m): m is Extract<Message, { type: T }> => m.type === t);

function page(...cards: HTMLElement[]) {
  const ul = document.createElement('ul');
  ul.id = 'list';
  ul.append(...cards);
  document.body.replaceChildren(ul);
  return ul;
}

beforeEach(() => {
  sent = [];
  judged = [];
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('invitation badges', () => {
  it('puts one badge right after each card anchor, carrying the verdict', async () => {
    page(card('a', 'Ana Alves'), card('b', 'Bo Berg', 'Happy to add you to my network'), card('c', 'Cy Chen', 'Loved your talk on tide pools'));
    start();
    await tick();
    const hs = hosts();
    expect(hs.map((h) => h.getAttribute('data-verdict'))).toEqual(['none', 'template', 'personal']);
    for (const h of hs) {
      expect(h.previousElementSibling?.className).toBe('who');
      expect(h.closest('li')).not.toBeNull();
    }
    expect(hs[1].shadowRoot?.querySelector('button')?.textContent).toBe('Template');
  });

  it('never mounts twice while the page keeps changing, and badges cards that mount later', async () => {
    const ul = page(card('a', 'Ana Alves'), card('b', 'Bo Berg', 'hello there'));
    start();
    await tick();
    ul.append(document.createElement('span'));
    await tick();
    expect(hosts()).toHaveLength(2);
    ul.append(card('c', 'Cy Chen', 'Join my network'), card('d', 'Di Dorn'));
    await tick();
    expect(hosts().map((h) => h.closest('li')!.dataset.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(document.querySelectorAll('li[data-id="c"] [data-connector]')).toHaveLength(1);
  });

  it('mounts again when LinkedIn re-renders a card or drops the badge', async () => {
    const ul = page(card('a', 'Ana Alves'), card('b', 'Bo Berg'));
    start();
    await tick();
    ul.replaceChild(card('a', 'Ana Alves'), ul.firstElementChild!);
    await tick();
    expect(hosts()).toHaveLength(2);
    expect(ul.firstElementChild!.querySelectorAll('[data-connector="badge"]')).toHaveLength(1);
    ul.lastElementChild!.querySelector('[data-connector="badge"]')!.remove();
    ul.append(document.createElement('span'));
    await tick();
    expect(ul.children[1].querySelectorAll('[data-connector="badge"]')).toHaveLength(1);
  });

  it('says a truncated note was judged on its visible part, and re-judges when the full text appears', async () => {
    const ul = page(card('a', 'Ana Alves', 'Saw your post about', true));
    start();
    await tick();
    const host = hosts()[0];
    host.shadowRoot!.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await tick();
    expect([...host.shadowRoot!.querySelectorAll('li')].map((l) => l.textContent)).toContain(TRUNCATED_REASON.text);
    const li = ul.firstElementChild as HTMLElement;
    li.dataset.note = 'Saw your post about growing the network of local libraries';
    delete li.dataset.truncated;
    li.append(document.createElement('span'));
    await tick();
    expect(hosts()).toEqual([host]);
    expect(host.getAttribute('data-verdict')).toBe('template');
    const observed = of('invitations/observed');
    const last = observed.at(-1)!.invitations;
    expect(last).toHaveLength(1);
    expect(last[0].noteTruncated).toBe(false);
    expect(last[0].analysis.reasons.map((r) => r.code)).not.toContain('truncated');
    expect(observed[0].invitations[0].analysis.reasons.map((r) => r.code)).toContain('truncated');
  });

  it('asks the background to judge the notes on the page, once, and shows its verdicts', async () => {
    page(card('a', 'Ana Alves', 'common note'), card('b', 'Bo Berg', 'Join my network'), card('c', 'Cy Cole', 'own note'), card('d', 'Di Dorn'));
    start();
    await tick();
    const ask = of('invitations/judge');
    expect(ask).toHaveLength(1);
    // Cards without a note need no analyzer.
    expect(ask[0].notes).toEqual([
      { sender: 'ana-alves', text: 'common note' },
      { sender: 'bo-berg', text: 'Join my network' },
      { sender: 'cy-cole', text: 'own note' },
    ]);
    expect(hosts().map((h) => h.getAttribute('data-verdict'))).toEqual(['template', 'template', 'personal', 'none']);
    const a = hosts()[0];
    a.shadowRoot!.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await tick();
    expect([...a.shadowRoot!.querySelectorAll('li')].map((l) => l.textContent)).toContain('Same text as 2 other senders');
  });

  it('asks again only when the notes on the page change, and badges a note only with its verdict in', async () => {
    let answer: (r: Reply) => void = () => {};
    const ul = page(card('a', 'Ana Alves', 'first'), card('z', 'Zoe Zed'));
    start({
      send: (m) => {
        sent.push(m);
        if (m.type === 'invitations/judge') return new Promise<Reply>((resolve) => (answer = resolve));
        return Promise.resolve({ ok: true });
      },
    });
    await tick();
    expect(hosts().map((h) => h.closest('li')!.dataset.id)).toEqual(['z']);
    answer({ ok: true, data: [analyze('first')] });
    await tick();
    expect(hosts()).toHaveLength(2);
    ul.append(document.createElement('p'));
    await tick();
    expect(of('invitations/judge')).toHaveLength(1);
    ul.append(card('b', 'Bo Berg', 'second'));
    await tick();
    expect(of('invitations/judge')).toHaveLength(2);
    expect(of('invitations/judge')[1].notes.map((n) => n.text)).toEqual(['first', 'second']);
    // Ana keeps her badge while Bo's verdict is on its way.
    expect(hosts().map((h) => h.closest('li')!.dataset.id)).toEqual(['a', 'z']);
  });

  it('sends each card once it is judged, and only what changed afterwards', async () => {
    const ul = page(card('a', 'Ana Alves'), card('b', 'Bo Berg', 'hi'), card('c', 'Cy Chen', 'hello'));
    start();
    await tick();
    // The card without a note at once, the two with notes together when the background's verdicts are in.
    expect(of('invitations/observed').map((o) => o.invitations.map((i) => i.id))).toEqual([['a'], ['b', 'c']]);
    expect(of('invitations/observed')[0].invitations[0].analysis.verdict).toBe('none');
    ul.append(document.createElement('span'));
    await tick();
    expect(of('invitations/observed')).toHaveLength(2);
    ul.append(card('d', 'Di Dorn'));
    await tick();
    expect(of('invitations/observed')[2].invitations.map((i) => i.id)).toEqual(['d']);
  });

  it('reports the page as read once the list is there', async () => {
    page();
    start();
    await tick(80);
    expect(of('page/status')).toEqual([expect.objectContaining({ kind: 'invitations-received', recognised: true })]);
  });

  it('reports an unreadable page after the grace period, and recovers when the list appears', async () => {
    document.body.append(document.createElement('main'));
    start();
    await tick(10);
    expect(of('page/status')).toEqual([]);
    await tick(60);
    expect(of('page/status')).toEqual([expect.objectContaining({ recognised: false, detail: 'no list here' })]);
    expect(hosts()).toEqual([]);
    document.body.append(Object.assign(document.createElement('ul'), { id: 'list' }));
    document.querySelector('ul#list')!.append(card('a', 'Ana Alves'));
    await tick();
    expect(of('page/status').at(-1)).toMatchObject({ recognised: true });
    expect(hosts()).toHaveLength(1);
  });

  it("records the person's own Accept click, not clicks on the badge", async () => {
    page(card('a', 'Ana Alves'));
    start();
    await tick();
    hosts()[0].shadowRoot!.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(of('invitations/acted')).toEqual([]);
    document.querySelector<HTMLElement>('button[data-act]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(of('invitations/acted')).toEqual([{ type: 'invitations/acted', id: 'a', action: 'accepted' }]);
  });

  it('removes every badge and stops watching on cleanup', async () => {
    const ul = page(card('a', 'Ana Alves'), card('b', 'Bo Berg'));
    const cleanup = start();
    await tick();
    expect(hosts()).toHaveLength(2);
    cleanup();
    stop = undefined;
    expect(hosts()).toEqual([]);
    ul.append(card('c', 'Cy Chen'));
    await tick(60);
    expect(hosts()).toEqual([]);
    document.querySelector<HTMLElement>('button[data-act]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(of('invitations/acted')).toEqual([]);
    expect(of('page/status').every((s) => s.recognised)).toBe(true);
  });

  it('asks again, later each time, while the background does not answer or answers nonsense; no badge is guessed', async () => {
    page(card('a', 'Ana Alves', 'hello'), card('z', 'Zoe Zed'));
    let calls = 0;
    start({
      send: (m) => {
        sent.push(m);
        if (m.type !== 'invitations/judge') return Promise.resolve({ ok: true });
        calls++;
        if (calls === 1) return new Promise(() => {});
        if (calls === 2) return Promise.resolve({ ok: true, data: [{ verdict: 'personal' }] });
        if (calls === 3) return Promise.resolve({ ok: true, data: [] });
        return Promise.resolve({ ok: true, data: [analyze('hello')] });
      },
      judgeTimeoutMs: 20,
      retryMs: 10,
    });
    await tick(40);
    expect(hosts().map((h) => h.closest('li')!.dataset.id)).toEqual(['z']);
    await tick(150);
    expect(calls).toBe(4);
    expect(hosts().map((h) => h.getAttribute('data-verdict'))).toEqual(['personal', 'none']);
  });

  it('gives up after a few tries', async () => {
    page(card('a', 'Ana Alves', 'hello'));
    start({
      send: (m) => {
        sent.push(m);
        return m.type === 'invitations/judge' ? Promise.resolve({ ok: false, error: 'No reply from the background' }) : Promise.resolve({ ok: true });
      },
      retryMs: 1,
    });
    await tick(150);
    expect(of('invitations/judge')).toHaveLength(5);
    expect(hosts()).toEqual([]);
  });

  it('asks again only when a note changes, and ignores the rest of the page', async () => {
    const ul = page(card('a', 'Ana Alves', 'first note'), card('b', 'Bo Berg', 'second note'));
    const outside = document.createElement('aside');
    document.body.append(outside);
    start();
    await tick();
    expect(judged).toEqual([['first note', 'second note']]);
    outside.append(document.createElement('p'));
    ul.append(document.createElement('span'));
    await tick();
    expect(judged).toHaveLength(1);
    (ul.children[1] as HTMLElement).dataset.note = 'second note, edited';
    ul.append(document.createElement('span'));
    await tick();
    // Bo's note changed, and with it what Ana's note is compared with: both are judged again.
    expect(judged[1]).toEqual(['first note', 'second note, edited']);
    expect(hosts()).toHaveLength(2);
  });

  it('follows the list when LinkedIn replaces it', async () => {
    page(card('a', 'Ana Alves'));
    start();
    await tick();
    const fresh = document.createElement('ul');
    fresh.id = 'list';
    fresh.append(card('b', 'Bo Berg'), card('c', 'Cy Chen'));
    document.body.replaceChildren(fresh);
    await tick();
    expect(hosts().map((h) => h.closest('li')!.dataset.id)).toEqual(['b', 'c']);
    fresh.append(card('d', 'Di Dorn'));
    await tick();
    expect(hosts()).toHaveLength(3);
  });
});
