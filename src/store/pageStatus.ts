import { z } from 'zod';
import { PageStatusSchema, type PageStatus } from '../core/model';
import { openConnectorDB, parseRow } from './db';

// What the content script in each tab made of its page, so the popup can say "badges are paused".
// Kept in IndexedDB rather than worker memory: the service worker may be stopped at any moment.

export const StoredPageStatusSchema = PageStatusSchema.extend({ tabId: z.number().int() });
export type StoredPageStatus = z.infer<typeof StoredPageStatusSchema>;

export async function setPageStatus(tabId: number, status: PageStatus): Promise<StoredPageStatus> {
  const row = StoredPageStatusSchema.parse({ ...status, tabId });
  const db = await openConnectorDB();
  await db.put('pageStatus', row);
  return row;
}

export async function getPageStatus(tabId: number): Promise<StoredPageStatus | undefined> {
  const db = await openConnectorDB();
  return parseRow(StoredPageStatusSchema, await db.get('pageStatus', tabId), 'pageStatus');
}

export async function deletePageStatus(tabId: number): Promise<void> {
  const db = await openConnectorDB();
  await db.delete('pageStatus', tabId);
}

/** Tab ids do not survive a browser restart. */
export async function clearPageStatus(): Promise<void> {
  const db = await openConnectorDB();
  await db.clear('pageStatus');
}
