import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsModule } from '@/src/cli/analyzer-anchors';
import '@/src/core/analyzer';
import { anchorWords, parse, type Item } from '@/src/core/analyzer/anchor-words';
import { lowered, phrase, PHRASE_SETS, PhraseSet, wordBounded, type PhraseMatch } from '@/src/core/analyzer/phrases';
import { tokens } from '@/src/core/analyzer/text';

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
      out += raw.startsWith('[') ? raw[1] : raw.startsWith('\\d') ? '15' : raw.startsWith('\\w') || raw.startsWith('\\S') || raw.startsWith('.') ? 'abc' : raw[0];
    }
  }
  return out;
}

function seeded(seed: number) {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** What one regex per phrase, run over the whole text, finds. */
function bruteForce(set: PhraseSet, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  set.sources.forEach((src, entry) => {
    for (const m of text.matchAll(wordBounded(phrase(src, false)))) if (m[0]) out.push({ entry, s: m.index, e: m.index + m[0].length });
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
  it('anchors.ts is up to date with the phrase lists (run src/cli/analyzer-anchors.ts)', () => {
    expect(readFileSync(path.join(root, 'src/core/analyzer/anchors.ts'), 'utf8')).toBe(anchorsModule());
  });

  it('almost every phrase has anchor words', () => {
    for (const set of PHRASE_SETS.values()) expect(set.unanchored.length, set.name).toBeLessThanOrEqual(1);
  });

  it('reads off anchors through optional words, suffixes and nested groups', () => {
    expect(anchorWords('(my|our) (professional )?(linkedin )?(network|circle)')).toEqual(['network', 'circle']);
    expect(anchorWords('your posts? on')).toEqual(['posts', 'post']);
    expect(anchorWords('(i )?(came|come) (across|upon) your profile')).toEqual(['profile']);
    expect(anchorWords('https?://\\S+')).toBeNull();
  });

  it('finds every match one regex per phrase finds, on random texts each phrase matches', () => {
    const rnd = seeded(7);
    for (const set of PHRASE_SETS.values())
      set.sources.forEach((src, entry) => {
        for (let n = 0; n < 25; n++) {
          const alts = parse(src);
          const text = `Well, ${sample(alts[Math.floor(rnd() * alts.length)], rnd)} — ok.`;
          const lower = lowered(text);
          const found = set.match(lower, tokens(text), true);
          expect(found, `${set.name} #${entry}: ${text}`).toEqual(bruteForce(set, lower));
          expect(found.some((m) => m.entry === entry), `${set.name} #${entry} misses its own sample: ${text}`).toBe(true);
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
});
