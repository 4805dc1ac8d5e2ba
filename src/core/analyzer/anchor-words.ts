import { ALNUM } from './phrases';

// Reads off a phrase's anchor words: words one of which every match of the phrase must contain. Used ahead of time
// by src/cli/analyzer-anchors.ts (which writes anchors.ts) and by the test that keeps anchors.ts in step; the
// content script only loads the result.

// The phrase notation (see `phrase` in phrases.ts) parsed just enough to read off words every match must contain:
// letters, whitespace, groups, and anything else as an opaque item (`raw`: its source, quantifier included).
export type Item =
  | { k: 'c'; c: string; opt: boolean }
  | { k: ' '; opt: boolean }
  | { k: 'g'; alts: Item[][]; opt: boolean }
  | { k: 'x'; opt: boolean; raw?: string };

export function parse(src: string, at = { i: 0 }): Item[][] {
  const alts: Item[][] = [[]];
  while (at.i < src.length) {
    const from = at.i;
    const c = src[at.i++];
    let item: Item;
    if (c === ')') break;
    if (c === '|') {
      alts.push([]);
      continue;
    }
    if (c === '(') {
      if (src[at.i] === '?') {
        // Lookarounds and flags: skip, nothing to read from them.
        parse(src, at);
        item = { k: 'x', opt: false };
      } else item = { k: 'g', alts: parse(src, at), opt: false };
    } else if (c === '[') {
      while (at.i < src.length && src[at.i] !== ']') at.i += src[at.i] === '\\' ? 2 : 1;
      at.i++;
      item = { k: 'x', opt: false };
    } else if (c === '\\') {
      const e = src[at.i++];
      item = e === 's' ? { k: ' ', opt: false } : e === '.' || e === '-' || e === "'" ? { k: 'c', c: e, opt: false } : { k: 'x', opt: false };
    } else if (c === ' ') item = { k: ' ', opt: false };
    else if (c === '.' || c === '^' || c === '$') item = { k: 'x', opt: false };
    else item = { k: 'c', c, opt: false };
    // Quantifiers: optional, or repeated (a repeated letter is not a fixed word).
    const q = src[at.i];
    if (q === '?' || q === '*') {
      item.opt = true;
      at.i++;
      if (q === '*' && item.k === 'c') item = { k: 'x', opt: true };
    } else if (q === '+') {
      at.i++;
      if (item.k === 'c') item = { k: 'x', opt: false };
    } else if (q === '{') {
      const close = src.indexOf('}', at.i);
      const [lo] = src.slice(at.i + 1, close).split(',');
      at.i = close + 1;
      item = item.k === 'c' ? { k: 'x', opt: lo === '0' } : { ...item, opt: lo === '0' };
    }
    if (src[at.i] === '?') at.i++; // lazy
    if (item.k === 'x') item.raw = src.slice(from, at.i);
    alts[alts.length - 1].push(item);
  }
  return alts;
}

const TOKEN_SHAPED = new RegExp(`^[${ALNUM}](?:[${ALNUM}'’&.-]*[${ALNUM}])?$`);
const isSpace = (x: Item) => x.k === ' ' && !x.opt;
/** An optional group every alternative of which ends (or starts) with a space: "(professional )?". */
const optWords = (x: Item, end: boolean) =>
  x.k === 'g' && x.opt && x.alts.every((a) => a.length > 0 && isSpace(a[end ? a.length - 1 : 0]));

const COMMON = new Set("a an and are at be but by for from have i i'm in is it like my of on or our that the this to we with you your".split(' '));

/** Words one of which every match of `seq` contains as a whole word (given word boundaries at its edges when
 *  `left`/`right`), or null when none can be read off. */
function anchorsOf(seq: Item[], left: boolean, right: boolean): string[] | null {
  let best: string[] | null = null;
  let bestScore = -Infinity;
  let from = 0;
  for (let i = 0; i <= seq.length; i++) {
    if (i < seq.length && !isSpace(seq[i])) continue;
    let a = from;
    let b = i;
    const bounded = (from > 0 || left) && (i < seq.length || right);
    from = i + 1;
    // "(professional )?(linkedin )?network": the optional words do not move the word boundary before "network".
    while (a < b && optWords(seq[a], true)) a++;
    while (b > a && optWords(seq[b - 1], false)) b--;
    const chunk = seq.slice(a, b);
    if (!bounded || !chunk.length) continue;
    let words: string[] | null = null;
    if (chunk.length === 1 && chunk[0].k === 'g' && !chunk[0].opt) {
      words = [];
      for (const alt of chunk[0].alts) {
        const w = anchorsOf(alt, true, true);
        if (!w) {
          words = null;
          break;
        }
        words.push(...w);
      }
    } else if (chunk.every((x, j) => x.k === 'c' && (!x.opt || (j === chunk.length - 1 && j > 0)))) {
      const full = chunk.map((x) => (x as { c: string }).c).join('');
      words = chunk[chunk.length - 1].opt ? [full, full.slice(0, -1)] : [full];
    }
    if (!words?.length || !words.every((w) => TOKEN_SHAPED.test(w))) continue;
    // Prefer few, rare-looking words: a phrase whose only anchors are "i" or "to" runs on almost every note, and
    // long alternations make the stored table bigger.
    const shortest = Math.min(...words.map((w) => w.length));
    const score = (words.some((w) => COMMON.has(w)) ? 0 : Math.min(shortest, 4) * 100) - words.join(' ').length;
    if (score > bestScore) [best, bestScore] = [words, score];
  }
  return best?.map((w) => w.toLowerCase().replace(/’/g, "'")) ?? null;
}

/** Anchor words for a phrase (an alternation of sequences), or null when some alternative has none. */
export function anchorWords(src: string): string[] | null {
  const words: string[] = [];
  for (const alt of parse(src)) {
    const w = anchorsOf(alt, true, true);
    if (!w) return null;
    words.push(...w);
  }
  return [...new Set(words)];
}

/** One phrase set's anchors as stored in anchors.ts: words joined by spaces, phrases by "|" ("" = none). */
export const encodeAnchors = (sources: readonly string[]) => sources.map((src) => (anchorWords(src) ?? []).join(' ')).join('|');
