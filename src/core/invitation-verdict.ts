import type { Analysis, ReceivedInvitation } from './model';

/** Who wrote a note, as the store keys recent notes: the same sender never counts as "others". */
export function senderKey(inv: ReceivedInvitation): string {
  return inv.slug ?? inv.senderName;
}

export const TRUNCATED_REASON = { code: 'truncated', text: 'Judged on the visible part only (note truncated)' } as const;

/** The analyzer's own answer for an empty note, for the pages that need it without asking the background (a card
 *  without a note, an empty draft). */
export const NO_NOTE: Analysis = { verdict: 'none', score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };

/** An invitation's verdict from the analysis of its note; a truncated note whose full text was not in the page says so. */
export function invitationVerdict(inv: ReceivedInvitation, a: Analysis): Analysis {
  if (!inv.noteTruncated || !inv.note || a.reasons.some((r) => r.code === TRUNCATED_REASON.code)) return a;
  return { ...a, reasons: [...a.reasons, { ...TRUNCATED_REASON }].slice(0, 40) };
}
