import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { Reply } from '@/src/messaging';

export const INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';

export function fromLinkedInTab(tabId = 7, url = INVITATIONS_URL): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId, url } as Browser.tabs.Tab, url, frameId: 0 };
}

export function fromExtensionPage(page = 'popup.html'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}`) };
}

/** Deliver a message the way the browser does and wait for the reply given to sendResponse. */
export async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  let respond!: (r: Reply) => void;
  const reply = new Promise<Reply>((resolve) => (respond = resolve));
  const returned = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, respond as never);
  // The listener must keep the channel open (Chrome ignores a returned promise without the polyfill).
  if (!(returned as unknown[]).includes(true)) throw new Error('listener did not return true');
  return reply;
}
