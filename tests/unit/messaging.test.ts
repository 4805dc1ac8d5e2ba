import { beforeEach, describe, expect, it } from 'vitest';
import { freshDB, observed } from './store/fresh-db';
import { fromExtensionPage, fromLinkedInTab, send } from './background/send';
import { registerRouter } from '@/src/background/router';
import { listInvitations } from '@/src/store/invitations';
import { getPageStatus } from '@/src/store/pageStatus';
import { parseMessage } from '@/src/messaging';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(async () => {
  await freshDB();
  registerRouter();
});

const observe = { type: 'invitations/observed', invitations: [observed()] };

describe('parseMessage', () => {
  it('accepts a valid message and names the problem of an invalid one', () => {
    expect(parseMessage({ type: 'settings/get' })).toEqual({ ok: true, message: { type: 'settings/get' } });
    expect(parseMessage({ type: 'invitations/acted', id: 'x', action: 'pending' })).toMatchObject({ ok: false, error: expect.stringContaining('action') });
    expect(parseMessage('hello')).toMatchObject({ ok: false });
    expect(parseMessage({ type: 'drop/tables' })).toMatchObject({ ok: false, error: expect.stringContaining('Malformed message') });
  });
});

describe('the background refuses', () => {
  it('malformed messages, writing nothing', async () => {
    const bad = { type: 'invitations/observed', invitations: [{ ...observed(), senderName: 7 }] };
    expect(await send(bad, fromLinkedInTab())).toMatchObject({ ok: false, error: expect.stringContaining('senderName') });
    expect(await send(null, fromLinkedInTab())).toMatchObject({ ok: false });
    expect(await send({ type: 'unknown/type' }, fromExtensionPage())).toMatchObject({ ok: false });
    expect(await listInvitations()).toEqual([]);
  });

  it('another extension', async () => {
    const reply = await send(observe, { ...fromLinkedInTab(), id: 'some-other-extension' });
    expect(reply).toEqual({ ok: false, error: 'Unknown sender' });
    expect(await send({ type: 'settings/get' }, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(await listInvitations()).toEqual([]);
  });

  it('a content script in a tab that is not https://www.linkedin.com', async () => {
    for (const url of ['https://evil.example/mynetwork/', 'http://www.linkedin.com/feed/', 'https://www.linkedin.com.evil.example/', 'https://linkedin.com/feed/']) {
      expect(await send(observe, fromLinkedInTab(7, url)), url).toMatchObject({ ok: false, error: expect.stringContaining('not a LinkedIn tab') });
    }
    // A foreign frame inside a LinkedIn tab.
    expect(await send(observe, { ...fromLinkedInTab(), url: 'https://ads.example/frame' })).toMatchObject({ ok: false });
    expect(await listInvitations()).toEqual([]);
  });

  it('page/status from a page without a tab', async () => {
    const reply = await send({ type: 'page/status', kind: 'profile', recognised: true }, fromExtensionPage());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('LinkedIn tab') });
  });
});

describe('the background accepts', () => {
  it('our content script in a LinkedIn tab and our own pages (also when opened in a tab)', async () => {
    expect(await send(observe, fromLinkedInTab())).toMatchObject({ ok: true });
    expect(await send({ type: 'settings/get' }, fromExtensionPage())).toEqual({ ok: true, data: { me: {}, noteLimit: 200 } });
    const dashboardInTab = { ...fromExtensionPage('dashboard.html'), tab: { id: 9, url: fakeBrowser.runtime.getURL('/dashboard.html') } as never };
    expect(await send({ type: 'templates/list' }, dashboardInTab)).toMatchObject({ ok: true });
  });

  it('page/status, stored under the sender tab id', async () => {
    const reply = await send({ type: 'page/status', kind: 'invitations-received', recognised: false, detail: 'unknown markup' }, fromLinkedInTab(12));
    expect(reply.ok).toBe(true);
    expect(await getPageStatus(12)).toMatchObject({ tabId: 12, kind: 'invitations-received', recognised: false, detail: 'unknown markup' });
  });
});
