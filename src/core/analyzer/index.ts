import type { Analysis, Recipient } from '../model';

export interface SeenNote {
  /** Who sent it (slug or name): notes from the same sender do not count as "other senders". */
  sender: string;
  text: string;
}

export interface AnalyzeContext {
  recipient?: Recipient;
  /** Other notes seen recently (from other senders), for cross-sender template detection. */
  others?: SeenNote[];
  /** The sender of the note being analysed, so their own earlier notes are not counted. */
  sender?: string;
}

// Placeholder until the analyzer lands: every non-empty note is treated as personal.
export function analyzeNote(note: string | undefined | null, _context: AnalyzeContext = {}): Analysis {
  const t = (note ?? '').trim();
  if (!t) return { verdict: 'none', score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };
  return { verdict: 'personal', score: 60, reasons: [{ code: 'has-note', text: 'Has a note' }] };
}
