import type { PageKind, Verdict } from '../core/model';

export const VERDICT_LABEL: Record<Verdict, string> = { none: 'No note', template: 'Template', personal: 'Personal' };

export const PAGE_KIND_LABEL: Record<PageKind, string> = {
  'invitations-received': 'Received invitations',
  'invitations-sent': 'Sent invitations',
  mynetwork: 'My Network',
  profile: 'Profile',
  'search-people': 'People search',
  'custom-invite': 'Custom invitation',
  messaging: 'Messaging',
  feed: 'Feed',
  other: 'LinkedIn page',
};

export const INVITATION_MANAGER_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';

/**
 * A link to the sender's profile, only ever to https://www.linkedin.com: the URL comes from the page, and
 * a `javascript:` or foreign URL must not become a link in an extension page.
 */
export function profileHref(profileUrl: string | undefined, slug: string | undefined): string | undefined {
  if (profileUrl) {
    try {
      const u = new URL(profileUrl, 'https://www.linkedin.com/');
      if (u.protocol === 'https:' && u.host === 'www.linkedin.com' && u.pathname.startsWith('/in/')) return u.href;
    } catch {
      // fall through to the slug
    }
  }
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : undefined;
}
