import type { Analysis, Reason, Verdict } from './model';

// The composer's meter reads the analyzer's verdict on a draft; its levels and tips are the composer's wording, not
// the analyzer's judgement.

export interface Meter {
  score: number;
  verdict: Verdict;
  /** For the meter's colour: empty, generic (reads like a template), ok (borderline), personal. */
  level: 'empty' | 'generic' | 'ok' | 'personal';
  reasons: Reason[];
  /** One suggestion for making the draft more personal, when it needs one. */
  tip?: string;
}

/** The composer's personalization meter for the analyzer's verdict on a draft (judged from the writer's side,
 *  perspective "outgoing", in the background where the analyzer runs). */
export function meterOf(a: Analysis): Meter {
  const level = a.verdict === 'none' ? 'empty' : a.score >= 65 ? 'personal' : a.score >= 50 ? 'ok' : 'generic';
  const codes = new Set(a.reasons.map((r) => r.code));
  const tip = codes.has('placeholder')
    ? 'Fill in or remove the placeholders.'
    : codes.has('pitch')
      ? 'Leave the pitch out: a request that sells reads as a template.'
      : a.verdict === 'none'
        ? 'Add a line about why you want to connect.'
        : level === 'personal'
          ? undefined
          : 'Mention something only they would recognise: their post or talk, where you met, who introduced you.';
  return { score: a.score, verdict: a.verdict, level, reasons: a.reasons, tip };
}
