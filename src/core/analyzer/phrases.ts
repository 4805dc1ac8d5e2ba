import { ANCHORS } from './anchors';
import type { Token } from './text';

/** Letters and digits for regexes without the u flag (which make even small regexes several times slower to compile):
 *  Latin, Greek, Cyrillic and the other alphabetic blocks, CJK and Hangul. Text outside the BMP counts as a boundary. */
export const ALNUM = 'a-zA-Z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u1fff\\u2c00-\\u2dff\\u3040-\\u9fff\\uac00-\\ud7af';

/** Builds a regex body from a phrase written in a compact notation: a space means "any whitespace", `'` means either
 *  apostrophe (only ' when matching text already lowered by `lowered`), and groups are non-capturing. */
export function phrase(src: string, curly = true): string {
  return src.replace(/\((?!\?)/g, '(?:').replace(/'/g, curly ? "['’]" : "'").replace(/ /g, '\\s+');
}

/** `body` as a whole word: not preceded or followed by a letter or digit. */
export const wordBounded = (body: string, flags = 'g') =>
  flags.includes('u') ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags) : new RegExp(`(?<![${ALNUM}])(?:${body})(?![${ALNUM}])`, flags);

/** The note in lower case with ’ as ', the same length as the note so offsets carry over. */
export function lowered(t: string): string {
  let l = t.toLowerCase();
  if (l.length !== t.length) {
    // A few characters lower-case to two ("İ"): keep those as they are.
    l = '';
    for (const ch of t) {
      const x = ch.toLowerCase();
      l += x.length === ch.length ? x : ch;
    }
  }
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

// Phrase lists matched through the note's words instead of one big alternation. A regex with a hundred alternatives
// costs tens of milliseconds to compile on first use (the first badge pays it) and is tried at every position of
// every note. Here each phrase has anchor words, at least one of which any match must contain; a phrase's own small
// regex is compiled the first time a note contains one of its anchors, and only then run. The anchors are read off
// the phrases ahead of time (anchor-words.ts, written to anchors.ts by `node --import tsx src/cli/analyzer-anchors.ts`)
// so the content script does not parse a hundred patterns on its first note; a unit test keeps them in step.

/** Every phrase set by name, for the anchor generator and its test. */
export const PHRASE_SETS = new Map<string, PhraseSet>();

export interface PhraseMatch {
  /** Index of the phrase in the list. */
  entry: number;
  s: number;
  e: number;
}

export class PhraseSet {
  private anchors?: Map<string, number[]>;
  /** Phrases without anchor words: always run. */
  private readonly always: number[] = [];
  private readonly res: (RegExp | undefined)[];
  private readonly mark: Uint32Array;
  private stamp = 0;

  /** `sources` in the phrase notation, in lower case: they are matched against `lowered` text. */
  constructor(
    readonly name: string,
    readonly sources: readonly string[],
  ) {
    this.res = new Array(sources.length);
    this.mark = new Uint32Array(sources.length);
    PHRASE_SETS.set(name, this);
  }

  private index(): Map<string, number[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, number[]>();
    const stored = ANCHORS[this.name]?.split('|');
    this.sources.forEach((_, i) => {
      // Out-of-date anchors (a phrase added without regenerating) would miss matches: run such phrases always.
      const words = stored?.length === this.sources.length ? stored[i] : '';
      if (!words) return this.always.push(i);
      for (const w of words.split(' ')) {
        const list = anchors.get(w);
        if (list) list.push(i);
        else anchors.set(w, [i]);
      }
    });
    return (this.anchors = anchors);
  }

  /** Phrases that have no anchor words (for tests: the list should stay short). */
  get unanchored(): readonly number[] {
    this.index();
    return this.always;
  }

  private regex(i: number): RegExp {
    return (this.res[i] ??= wordBounded(phrase(this.sources[i], false)));
  }

  private lookup(anchors: Map<string, number[]>, w: string, out: number[], stamp: number) {
    const list = anchors.get(w);
    if (list)
      for (const i of list)
        if (this.mark[i] !== stamp) {
          this.mark[i] = stamp;
          out.push(i);
        }
  }

  /** Matches in `t` (the note as given by `lowered`), leftmost first. Unless `overlapping`, a match that starts inside an earlier one is dropped, and of
   *  two matches starting at the same place the phrase listed first wins (as in one alternation). */
  match(t: string, toks: readonly Token[], overlapping = false): PhraseMatch[] {
    const anchors = this.index();
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    const cand = this.always.slice();
    for (const k of toks) {
      const l = k.l;
      this.lookup(anchors, l, cand, stamp);
      // "network-building" and "Fly.io" are one token but the regex sees the words in them.
      if (k.joined) for (const part of l.split(/[-.&']/)) if (part) this.lookup(anchors, part, cand, stamp);
    }
    if (!cand.length) return [];
    const found: PhraseMatch[] = [];
    for (const i of cand) {
      const re = this.regex(i);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t))) {
        if (!m[0].length) {
          re.lastIndex++;
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
