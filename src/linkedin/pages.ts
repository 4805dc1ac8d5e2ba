import type { PageKind } from '../core/model';

// Placeholder until the page-detection work lands.
export function detectPage(url: URL): PageKind {
  return url.pathname.startsWith('/mynetwork/invitation-manager') ? 'invitations-received' : 'other';
}
