import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '@/src/core/analyzer';
import { readNote, rulesScore } from '@/src/core/analyzer/judge';
import { NUMBER_WORD, RECIPIENT_WORD, unpack, wordingHit, wordingKeys, wordingLift, wordingModel } from '@/src/core/analyzer/wording';
import { examples, OUT, render, train } from '@/tests/train/wording';

const note = (text: string, recipient?: { firstName?: string; company?: string; headline?: string }) => readNote(text, { recipient });
// A model small enough to reason about: weights in tenths, as shipped.
const model = unpack({ rules: 1, bias: 0, lift: 1, words: '-20 network expand\n10 the on for\n15 handover\n25 sourdough crosswalk' });

describe('the words a note is read as', () => {
  it('are its distinct words, with the recipient’s own words, the greeted name and numbers standing for what they are', () => {
    const keys = wordingKeys(note('Hi Tom, Acme Acme grew 40% — the handover at Acme', { company: 'Acme' }));
    expect(keys).toEqual(['hi', RECIPIENT_WORD, 'grew', NUMBER_WORD, 'the', 'handover', 'at']);
    // Without a greeting the first word is a word like any other.
    expect(wordingKeys(note('Tom said hello'))).toEqual(['tom', 'said', 'hello']);
  });
});

describe('the packed model', () => {
  it('reads a line per weight in tenths and skips what it cannot read', () => {
    const m = unpack({ rules: 0.5, bias: -0.1, lift: 1, words: '\n-20 network expand\nnot-a-number word\n\n15 handover\n7\n' });
    expect([...m.words].map(([w, e]) => [w, e.weight])).toEqual([['network', -2], ['expand', -2], ['handover', 1.5]]);
    expect([m.rules, m.bias]).toEqual([0.5, -0.1]);
  });
  it('ships a few thousand words, with the vocabulary of templates below zero and of particulars above', () => {
    const m = wordingModel();
    expect(m.words.size).toBeGreaterThan(1000);
    expect(m.words.get('network')!.weight).toBeLessThan(0);
    expect(m.words.get('connect')!.weight).toBeLessThan(0);
    expect(m.words.get('rethink')!.weight).toBeGreaterThan(0);
  });
});

describe('the lift', () => {
  it('comes from content words, divided by the square root of the known words', () => {
    const n = note('the sourdough handover');
    const { lift, by } = wordingLift(n, model, []);
    // The words weigh 5 in all, but "the" lifts nothing: the content words' 4, over √3 known words.
    expect(lift).toBeCloseTo(4 / Math.sqrt(3));
    expect(by.map((i) => n.toks[i].l)).toEqual(['sourdough', 'handover']);
  });
  it('is never below zero, and template words cancel it', () => {
    expect(wordingLift(note('expand the network'), model, []).lift).toBe(0);
    expect(wordingLift(note('expand my network, handover'), model, []).lift).toBe(0);
  });
  it('does not come from little words alone, however much they weigh', () => {
    expect(wordingLift(note('Thanks for the call on Monday'), model, []).lift).toBe(0);
  });
  it('counts a word once, however often the note repeats it', () => {
    expect(wordingLift(note('sourdough sourdough sourdough'), model, []).lift).toBeCloseTo(2.5);
  });
  it('ignores words inside text the rules found generic', () => {
    const n = note('great sourdough, expand');
    expect(wordingLift(n, model, [[0, 15]]).lift).toBe(0);
    expect(wordingLift(n, model, []).lift).toBeGreaterThan(0);
  });
  it('stays small on a huge note of rare words, and the reason quotes the note as text', () => {
    const m = unpack({ rules: 1, bias: 0, lift: 1, words: '30 onerror' });
    const text = `<img src=x onerror=alert(1)> ${'zzq '.repeat(3000)}`;
    const n = note(text);
    const { lift, by } = wordingLift(n, m, []);
    expect(lift).toBeCloseTo(3);
    expect(wordingHit(n, m, lift, by)).toMatchObject({ code: 'wording', text: "Words seldom seen in templates: 'onerror'" });
  });
  it('is not worth a reason when it is small', () => {
    const n = note('the handover and much more besides');
    expect(wordingHit(n, model, 0.3, [1])).toBeUndefined();
    expect(wordingHit(n, model, 0.5, [1])?.span).toEqual([4, 12]);
  });
});

describe('the words in the verdict', () => {
  it('lift a note whose particulars no rule names, and say which words did', () => {
    const note = 'drove over the bridge you retrofitted this morning, smooth as anything';
    const a = analyzeNote(note);
    expect(a.verdict).toBe('personal');
    expect(rulesScore(readNote(note))).toBeLessThan(50);
    expect(a.reasons[0]).toMatchObject({ code: 'wording', text: expect.stringMatching(/^Words seldom seen in templates: 'bridge'/), span: [15, 21] });
  });
  it('never lift a note the rules know is a template', () => {
    const words = 'drove over the bridge you retrofitted this morning, smooth as anything';
    const unfilled = analyzeNote(`Hi {firstName}, ${words}`);
    expect(unfilled.verdict).toBe('template');
    expect(unfilled.reasons.map((r) => r.code)).not.toContain('wording');
    const others = analyzeNote(words, { others: [1, 2, 3].map((i) => ({ sender: `s${i}`, text: words })), sender: 'me' });
    expect(others.verdict).toBe('template');
    expect(others.reasons.map((r) => r.code)).not.toContain('wording');
  });
  it('leave the default invitation and a plain thanks templates', () => {
    expect(analyzeNote("Hi Dana, I'd like to add you to my professional network on LinkedIn.").verdict).toBe('template');
    expect(analyzeNote('Thanks for the connection on LinkedIn, happy to be in touch.').verdict).toBe('template');
  });
});

describe('the shipped model', () => {
  it('is what `npm run train` makes from the tuning sets and their first-look scores', () => {
    const data = examples();
    const m = train(data);
    if (render(m, data.length) === readFileSync(OUT, 'utf8')) return;
    // Another Node may round a last digit differently (Math.exp is not exactly specified): a weight may then land one
    // tenth away, never more.
    const fresh = unpack({ ...m, words: m.byWeight.map(([t, words]) => `${t} ${words.join(' ')}`).join('\n') });
    const shipped = wordingModel();
    expect(Math.abs(fresh.rules - shipped.rules) + Math.abs(fresh.bias - shipped.bias) + Math.abs(fresh.lift - shipped.lift)).toBeLessThan(0.005);
    for (const w of new Set([...fresh.words.keys(), ...shipped.words.keys()]))
      expect(Math.abs((fresh.words.get(w)?.weight ?? 0) - (shipped.words.get(w)?.weight ?? 0)), w).toBeLessThan(0.15);
  });
});
