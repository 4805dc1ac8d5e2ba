import type { JudgeContext } from './analyzer/judge';
import type { Analysis, ReceivedInvitation } from './model';

/** Who wrote a note, as the store keys recent notes: the same sender never counts as "others". */
export function senderKey(inv: ReceivedInvitation): string {
  return inv.slug ?? inv.senderName;
}

export const TRUNCATED_REASON = { code: 'truncated', text: 'Judged on the visible part only (note truncated)' } as const;

/** Analyse an invitation's note; a truncated note whose full text was not in the page says so. */
export function judgeInvitation(
  inv: ReceivedInvitation,
  analyze: (note: string | undefined, context: JudgeContext) => Analysis,
  context: JudgeContext,
): Analysis {
  const a = analyze(inv.note, context);
  if (!inv.noteTruncated || !inv.note || a.reasons.some((r) => r.code === TRUNCATED_REASON.code)) return a;
  return { ...a, reasons: [...a.reasons, { ...TRUNCATED_REASON }].slice(0, 40) };
}
