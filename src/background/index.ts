import { browser } from 'wxt/browser';
import { updateBadge } from './badge';
import { registerRouter } from './router';
import { clearPageStatus, deletePageStatus } from '../store/pageStatus';

// Everything the background does, registered synchronously at the top of the worker so that events
// that woke it up (a message, a closed tab, startup) are not missed. Listeners return their promise
// (browsers ignore it) so tests can wait for the work to finish.

function report(what: string) {
  return (e: unknown) => console.error(`Connector: ${what} failed`, e);
}

const repaint = () => updateBadge().then(() => undefined, report('badge update'));

export function startBackground(): void {
  registerRouter();
  browser.runtime.onStartup.addListener(() =>
    // Tab ids do not survive a browser restart.
    Promise.all([clearPageStatus().catch(report('clearing page status')), repaint()]),
  );
  browser.runtime.onInstalled.addListener(repaint);
  // Works without the `tabs` permission: only the id is needed.
  browser.tabs.onRemoved.addListener((tabId) => deletePageStatus(tabId).catch(report('page status cleanup')));
  // The worker also restarts after being stopped while idle; repaint from the store then too.
  void repaint();
}
