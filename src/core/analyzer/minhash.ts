import { isSentenceStart, MAX_CHARS, placeholderSlots, tokens, type Token } from './text';

// Near-duplicate detection: word 3-shingles of the note with names, companies and numbers masked, summarised by a
// 32-bin MinHash signature. Two notes filled in from one template differ only in masked slots, so their signatures
// agree on most bins; independent notes share almost no 3-shingles. One-permutation hashing: each shingle is hashed
// once and kept in the bin its hash picks if it is that bin's smallest, so a signature costs one hash per shingle
// instead of one per shingle and bin.

const K = 32;
/** An empty bin: above every value a bin can keep (a hash's top 27 bits, see `build`). */
const EMPTY = 2 ** 27;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The note as a template would see it: lower case, slots for names/companies (capitalised words mid-sentence),
 *  placeholders and numbers. Built from the tokens the analyzer already has. */
export function maskedWords(text: string, toks: readonly Token[] = tokens(text.slice(0, MAX_CHARS))): string[] {
  const holes: number[] = [];
  for (const [at, slot] of placeholderSlots(text)) holes.push(at, at + slot.length);
  const out: string[] = [];
  for (const k of toks) {
    const w = k.w;
    const c = w.charCodeAt(0);
    let v: string;
    if (c >= 48 && c <= 57) v = '#';
    else if (inHole(holes, k.s) || (w !== 'I' && w[0] !== k.l[0] && !isSentenceStart(text, k.s))) v = '§';
    else v = k.l;
    if (v === '§' && out[out.length - 1] === '§') continue;
    out.push(v);
  }
  return out;
}

function inHole(holes: number[], i: number): boolean {
  for (let h = 0; h < holes.length; h += 2) if (i >= holes[h] && i < holes[h + 1]) return true;
  return false;
}

/** K bins, then the number of masked words. A plain array of small integers: a Uint32Array this size gets its own
 *  off-heap buffer, whose allocation cost more than building the rest of the signature. */
export type Signature = number[];

function build(text: string, toks?: readonly Token[]): Signature {
  const w = maskedWords(text, toks);
  const sig = new Array<number>(K + 1).fill(EMPTY);
  sig[K] = w.length;
  // Shingle hashes are combined from per-word hashes (no strings built).
  const hw = w.map(fnv);
  hw.push(0x1b873593, 0x5bd1e995);
  const n = Math.max(1, w.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fmix(Math.imul(hw[i], 0x9e3779b1) ^ Math.imul(hw[i + 1], 0x85ebca77) ^ Math.imul(hw[i + 2], 0xc2b2ae3d));
    const bin = h & (K - 1);
    const v = h >>> 5;
    if (v < sig[bin]) sig[bin] = v;
  }
  return sig;
}

// The badge feature re-analyses the same page of notes often; signatures are cached by text, bounded so a long
// session cannot grow it without limit.
const cache = new Map<string, Signature>();
/** `toks`: the text's tokens when the caller has them (they must be `tokens(text)`). */
export function signature(text: string, toks?: readonly Token[]): Signature {
  let s = cache.get(text);
  if (!s) {
    if (cache.size >= 5000) cache.clear();
    cache.set(text, (s = build(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, toks)));
  }
  return s;
}

/** Estimated Jaccard similarity of the two notes' shingle sets: of the bins either note filled, the share in which
 *  both kept the same shingle. */
export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  let either = 0;
  for (let k = 0; k < K; k++) {
    const x = a[k];
    const y = b[k];
    if (x === EMPTY && y === EMPTY) continue;
    either++;
    if (x === y) same++;
  }
  return either ? same / either : 0;
}

export const maskedLength = (sig: Signature) => sig[K];

/** Whether two notes' lengths allow a similarity of `threshold`: sets of very different sizes cannot be near
 *  duplicates (Jaccard ≤ smaller / larger), so most pairs are ruled out before comparing signatures. The bound is
 *  loosened because signatures estimate. */
export const comparable = (a: Signature, b: Signature, threshold: number) => Math.min(a[K], b[K]) >= 0.7 * threshold * Math.max(a[K], b[K]);
