import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '@/src/core/analyzer';
import { ALNUM, isAlnum, lowered, phrase, PHRASE_SETS, PhraseSet, WORD_CHAR, type PhraseMatch } from '@/src/core/analyzer/phrases';

/** The reference the anchored matcher is checked against: one regex per phrase, bounded by a lookbehind. */
const wordBounded = (body: string) => new RegExp(`(?<![${ALNUM}])(?:${body})(?![${ALNUM}])`, 'g');
import { FIRST, FIRST_WORD, SECOND, SECOND_WORD, sentenceBounds, tokens } from '@/src/core/analyzer/text';
import { parse, type Item } from './phrase-notation';

const root = path.resolve(__dirname, '../../../..');

/** A random text the phrase matches: one path through its groups, something plausible for classes and escapes. */
function sample(items: Item[], rnd: () => number): string {
  let out = '';
  for (const x of items) {
    if (x.opt && rnd() < 0.5) continue;
    if (x.k === 'c') out += x.c;
    else if (x.k === ' ') out += rnd() < 0.8 ? ' ' : '\n ';
    else if (x.k === 'g') out += sample(x.alts[Math.floor(rnd() * x.alts.length)], rnd);
    else {
      const raw = x.raw ?? '';
      if (raw.startsWith('(?')) continue;
      out += raw.startsWith('[') ? (raw[1] === '^' ? 'x' : raw[1]) : raw.startsWith('\\d') ? '15' : raw.startsWith('\\w') || raw.startsWith('\\S') || raw.startsWith('.') ? 'abc' : raw[0];
    }
  }
  return out;
}

const unanchored = (set: PhraseSet) => (set.index(), set.always);
const anchorsOf = (set: PhraseSet, i: number) => [...set.index()].filter(([, list]) => list.includes(i)).map(([w]) => w);

function seeded(seed: number) {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** What one regex per phrase, run over the whole text, finds. */
function bruteForce(set: PhraseSet, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  set.sources.forEach((src, entry) => {
    for (const m of text.matchAll(wordBounded(phrase(src)))) if (m[0]) out.push({ entry, s: m.index, e: m.index + m[0].length });
  });
  return out.sort((a, b) => a.s - b.s || a.entry - b.entry);
}

const notes = ['tune.jsonl', 'heldout.jsonl'].flatMap((f) =>
  readFileSync(path.join(root, 'tests/fixtures/notes', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

describe('phrase sets', () => {
  it('every phrase has anchor words (mark one with @ when its first part cannot serve)', () => {
    for (const set of PHRASE_SETS.values())
      expect(
        unanchored(set).map((i) => set.sources[i]).filter((src) => !src.includes('://')),
        set.name,
      ).toEqual([]);
  });

  it('reads anchors from the first required part, through optional words, or from the part marked @', () => {
    const set = new PhraseSet('test-anchors', [
      '(expand|grow) (my|our) network',
      '(i )?(came|come) (across|upon) your profile',
      "(i'd|i would) like to connect with you on @linkedin",
      'look(ing)? forward to @connecting',
      'great (to )?meet|we (met|spoke)',
      '(mutual(ly)?|shared) interests',
      // A comma ends a token: "gracias, Toño, por…", "valeu, Rodrigo, pela…".
      'gracias(,? [^\\s]+,?)? por|(valeu|obrigado)(,? [^\\s]+)? pela',
    ]);
    expect([0, 1, 2, 3, 4, 6].map((i) => anchorsOf(set, i).sort())).toEqual([
      ['expand', 'grow'],
      ['came', 'come'],
      ['linkedin'],
      ['connecting'],
      ['great', 'we'],
      ['gracias', 'obrigado', 'valeu'],
    ]);
    // "mutual(ly)?" could be "mutually": no whole word to look for.
    expect(unanchored(set)).toEqual([5]);
  });

  it('finds every match one regex per phrase finds, on random texts each phrase matches', () => {
    const rnd = seeded(7);
    for (const set of PHRASE_SETS.values())
      set.sources.forEach((src, entry) => {
        const alts = parse(src);
        for (let n = 0; n < 60; n++) {
          const text = `Well, ${sample(alts[n % alts.length], rnd)} — ok.`;
          const lower = lowered(text);
          const found = set.match(lower, tokens(text), true);
          expect(found.some((m) => m.entry === entry), `${set.name} #${entry} misses its own sample: ${text}`).toBe(true);
          if (n < 3) expect(found, `${set.name} #${entry}: ${text}`).toEqual(bruteForce(set, lower));
        }
      });
  });

  it('finds the same as one regex per phrase on the labelled notes', () => {
    for (const set of PHRASE_SETS.values())
      for (const text of notes) {
        const lower = lowered(text);
        expect(set.match(lower, tokens(text), true), text).toEqual(bruteForce(set, lower));
      }
  });

  it('keeps the note length when lower-casing, with curly apostrophes straightened', () => {
    expect(lowered('I’M AT İSTANBUL')).toHaveLength('I’M AT İSTANBUL'.length);
    expect(lowered('I’M')).toBe("i'm");
  });

  it('of overlapping matches keeps the leftmost, and the earlier phrase at the same start', () => {
    const set = new PhraseSet('test-overlap', ['grow my network', 'my network', 'grow my']);
    const text = 'I want to grow my network';
    expect(set.match(lowered(text), tokens(text)).map((m) => m.entry)).toEqual([0]);
  });

  it('isAlnum agrees with the ALNUM character class on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isAlnum(c) !== WORD_CHAR.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('tokens', () => {
  // The regex the hand-written scanner replaces.
  const TOKEN = new RegExp(`[${ALNUM}][${ALNUM}'’&.-]*[${ALNUM}]|[${ALNUM}]`, 'g');
  const reference = (t: string) =>
    [...t.matchAll(TOKEN)].map((m) => {
      const w = m[0];
      const joined = /[-.&'’]/.test(w);
      const l = joined ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase();
      return { w, l, s: m.index, e: m.index + w.length, joined, parts: joined ? l.split(/[-.&']/) : undefined, is: expect.any(Number) };
    });

  it('finds what the token regex finds, on the labelled notes and on random strings of word and joining characters', () => {
    for (const text of notes) expect(tokens(text), text).toEqual(reference(text));
    const rnd = seeded(11);
    const pieces = ['a', 'Z', '9', 'é', 'İ', 'Σ', '中', '’', "'", '&', '.', '-', ' ', '\n', '—', '🔥', '\ud83d', '_', ','];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(rnd() * 12); k > 0; k--) text += pieces[Math.floor(rnd() * pieces.length)];
      expect(tokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it("carries in `is` the word classes its word is in", () => {
    for (const text of notes)
      for (const k of tokens(text)) {
        expect((k.is & FIRST_WORD) !== 0, k.l).toBe(FIRST.has(k.l));
        expect((k.is & SECOND_WORD) !== 0, k.l).toBe(SECOND.has(k.l));
      }
  });
});

describe('sentenceBounds', () => {
  // The scan sentenceBounds replaced: walk out from i to a sentence end (.!? not after an abbreviation, a line break
  // not before a lower-case word) or a double space.
  const ABBREV = new RegExp(`(?:^|[^${ALNUM}])(?:prof|dr|mr|mrs|ms|st|jr|sr|inc|ltd|co|vs|etc|e\\.g|i\\.e|no)$`, 'i');
  const ends = (t: string, i: number) =>
    t[i] === '.' ? !ABBREV.test(t.slice(Math.max(0, i - 6), i)) : t[i] === '!' || t[i] === '?' || (t[i] === '\n' && !/\p{Ll}/u.test(t[i + 1] ?? ''));
  const scan = (t: string, i: number) => {
    let s = i;
    while (s > 0 && !ends(t, s - 1) && !(t[s - 1] === ' ' && t[s - 2] === ' ')) s--;
    let e = i;
    while (e < t.length && !ends(t, e) && !(t[e] === ' ' && t[e + 1] === ' ')) e++;
    return [s, e];
  };
  it('finds what a scan from each offset finds, on the labelled notes and on random strings of breaks', () => {
    const check = (t: string) => {
      for (let i = 0; i <= t.length; i++) expect(sentenceBounds(t, i), `${JSON.stringify(t)} @${i}`).toEqual(scan(t, i));
    };
    for (const text of notes) check(text);
    const rnd = seeded(13);
    const pieces = ['a', 'b', ' ', ' ', '.', '!', '?', '\n', 'Dr.', 'Mr', 'A', 'e.g.'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = Math.floor(rnd() * 14); k > 0; k--) text += pieces[Math.floor(rnd() * pieces.length)];
      check(text);
    }
  });
});
