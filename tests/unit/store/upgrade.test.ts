import { beforeEach, expect, it } from 'vitest';
import { openDB } from 'idb';
import { freshDB, stored } from './fresh-db';
import { DB_NAME, DB_VERSION, openConnectorDB } from '@/src/store/db';
import { getInvitation, listPending } from '@/src/store/invitations';
import { getSettings } from '@/src/store/settings';
import { listOutgoing } from '@/src/store/outgoing';
import { listTemplates } from '@/src/store/templates';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';

beforeEach(freshDB);

// Builds the version-1 database exactly as the first release did, without the current code.
async function createV1WithData() {
  const v1 = await openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('invitations', { keyPath: 'id' }).createIndex('status', 'status');
      db.createObjectStore('settings');
    },
  });
  await v1.put('invitations', stored({ id: 'kept-1', senderName: 'Ines Okafor' }));
  await v1.put('invitations', stored({ id: 'kept-2', status: 'accepted' }));
  await v1.put('settings', { me: { firstName: 'Lena', company: 'Acme' }, noteLimit: 300 }, 'settings');
  v1.close();
}

it('opens a v1 database with data as the current version, data kept', async () => {
  await createV1WithData();
  const db = await openConnectorDB();
  expect(db.version).toBe(DB_VERSION);
  expect([...db.objectStoreNames].sort()).toEqual(['invitations', 'outgoing', 'pageStatus', 'settings', 'templates']);
  expect(await getInvitation('kept-1')).toMatchObject({ senderName: 'Ines Okafor', status: 'pending' });
  expect((await listPending()).map((i) => i.id)).toEqual(['kept-1']);
  expect(await getSettings()).toEqual({ me: { firstName: 'Lena', company: 'Acme' }, noteLimit: 300 });
  expect(await listOutgoing()).toEqual([]);
  expect(await listTemplates()).toEqual([...BUILTIN_TEMPLATES].sort((a, b) => a.order - b.order));
});

it('creates every store and index on a fresh install', async () => {
  const db = await openConnectorDB();
  const tx = db.transaction(['invitations', 'outgoing', 'templates', 'pageStatus'], 'readonly');
  expect([...tx.objectStore('invitations').indexNames]).toEqual(['status']);
  expect([...tx.objectStore('outgoing').indexNames]).toEqual(['sentAt']);
  expect([...tx.objectStore('templates').indexNames]).toEqual(['order']);
  expect(tx.objectStore('pageStatus').keyPath).toBe('tabId');
});
