import type { Session } from './harness';

// Read the extension's IndexedDB and toolbar badge from inside its service worker with the raw APIs,
// so nothing test-only ships in the extension. Mirrors src/store/db.ts (database name, store names).

/** The part of the worker's `chrome` global these helpers use. */
interface ChromeAction {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
}

export type StoreName = 'invitations' | 'settings' | 'outgoing' | 'templates' | 'pageStatus';

/** Every row of one object store; [] when the extension has not created the database yet. */
export async function readAll<T = Record<string, unknown>>(session: Session, storeName: StoreName): Promise<T[]> {
  return session.worker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('connector');
        // The database does not exist yet: do not create an empty one the extension would then
        // have to upgrade from; answer "nothing stored".
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
    storeName,
  ) as Promise<T[]>;
}

/** The toolbar badge text ('' when there is none). */
export async function badgeText(session: Session): Promise<string> {
  return session.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeAction }).chrome.action.getBadgeText({}));
}

/** The toolbar button's tooltip. */
export async function badgeTitle(session: Session): Promise<string> {
  return session.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeAction }).chrome.action.getTitle({}));
}

/**
 * Wait until the badge shows `expected`: writes reach the store after the page's message round trip.
 */
export async function waitForBadge(session: Session, expected: string, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = await badgeText(session);
  while (text !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badgeText(session);
  }
  return text;
}
