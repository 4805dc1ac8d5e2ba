import type { Analysis } from '../model';
import { crossSender, type SeenNote } from './cross-sender';
import { judgeNote, type JudgeContext } from './judge';
import { MAX_CHARS } from './text';

export type { Matches, SeenNote } from './cross-sender';
export { judgeNote, type JudgeContext } from './judge';

export interface AnalyzeContext extends JudgeContext {
  /** Other notes seen recently (from other senders), for cross-sender template detection. */
  others?: SeenNote[];
  /** The sender of the note being analysed, so their own earlier notes are not counted. */
  sender?: string;
}

/** The whole analyzer: cross-sender detection against `others` and the built-in library, then the judgement. The
 *  content script runs `judgeNote` alone and gets the matches from the background. */
export function analyzeNote(note: string | undefined | null, context: AnalyzeContext = {}): Analysis {
  const t = typeof note === 'string' ? note.slice(0, MAX_CHARS) : '';
  const matches = context.matches ?? (t.trim() ? crossSender(t, context.others, context.sender) : undefined);
  // The fields judgeNote reads, written out: spreading the whole context costs more than the rest of this function.
  return judgeNote(note, { recipient: context.recipient, perspective: context.perspective, matches });
}
