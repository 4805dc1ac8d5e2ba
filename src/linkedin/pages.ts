import type { PageKind } from '../core/model';

// Page detection by URL path only: paths are the part of LinkedIn least likely to change and are the
// same in both front-end stacks and every locale (DOM.md, "Robust strategy" 1). Each kind is its own
// matcher so tests can prove no two kinds claim the same URL.

const LINKEDIN_HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

/** Path patterns per page kind; `other` is whatever none of them claims. */
export const PAGE_PATTERNS: Record<Exclude<PageKind, 'other'>, RegExp[]> = {
  // `/mynetwork/invitation-manager/` redirects to `received/`; filters are one upper-case path segment
  // such as `PEOPLE_WITH_MUTUAL_CONNECTION`.
  'invitations-received': [
    /^\/mynetwork\/invitation-manager\/?$/i,
    /^\/mynetwork\/invitation-manager\/received(?:\/[A-Za-z0-9_-]+)?\/?$/i,
  ],
  'invitations-sent': [/^\/mynetwork\/invitation-manager\/sent(?:\/[A-Za-z0-9_-]+)?\/?$/i],
  mynetwork: [/^\/mynetwork\/?$/i, /^\/mynetwork\/grow\/?$/i],
  // Only the profile itself: `/in/<slug>/details/…`, `/in/<slug>/recent-activity/…` and the edit
  // overlays are different screens without the top card.
  profile: [/^\/in\/[^/]+\/?$/i],
  'search-people': [/^\/search\/results\/people\/?$/i],
  'custom-invite': [/^\/preload\/(?:search-)?custom-invite\/?$/i],
  messaging: [/^\/messaging(?:\/.*)?$/i],
  feed: [/^\/feed\/?$/i],
};

function onLinkedIn(url: URL): boolean {
  return url.protocol === 'https:' && LINKEDIN_HOSTS.has(url.hostname.toLowerCase());
}

/** True when `url` is a page of kind `kind` (never true for `other`, which is the absence of a match). */
export function isPage(kind: Exclude<PageKind, 'other'>, url: URL): boolean {
  return onLinkedIn(url) && PAGE_PATTERNS[kind].some((re) => re.test(url.pathname));
}

export function detectPage(url: URL): PageKind {
  for (const kind of Object.keys(PAGE_PATTERNS) as (keyof typeof PAGE_PATTERNS)[]) {
    if (isPage(kind, url)) return kind;
  }
  return 'other';
}

export function isInvitationManagerReceived(url: URL): boolean {
  return isPage('invitations-received', url);
}
