import { describe, expect, it } from 'vitest';
import { judgeNote } from '@/src/core/analyzer/judge';
import { meterOf } from '@/src/core/meter';
import { BUILTIN_TEMPLATES } from '@/src/core/drafting/builtins';
import { fillTemplate } from '@/src/core/drafting/engine';
import type { Recipient } from '@/src/core/model';
import { reasonsForSender } from '@/src/features/composer/meter-wording';

// The meter's reasons as the person writing the note reads them, on the real analyzer.

const recipient: Recipient = { firstName: 'Oskar', lastName: 'Lindqvist', company: 'Brightwater Grids', headline: 'Data engineer', school: 'Uppsala University' };
const vars = { firstName: 'Oskar', lastName: 'Lindqvist', company: 'Brightwater Grids', role: 'Data engineer', school: 'Uppsala University', mutual: 'Hana Petit' };
/** The meter as the panel gets it: the background's analysis of the draft, from the writer's side. */
const personalizationMeter = (note: string, r: Recipient) => meterOf(judgeNote(note, { recipient: r, perspective: 'outgoing' }));
const shown = (note: string) => reasonsForSender(personalizationMeter(note, recipient).reasons).map((r) => r.text);

/** Reason text outside the parts quoted from the note itself (a specific reference's words follow "mentions their"). */
const ownWords = (text: string) =>
  text
    .replace(/'[^']*'/g, "''")
    .replace(/\([^)]*\)/g, '()')
    .replace(/^(Specific: mentions their) .*$/, '$1 …');

describe('meter reasons, phrased for the sender', () => {
  it('generic phrases read "Generic: …"', () => {
    expect(shown('Hi Oskar, I would like to expand my network.')).toContain("Generic: 'expand my network'");
  });

  it('a specific reference reads "Specific: mentions their …"', () => {
    const reasons = shown('Hi Oskar, your talk on grid battery forecasting changed how I plan storage.');
    expect(reasons.some((t) => /^Specific: mentions their talk on grid battery forecasting/.test(t))).toBe(true);
  });

  it('a note about the sender says "you", meaning the sender', () => {
    const reasons = reasonsForSender([{ code: 'self-focused', text: 'Mostly about the sender, not about them' }]).map((r) => r.text);
    expect(reasons).toEqual(['Mostly about you, not about them']);
  });

  it('an empty draft lists no "No note" reason (the verdict says it) but gets a tip', () => {
    const m = personalizationMeter('', recipient);
    expect(reasonsForSender(m.reasons)).toEqual([]);
    expect(m.tip).toBeTruthy();
  });

  it('leaves other and reworded reasons alone', () => {
    const r = [
      { code: 'generic-phrase', text: "Generic: 'hi'" },
      { code: 'self-focused', text: 'Mostly about you' },
      { code: 'met', text: "Refers to a meeting: 'at the fair'", span: [0, 3] as [number, number] },
    ];
    expect(reasonsForSender(r)).toEqual(r);
    expect(reasonsForSender(r)[2]).toBe(r[2]);
  });

  for (const t of BUILTIN_TEMPLATES) {
    for (const reason of [undefined, 'the Lisbon data meetup', 'your talk on grid battery forecasting']) {
      it(`built-in "${t.name}" ${reason ? `with "${reason}"` : 'without a reason'}: about them, in the sender's words`, () => {
        const note = fillTemplate(t.body, { ...vars, reason }).text;
        const reasons = shown(note);
        expect(reasons.length).toBeGreaterThan(0);
        for (const text of reasons) {
          expect(text).not.toMatch(/^Generic phrase:|the sender|^No note$/);
          // The recipient is "them"; "you" only ever means the person writing.
          expect(ownWords(text).replace(/^Mostly about you\b/, '')).not.toMatch(/\b(you|your|yours)\b/i);
        }
      });
    }
  }
});
