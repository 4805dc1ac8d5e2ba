// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDB, stored } from '../store/fresh-db';
import { Popup, PopupApp } from '@/src/ui/popup/Popup';
import { loadPopupData, pausedFor, type PopupData } from '@/src/ui/popup/load';
import { groupByVerdict } from '@/src/ui/popup/groups';
import { upsertInvitations, markActed } from '@/src/store/invitations';
import { setPageStatus } from '@/src/store/pageStatus';
import type { StoredInvitation } from '@/src/core/model';

const none = { verdict: 'none' as const, score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };
const template = (score: number) => ({ verdict: 'template' as const, score, reasons: [{ code: 'generic', text: `Generic phrase ${score}` }] });
const personal = (score: number) => ({ verdict: 'personal' as const, score, reasons: [{ code: 'company', text: 'Mentions your company (Acme)' }] });

let root: HTMLElement;
beforeEach(async () => {
  await freshDB();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(data: PopupData, onOpenOptions = () => {}) {
  render(<Popup data={data} onOpenOptions={onOpenOptions} />, root);
}

const rows = () => [...root.querySelectorAll('[data-connector="popup-invitation"]')];

describe('Popup', () => {
  it('groups pending invitations by verdict, best score first within a group', () => {
    show({
      pending: [
        stored({ id: 'p', senderName: 'Pia Personal', analysis: personal(90) }),
        stored({ id: 't1', senderName: 'Tom Low', analysis: template(10) }),
        stored({ id: 'n', senderName: 'Nia Nonote', note: undefined, analysis: none }),
        stored({ id: 't2', senderName: 'Tia High', analysis: template(40), headline: 'Grower at Bloom' }),
      ],
    });
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['No note (1)', 'Template (2)', 'Personal (1)']);
    expect(rows().map((r) => r.querySelector('.name')?.textContent)).toEqual(['Nia Nonote', 'Tia High', 'Tom Low', 'Pia Personal']);
    const tia = rows()[1];
    expect(tia.querySelector('.headline')?.textContent).toBe('Grower at Bloom');
    expect(tia.querySelector('.verdict')?.textContent).toBe('Template');
    expect(tia.querySelector('.reason')?.textContent).toBe('Generic phrase 40');
    expect(root.querySelector('.summary')?.textContent).toBe('4 pending requests, 3 without a personal note');
  });

  it('links each sender to their LinkedIn profile in a new tab, and never to anything else', () => {
    show({
      pending: [
        stored({ id: 'a', senderName: 'Ana', profileUrl: 'https://www.linkedin.com/in/ana-lopez/' }),
        stored({ id: 'b', senderName: 'Ben', profileUrl: '/in/ben-ode/' }),
        stored({ id: 'c', senderName: 'Cy', profileUrl: 'javascript:alert(1)', slug: 'cy-x' }),
        stored({ id: 'd', senderName: 'Di', profileUrl: 'https://evil.example/in/di/', slug: undefined }),
      ],
    });
    const links = rows().map((r) => r.querySelector('a'));
    expect(links.map((a) => a?.getAttribute('href') ?? null)).toEqual([
      'https://www.linkedin.com/in/ana-lopez/',
      'https://www.linkedin.com/in/ben-ode/',
      'https://www.linkedin.com/in/cy-x/',
      null,
    ]);
    for (const a of links.slice(0, 3)) {
      expect(a?.getAttribute('target')).toBe('_blank');
      expect(a?.getAttribute('rel')).toContain('noopener');
    }
  });

  it('renders a hostile sender name as text', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1">';
    show({ pending: [stored({ senderName: hostile, headline: '<b>bold</b>', analysis: { ...none, reasons: [{ code: 'x', text: '<script>alert(1)</script>' }] } })] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(rows()[0].querySelector('.name')?.textContent).toBe(hostile);
    expect(rows()[0].querySelector('.reason')?.textContent).toBe('<script>alert(1)</script>');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows how to start when nothing is pending, and always links to the invitation manager', () => {
    show({ pending: [] });
    expect(root.textContent).toContain('Open your LinkedIn invitations');
    expect(rows()).toHaveLength(0);
    const manager = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open LinkedIn invitations');
    expect(manager?.getAttribute('href')).toBe('https://www.linkedin.com/mynetwork/invitation-manager/received/');
    expect(manager?.getAttribute('target')).toBe('_blank');
  });

  it('says badges are paused, with the page kind, when the page was not recognised', () => {
    show({ pending: [], paused: { kind: 'invitations-received' } });
    expect(root.querySelector('.paused')?.textContent).toBe(
      'Connector could not read this LinkedIn page; badges are paused (page: Received invitations)',
    );
    show({ pending: [] });
    expect(root.querySelector('.paused')).toBeNull();
  });

  it('opens the options page from a keyboard-reachable button', () => {
    const open = vi.fn();
    show({ pending: [] }, open);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Options');
    expect(button?.getAttribute('type')).toBe('button');
    button?.click();
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('loading from the store', () => {
  async function activeLinkedInTab(url: string) {
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url, active: true });
    return tab.id!;
  }

  it('lists only pending invitations and the active tab status', async () => {
    await upsertInvitations([
      { ...stored({ id: 'a', senderName: 'Ada' }) },
      { ...stored({ id: 'b', senderName: 'Bea' }) },
    ]);
    await markActed('b', 'accepted');
    const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
    const tabId = await activeLinkedInTab(url);
    await setPageStatus(tabId, { kind: 'invitations-received', recognised: false, url, at: 1 });
    const data = await loadPopupData();
    expect(data.pending.map((i: StoredInvitation) => i.id)).toEqual(['a']);
    expect(data.paused).toEqual({ kind: 'invitations-received', detail: undefined });
  });

  it('shows no pause for a tab whose page Connector read fine, or without any tab', async () => {
    expect(await loadPopupData()).toEqual({ pending: [], paused: undefined });
    const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
    const tabId = await activeLinkedInTab(url);
    await setPageStatus(tabId, { kind: 'invitations-received', recognised: true, url, at: 1 });
    expect((await loadPopupData()).paused).toBeUndefined();
  });

  it('PopupApp renders what the store holds', async () => {
    await upsertInvitations([stored({ id: 'a', senderName: 'Ada Example' })]);
    await act(async () => {
      render(<PopupApp load={loadPopupData} onOpenOptions={() => {}} />, root);
    });
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(root.textContent).toContain('Ada Example');
  });

  it('PopupApp says so when the store cannot be read', async () => {
    await act(async () => {
      render(<PopupApp load={() => Promise.reject(new Error('disk full'))} onOpenOptions={() => {}} />, root);
    });
    await vi.waitFor(() => expect(root.textContent).toContain('Connector could not read its data: disk full'));
  });
});

describe('pausedFor', () => {
  const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
  const status = { tabId: 1, kind: 'invitations-received' as const, recognised: false, url, at: 1 };
  it('applies only while the tab still shows the page the status was reported for', () => {
    expect(pausedFor(status, url)).toEqual({ kind: 'invitations-received', detail: undefined });
    expect(pausedFor(status, url.replace(/\/$/, '') + '?filter=x')).toBeDefined();
    expect(pausedFor(status, 'https://www.linkedin.com/feed/')).toBeUndefined();
    expect(pausedFor(status, undefined)).toBeUndefined();
    expect(pausedFor({ ...status, recognised: true }, url)).toBeUndefined();
    expect(pausedFor(undefined, url)).toBeUndefined();
  });
});

describe('groupByVerdict', () => {
  it('drops empty groups and breaks score ties by the newest', () => {
    const g = groupByVerdict([
      stored({ id: 'old', analysis: personal(70), firstSeenAt: 1 }),
      stored({ id: 'new', analysis: personal(70), firstSeenAt: 2 }),
    ]);
    expect(g.map((x) => [x.verdict, x.items.map((i) => i.id)])).toEqual([['personal', ['new', 'old']]]);
  });
});
