import type { StoredInvitation, Verdict } from '../../core/model';

export interface VerdictGroup {
  verdict: Verdict;
  items: StoredInvitation[];
}

const ORDER: Verdict[] = ['none', 'template', 'personal'];

/** Pending invitations by verdict (No note, Template, Personal); best-scored first, then newest. */
export function groupByVerdict(pending: StoredInvitation[]): VerdictGroup[] {
  return ORDER.map((verdict) => ({
    verdict,
    items: pending
      .filter((i) => i.analysis.verdict === verdict)
      .sort((a, b) => b.analysis.score - a.analysis.score || b.firstSeenAt - a.firstSeenAt || a.id.localeCompare(b.id)),
  })).filter((g) => g.items.length > 0);
}
