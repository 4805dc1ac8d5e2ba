import type { Reason } from '../../core/model';

// The analyzer's reasons are written for someone reading a note they received, with "their/them"
// swapped in for the writer's view. A few still read oddly to the person writing the note; they are
// rephrased here by code, and only when the text is the one expected, so a reason the analyzer
// rewords later passes through as it is.

type Reword = (text: string) => string | undefined;

const REWORD: Record<string, Reword> = {
  // "Generic: 'expand my network'" — short, and the quote says the rest.
  'generic-phrase': (t) => t.replace(/^Generic phrase:\s*/, 'Generic: '),
  // The sender is the person reading the panel.
  'self-focused': (t) => (t === 'Mostly about the sender, not about them' ? 'Mostly about you, not about them' : t),
  // An empty draft: the verdict already says "No note yet" and the tip says what to add.
  'no-note': () => undefined,
};

/** The analyzer's reasons as the panel shows them to the person writing the note. */
export function reasonsForSender(reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  for (const r of reasons) {
    const reword = REWORD[r.code];
    const text = reword ? reword(r.text) : r.text;
    if (text) out.push(text === r.text ? r : { ...r, text });
  }
  return out;
}
