import { badgeCss } from './badge-style';

/** One badge's place in the page: the host element LinkedIn's DOM holds, and our isolated inside. */
export interface BadgeHost {
  /** Carries data-connector="badge" and data-verdict: a contract used by outside checks. */
  host: HTMLElement;
  container: HTMLElement;
}

// Why not WXT's createShadowRootUi for each badge: it is async and, with the content script's
// cssInjectionMode "ui", loads the entry's stylesheet with one extension-URL request per UI — a
// hundred cards mean a hundred requests and a hundred copies of every feature's CSS parsed into
// shadow roots. tests/bench/badges.ts measures the added main-thread time on a 100-card page.
// Badges are tiny and numerous, so each gets the same kind of open shadow root WXT builds
// (host + `all: initial` reset + container), synchronously, with one constructed stylesheet shared
// by all of them. Where a content script cannot adopt a constructed sheet (Firefox's Xray
// wrappers), a per-badge <style> with the same text is the fallback.
let shared: CSSStyleSheet | null | undefined;

function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = view?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(badgeCss);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

const STOPPED_EVENTS = ['keydown', 'keyup', 'keypress', 'click'] as const;

export function createBadgeHost(doc: Document): BadgeHost {
  const host = doc.createElement('connector-badge');
  host.setAttribute('data-connector', 'badge');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  let adopted = false;
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      adopted = shadow.adoptedStyleSheets.length === 1;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = badgeCss;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  // Keys and clicks inside the badge are ours: LinkedIn's shortcuts and card-wide click handlers
  // must not also react to them.
  for (const type of STOPPED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}
