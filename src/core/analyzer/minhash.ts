import { isSentenceStart, MAX_CHARS, PLACEHOLDER } from './text';

// Near-duplicate detection: word 3-shingles of the note with names, companies and numbers masked, summarised by a
// 64-value MinHash signature. Two notes filled in from one template differ only in masked slots, so their
// signatures agree on most positions; independent notes share almost no 3-shingles.

const K = 64;
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
  const t = text.slice(0, MAX_CHARS).replace(PLACEHOLDER, (m) => ' ' + 'X'.repeat(Math.max(1, m.length - 1)));
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const w = m[0];
    let v: string;
    if (/^X+$/.test(w) || (/^\p{Lu}/u.test(w) && w !== 'I' && !isSentenceStart(t, m.index))) v = '§';
    else if (/\d/.test(w)) v = '#';
    else v = w.toLowerCase().replace(/’/g, "'");
    if (v === '§' && out[out.length - 1] === '§') continue;
    out.push(v);
  }
  return out;
}

export type Signature = Uint32Array;

function build(text: string): Signature {
  const w = maskedWords(text);
  const sig = new Uint32Array(K).fill(0xffffffff);
  const n = Math.max(1, w.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fnv(w.slice(i, i + 3).join(' '));
    for (let k = 0; k < K; k++) {
      const v = fmix(h ^ SEEDS[k]);
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

/** How many words the masked note has: very short notes need a stricter match. */
export const maskedLength = (text: string) => maskedWords(text).length;
