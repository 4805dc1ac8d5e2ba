import { browser } from 'wxt/browser';
import type { PageKind, StoredInvitation } from '../../core/model';
import { listPending } from '../../store/invitations';
import { getPageStatus, type StoredPageStatus } from '../../store/pageStatus';

// Extension pages read the store directly; only the background writes.

export interface PausedPage {
  kind: PageKind;
  detail?: string;
}

export interface PopupData {
  pending: StoredInvitation[];
  /** Set when Connector could not read the LinkedIn page in the active tab. */
  paused?: PausedPage;
}

function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname.replace(/\/+$/, '') === y.pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
}

/**
 * The status applies while the tab still shows the page it was reported for: LinkedIn is a single-page
 * app and the content script reports only pages it expected to work on. Without the `tabs` permission
 * the tab's URL is known only for LinkedIn tabs (host permission), which is exactly the case that matters.
 */
export function pausedFor(status: StoredPageStatus | undefined, tabUrl: string | undefined): PausedPage | undefined {
  if (!status || status.recognised) return undefined;
  if (!tabUrl || (status.url && !samePage(status.url, tabUrl))) return undefined;
  return { kind: status.kind, detail: status.detail };
}

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  } catch {
    return undefined;
  }
}

export async function loadPopupData(): Promise<PopupData> {
  const [pending, tab] = await Promise.all([listPending(), activeTab()]);
  const status = tab?.id !== undefined ? await getPageStatus(tab.id) : undefined;
  return { pending, paused: pausedFor(status, tab?.url) };
}
