import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDB, observed } from '../store/fresh-db';
import { fromLinkedInTab, send } from './send';
import { upsertInvitations } from '@/src/store/invitations';
import { getPageStatus, setPageStatus } from '@/src/store/pageStatus';
import { updateBadge } from '@/src/background/badge';

beforeEach(freshDB);

async function startWorker() {
  const mod = await import('@/entrypoints/background');
  mod.default.main();
  // Let the badge update started at the top of the worker finish.
  await updateBadge();
}

it('a (re)started worker paints the badge from the store, not from memory', async () => {
  await upsertInvitations([observed({ id: 'a' }), observed({ id: 'b' })]);
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  await startWorker();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
});

it('browser startup forgets page status of tabs from the last session and repaints', async () => {
  await startWorker();
  await setPageStatus(4, { kind: 'profile', recognised: false, at: 1 });
  await upsertInvitations([observed({ id: 'a' })]);
  await fakeBrowser.runtime.onStartup.trigger();
  expect(await getPageStatus(4)).toBeUndefined();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
});

it('the installed event repaints the badge', async () => {
  await startWorker();
  await upsertInvitations([observed({ id: 'a' })]);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false } as never);
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
});

it('closing a tab removes its page status', async () => {
  await startWorker();
  await send({ type: 'page/status', kind: 'invitations-received', recognised: false }, fromLinkedInTab(21));
  await send({ type: 'page/status', kind: 'profile', recognised: true }, fromLinkedInTab(22, 'https://www.linkedin.com/in/x/'));
  await fakeBrowser.tabs.onRemoved.trigger(21, { windowId: 1, isWindowClosing: false });
  expect(await getPageStatus(21)).toBeUndefined();
  expect(await getPageStatus(22)).toMatchObject({ kind: 'profile' });
});
