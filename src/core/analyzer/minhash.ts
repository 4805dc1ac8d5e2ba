import { isSentenceStart, MAX_CHARS, MAYBE_PLACEHOLDER, PLACEHOLDER } from './text';

// Near-duplicate detection: word 3-shingles of the note with names, companies and numbers masked, summarised by a
// 32-value MinHash signature. Two notes filled in from one template differ only in masked slots, so their
// signatures agree on most positions; independent notes share almost no 3-shingles.

const K = 32;
const SEEDS = new Uint32Array(K);
for (let i = 0, x = 0x9e3779b9; i < K; i++) SEEDS[i] = x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i;

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
 *  placeholders and numbers. */
export function maskedWords(text: string): string[] {
  const t0 = text.slice(0, MAX_CHARS);
  const t = !MAYBE_PLACEHOLDER.test(t0) ? t0 : t0.replace(PLACEHOLDER, (m) => ' ' + 'X'.repeat(Math.max(1, m.length - 1)));
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const w = m[0];
    let v: string;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) v = '#';
    else if (w !== 'I' && w !== w.toLowerCase() && UPPER.test(w) && (w[0] === 'X' && /^X+$/.test(w) || !isSentenceStart(t, m.index))) v = '§';
    else v = w.toLowerCase().replace(/’/g, "'");
    if (v === '§' && out[out.length - 1] === '§') continue;
    out.push(v);
  }
  return out;
}

/** MinHash values, plus the masked word count in a last slot (very short notes need an exact match instead). */
const UPPER = /^\p{Lu}/u;

export type Signature = Uint32Array;

function build(text: string): Signature {
  const w = maskedWords(text);
  const sig = new Uint32Array(K + 1).fill(0xffffffff);
  sig[K] = w.length;
  // Shingle hashes are combined from per-word hashes (no strings built), then permuted cheaply per slot.
  const hw = w.map(fnv);
  hw.push(0x1b873593, 0x5bd1e995);
  const n = Math.max(1, w.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fmix(Math.imul(hw[i], 0x9e3779b1) ^ Math.imul(hw[i + 1], 0x85ebca77) ^ Math.imul(hw[i + 2], 0xc2b2ae3d));
    for (let k = 0; k < K; k++) {
      let v = Math.imul(h ^ SEEDS[k], 0x27d4eb2d);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

// The badge feature re-analyses the same page of notes often; signatures are cached by text, bounded so a long
// session cannot grow it without limit.
const cache = new Map<string, Signature>();
export function signature(text: string): Signature {
  let s = cache.get(text);
  if (!s) {
    if (cache.size >= 5000) cache.clear();
    cache.set(text, (s = build(text)));
  }
  return s;
}

/** Estimated Jaccard similarity of the two notes' shingle sets. */
export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let k = 0; k < K; k++) if (a[k] === b[k]) same++;
  return same / K;
}

export const maskedLength = (sig: Signature) => sig[K];
