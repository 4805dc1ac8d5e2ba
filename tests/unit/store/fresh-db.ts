import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeConnectorDB } from '@/src/store/db';
import type { StoredInvitation } from '@/src/core/model';
import type { ObservedInvitation } from '@/src/messaging';

/** An empty IndexedDB and a reset fake browser for every test. */
export async function freshDB(): Promise<void> {
  await closeConnectorDB();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
}

export function observed(over: Partial<ObservedInvitation> = {}): ObservedInvitation {
  return {
    id: 'inv-1',
    stack: 'sdui',
    senderName: 'Rosa Quillfeather',
    slug: 'rosa-quillfeather',
    profileUrl: 'https://www.linkedin.com/in/rosa-quillfeather/',
    headline: 'Beekeeper at Hive & Co',
    note: 'I would like to add you to my professional network.',
    noteTruncated: false,
    analysis: { verdict: 'template', score: 20, reasons: [{ code: 'generic', text: "Generic phrase: 'add you to my professional network'" }] },
    ...over,
  };
}

export function stored(over: Partial<StoredInvitation> = {}): StoredInvitation {
  return { ...observed(), status: 'pending', firstSeenAt: 1000, lastSeenAt: 1000, ...over };
}
