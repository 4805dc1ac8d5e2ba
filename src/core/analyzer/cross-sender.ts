import { knownTemplate, mayCopyTemplate } from './library';
import { comparable, maskedLength, signature, similarity } from './minhash';
import { MAX_CHARS, tokens, type Token } from './text';

export interface SeenNote {
  /** Who sent it (slug or name): notes from the same sender do not count as "other senders". */
  sender: string;
  text: string;
}

/** What cross-sender detection found: the built-in template the note copies, and how many other senders sent
 *  (nearly) the same text. */
export interface Matches {
  library?: string;
  senders: number;
}

/** Near-duplicate threshold (estimated Jaccard of masked 3-shingles). */
const SAME_TEXT = 0.6;
const MAX_OTHERS = 2000;

/** Compares a note with the built-in library and with notes from other senders, after masking names, companies and
 *  numbers. Quadratic over a page of notes, so it runs in the background, next to the stored notes. */
export function crossSender(t: string, others: readonly SeenNote[] = [], sender?: string, toks?: Token[]): Matches {
  // With no other notes to compare, only the library is left, and most notes share too few words with it to need a
  // signature at all.
  if (!others.length && !mayCopyTemplate(toks ?? tokens(t.length > MAX_CHARS ? t.slice(0, MAX_CHARS) : t))) return { senders: 0 };
  const sig = signature(t, toks);
  const short = maskedLength(sig) < 4;
  const library = short ? undefined : knownTemplate(sig, 0.5)?.name;
  const senders = new Set<string>();
  const n = Math.min(others.length, MAX_OTHERS);
  for (let i = 0; i < n; i++) {
    const o = others[i];
    if (!o || typeof o.text !== 'string' || !o.text.trim()) continue;
    const who = String(o.sender ?? '');
    if ((sender !== undefined && who === sender) || senders.has(who)) continue;
    let same: boolean;
    if (short) same = o.text.trim().toLowerCase() === t.trim().toLowerCase();
    else {
      const other = signature(o.text);
      same = comparable(sig, other, SAME_TEXT) && similarity(sig, other) >= SAME_TEXT;
    }
    if (same) senders.add(who);
  }
  return library ? { library, senders: senders.size } : { senders: senders.size };
}
