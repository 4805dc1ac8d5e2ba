import { browser } from 'wxt/browser';
import { countNeedsAttention } from '../store/invitations';

// The toolbar icon counts pending requests that carry no personal note. Recomputed from the store after
// every invitation write and on startup: nothing lives only in the service worker's memory.

export const BADGE_COLOR = '#B24020';

export function badgeTitle(n: number): string {
  if (n === 0) return 'Connector: no pending requests without a personal note';
  return `${n} pending request${n === 1 ? '' : 's'} without a personal note`;
}

/** `action` in MV3; Firefox MV2 only has `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Recount and repaint. Calls are chained so two writes in quick succession cannot paint their counts in
 * the wrong order.
 */
export function updateBadge(): Promise<number> {
  const run = queue.then(async () => {
    const n = await countNeedsAttention();
    const action = toolbarAction();
    await action.setBadgeText({ text: n ? String(n) : '' });
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await action.setTitle({ title: badgeTitle(n) });
    return n;
  });
  queue = run.catch(() => undefined);
  return run;
}
