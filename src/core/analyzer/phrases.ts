import type { Token } from './text';

/** Letters and digits for regexes without the u flag (which make even small regexes several times slower to compile):
 *  Latin, Greek, Cyrillic and the other alphabetic blocks, CJK and Hangul. Text outside the BMP counts as a boundary. */
export const ALNUM = 'a-zA-Z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u1fff\\u2c00-\\u2dff\\u3040-\\u9fff\\uac00-\\ud7af';

/** ALNUM as [first, last] code unit pairs, ascending, for scanning text by hand (see `isAlnum`). */
const ALNUM_RANGES: number[] = (() => {
  const units = ALNUM.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const out: [number, number][] = [];
  for (let i = 0; i < units.length; i++) {
    const lo = units.charCodeAt(i);
    if (units[i + 1] === '-') out.push([lo, units.charCodeAt((i += 2))]);
    else out.push([lo, lo]);
  }
  return out.sort((a, b) => a[0] - b[0]).flat();
})();

/** Whether a UTF-16 code unit is one of ALNUM's: what `[${ALNUM}]` matches, without running a regex. */
export function isAlnum(c: number): boolean {
  // Most text is ASCII, where ALNUM is a-z, A-Z and 0-9 (the unit test compares every code unit with the regex).
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  for (let i = 0; i < ALNUM_RANGES.length; i += 2) {
    if (c < ALNUM_RANGES[i]) return false;
    if (c <= ALNUM_RANGES[i + 1]) return true;
  }
  return false;
}

/** Builds a regex body from a phrase written in a compact notation: a space means "any whitespace", \w includes
 *  accented Latin letters, groups are non-capturing, and @ marks the anchor (see below). Phrases are matched against
 *  text lowered by `lowered`, where ’ is already '. */
export function phrase(src: string): string {
  return src
    .replace(/@/g, '')
    .replace(/\((?!\?)/g, '(?:')
    .replace(/ /g, '\\s+')
    .replace(/\\w/g, '[\\w\\u00c0-\\u024f]');
}

/** A letter or digit: what a phrase may not be preceded or followed by. */
export const WORD_CHAR = new RegExp(`[${ALNUM}]`);

/** The note in lower case with ’ as ', the same length as the note so offsets carry over. (The few characters that
 *  lower-case to two, like "İ", leave the note as it is: phrases then may not match, but offsets stay right.) */
export function lowered(t: string): string {
  const l = t.toLowerCase();
  return (l.length === t.length ? l : t).replace(/’/g, "'");
}

// Phrase lists matched through the note's words instead of one big alternation. A regex with a hundred alternatives
// costs tens of milliseconds to compile on first use (the first badge pays it) and is tried at every position of
// every note. Here each phrase has anchor words, one of which every match contains as a whole word: the words its
// first required part can start with ("(expand|grow) my network": expand, grow), or those of the part marked with @
// ("(i'd|i would) like to connect with you on @linkedin"). A phrase's own small regex is compiled the first time a
// note contains one of its anchors, and only then run. Reading anchors this simply keeps the content script small and
// its first note cheap; a unit test checks every phrase gets anchors and that anchored matching finds what one regex
// per phrase finds.

export interface PhraseMatch {
  /** Index of the phrase in the list. */
  entry: number;
  s: number;
  e: number;
}

/** Every phrase set by name. */
export const PHRASE_SETS = new Map<string, PhraseSet>();

// A note's words are looked up once for all the phrase sets, not once per set: `joint` maps an anchor word to the
// phrases of every set it anchors, and `candidates` keeps the last note's result, which each set then reads.
/** Every phrase set, in order of creation (a set's number is its place here). */
const ALL: PhraseSet[] = [];
/** Anchor word → [set number, phrase index] pairs, flattened; built on first use, and again when a set is added. */
let joint: Map<string, number[]> | undefined;
let lastToks: readonly Token[] | undefined;
let lastCands: number[][] = [];
let stamp = 0;

function jointIndex(): Map<string, number[]> {
  if (joint) return joint;
  const out = new Map<string, number[]>();
  ALL.forEach((set, k) => {
    for (const [w, list] of set.index()) {
      let pairs = out.get(w);
      if (!pairs) out.set(w, (pairs = []));
      for (const i of list) pairs.push(k, i);
    }
  });
  return (joint = out);
}

/** For each set (by number), the phrases whose anchors the note's tokens contain: the phrases to run. `toks` is
 *  compared by identity: `tokens` returns the same array for the same text, and nothing changes one once made. */
function candidates(toks: readonly Token[]): number[][] {
  if (toks === lastToks && joint) return lastCands;
  const index = jointIndex();
  const cands = ALL.map((set) => set.always.slice());
  const s = (stamp = (stamp + 1) >>> 0 || 1);
  for (const k of toks) {
    addCandidates(index.get(k.l), cands, s);
    // "network-building" and "Fly.io" are one token but the regex sees the words in them.
    if (k.parts) for (const part of k.parts) if (part) addCandidates(index.get(part), cands, s);
  }
  lastToks = toks;
  return (lastCands = cands);
}

/** Adds the phrases of `pairs` (from the joint index) not yet marked with stamp `s`. */
function addCandidates(pairs: number[] | undefined, cands: number[][], s: number) {
  if (pairs)
    for (let p = 0; p < pairs.length; p += 2) {
      const set = ALL[pairs[p]];
      const i = pairs[p + 1];
      if (set.mark[i] !== s) {
        set.mark[i] = s;
        cands[pairs[p]].push(i);
      }
    }
}


/** `src` split at top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && !depth) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

const WORD = /^[^\s()|[\]\\?*+{}.^$@]+/;
const TOKEN_SHAPED = new RegExp(`^[${ALNUM}](?:[${ALNUM}'&.-]*[${ALNUM}])?$`);
/** Leading optional words: "(i )?(came|come)" starts with came or come. */
const OPTIONAL_WORDS = /^(\([^()]* \)\?)+/;

/** The words `s` can start with, when each is a whole word (followed by a space, or by the end when `endOk`). */
function startWords(s: string, endOk: boolean): string[] | null {
  if (s[0] === '(') {
    let depth = 0;
    let close = 0;
    while (close < s.length && (depth += s[close] === '(' ? 1 : s[close] === ')' ? -1 : 0)) close++;
    const rest = s.slice(close + 1);
    if (/^[?*{]/.test(rest)) return null;
    const out: string[] = [];
    for (const alt of alternatives(s.slice(1, close))) {
      // Followed by a space, or by a group of words that starts with one ("(meet|see)( up)?").
      const w = startWords(alt, rest ? rest[0] === ' ' || /^\([ ,]/.test(rest) : endOk);
      if (!w) return null;
      out.push(...w);
    }
    return out;
  }
  const w = WORD.exec(s)?.[0];
  if (!w) return null;
  const next = s[w.length];
  // An escaped ? or ! after the word ("interested\\?") cannot be part of a token either, nor can a group of words
  // that starts with a space ("network( on linkedin)?") or a comma ("gracias(, [^\\s]+,)? por": a comma ends a token).
  const bounded =
    next === ' ' || (next === undefined && endOk) || (next === '\\' && '?!'.includes(s[w.length + 1])) || /^\([ ,][^()]*\)\??( |$)/.test(s.slice(w.length));
  return TOKEN_SHAPED.test(w) && bounded ? [w] : null;
}

/** Anchor words of a phrase, or null when they cannot be read off (the phrase then runs for every note). */
function anchorsOf(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const at = alt.indexOf('@');
    const w = startWords(at >= 0 ? alt.slice(at + 1) : alt.replace(OPTIONAL_WORDS, ''), true);
    if (!w) return null;
    out.push(...w);
  }
  return out;
}

export class PhraseSet {
  private anchors?: Map<string, number[]>;
  /** Phrases without anchor words: always run (read after `index()`). */
  readonly always: number[] = [];
  private readonly res: (RegExp | undefined)[];
  /** Which phrases are already candidates for the note at hand (see `candidates`). */
  readonly mark: Uint32Array;
  private readonly id: number;

  /** `sources` in the phrase notation, in lower case: they are matched against `lowered` text. */
  constructor(
    readonly name: string,
    readonly sources: readonly string[],
  ) {
    this.res = new Array(sources.length);
    this.mark = new Uint32Array(sources.length);
    PHRASE_SETS.set(name, this);
    this.id = ALL.push(this) - 1;
    joint = undefined;
    lastToks = undefined;
  }

  /** Phrases by anchor word, read off the phrases on first use. */
  index(): Map<string, number[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, number[]>();
    this.sources.forEach((src, i) => {
      const words = anchorsOf(src);
      if (!words) return this.always.push(i);
      for (const w of words) {
        const list = anchors.get(w);
        if (list) list.push(i);
        else anchors.set(w, [i]);
      }
    });
    return (this.anchors = anchors);
  }


  // The start boundary is checked here, not by a lookbehind: a regex that starts with a lookbehind is tried at every
  // position of the note, while one that starts with its words lets the engine skip ahead to where they could begin.
  private regex(i: number): RegExp {
    return (this.res[i] ??= new RegExp(`(?:${phrase(this.sources[i])})(?![${ALNUM}])`, 'g'));
  }

  /** Matches in `t` (the note as given by `lowered`), leftmost first. Unless `overlapping`, a match that starts inside an earlier one is dropped, and of
   *  two matches starting at the same place the phrase listed first wins (as in one alternation). */
  match(t: string, toks: readonly Token[], overlapping = false): PhraseMatch[] {
    const cand = candidates(toks)[this.id];
    if (!cand.length) return [];
    const found: PhraseMatch[] = [];
    for (const i of cand) {
      const re = this.regex(i);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t))) {
        if (!m[0].length || (m.index && WORD_CHAR.test(t[m.index - 1]))) {
          re.lastIndex = m.index + 1;
          continue;
        }
        found.push({ entry: i, s: m.index, e: m.index + m[0].length });
      }
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a.s - b.s || a.entry - b.entry);
    if (overlapping) return found;
    const out: PhraseMatch[] = [];
    let end = -1;
    for (const f of found)
      if (f.s >= end) {
        out.push(f);
        end = f.e;
      }
    return out;
  }
}
