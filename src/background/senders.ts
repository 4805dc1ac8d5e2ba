import { browser, type Browser } from 'wxt/browser';

// Who may talk to the background: our own extension pages, and our content script running in a
// www.linkedin.com tab. Anything else (another extension, a web page via externally_connectable,
// a content script somewhere unexpected) is refused.

export type SenderKind = { kind: 'extension-page' } | { kind: 'linkedin-tab'; tabId: number };

export function isLinkedInUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.host === 'www.linkedin.com';
  } catch {
    return false;
  }
}

export function classifySender(sender: Browser.runtime.MessageSender): SenderKind | { kind: 'refused'; why: string } {
  if (sender.id !== browser.runtime.id) return { kind: 'refused', why: 'Unknown sender' };
  const ownPages = browser.runtime.getURL('/');
  // Checked first: the dashboard opens in a tab, so an extension page may carry a tab too.
  if (sender.url?.startsWith(ownPages)) return { kind: 'extension-page' };
  const tab = sender.tab;
  if (tab?.id !== undefined && tab.id >= 0 && isLinkedInUrl(tab.url) && (sender.url === undefined || isLinkedInUrl(sender.url))) {
    return { kind: 'linkedin-tab', tabId: tab.id };
  }
  return { kind: 'refused', why: 'Sender is not a LinkedIn tab or an extension page' };
}
