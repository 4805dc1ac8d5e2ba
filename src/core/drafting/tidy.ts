// Filling leaves gaps where a variable had no value or an optional section was dropped. Gaps are marked
// with private-use characters while filling, and only the text right around a mark is tidied: the
// person's own wording elsewhere (their spacing, their punctuation) is never rewritten.

/** A variable that had no value. */
export const VAR_GAP = '\uE000';
/** An optional section that was dropped. */
export const SECTION_GAP = '\uE001';
const ANY = '[\\uE000\\uE001]';
const V = VAR_GAP;

export const stripGapMarks = (s: string) => s.replace(/[\uE000\uE001]/g, '');

// Words left dangling when the noun after them disappears ("we met at {event}." → "we met."). Only for
// variable gaps: an optional section carries its own connecting words.
const DANGLING = 'at|in|from|with|of|on|about|for|to|the|a|an|via|like|as|your|my|our|their|and|or|&';

type Rule = [RegExp, string | ((...m: string[]) => string)];

const RULES: Rule[] = [
  // Neighbouring gaps are one gap; the first decides the kind.
  [new RegExp(`(${ANY})[ \\t]*${ANY}`, 'g'), '$1'],
  // "at {company}'s event" → "at the event" (capitalised when it starts a sentence).
  [new RegExp(`(^|\\n|[.!?][ \\t]+)([ \\t]*)${V}['’]s(?![\\p{L}\\p{N}])`, 'gu'), '$1$2The'],
  [new RegExp(`${V}['’]s(?![\\p{L}\\p{N}])`, 'gu'), 'the'],
  // Nothing left inside brackets or quotes.
  [new RegExp(`\\([ \\t]*(${ANY})[ \\t]*\\)`, 'g'), '$1'],
  [new RegExp(`\\[[ \\t]*(${ANY})[ \\t]*\\]`, 'g'), '$1'],
  [new RegExp(`"[ \\t]*(${ANY})[ \\t]*"`, 'g'), '$1'],
  [new RegExp(`“[ \\t]*(${ANY})[ \\t]*”`, 'g'), '$1'],
  [new RegExp(`‘[ \\t]*(${ANY})[ \\t]*’`, 'g'), '$1'],
  [new RegExp(`(?<![\\p{L}\\p{N}])(?:${DANGLING})[ \\t]+${V}`, 'giu'), V],
  // ", {x}." → "." and ", {x}," → ",".
  [new RegExp(`[,;:][ \\t]*(${ANY})[ \\t]*([.!?,;:])`, 'g'), '$1$2'],
  // A sentence that was only a variable: "Thanks. {reason}. See you" → "Thanks. See you".
  [new RegExp(`([.!?])([ \\t]*)(${ANY})[ \\t]*[.,;:!?]+`, 'g'), '$1$2$3'],
  // Punctuation left at the start of a line: "{firstName}, thanks" → "thanks".
  [new RegExp(`(^|\\n)([ \\t]*)(${ANY})[ \\t]*[.,;:!?]+`, 'g'), '$1$2$3'],
  // The sentence now starts with the next word: give it its capital.
  [
    new RegExp(`(^|\\n|[.!?][ \\t]+)([ \\t]*)(${ANY})[ \\t]*(\\p{Ll})`, 'gu'),
    (_m, a, b, gap, letter) => `${a}${b}${gap} ${letter.toUpperCase()}`,
  ],
];

const OPENERS = new Set(['(', '[', '{', '“', '‘', '¿', '¡', '\n']);
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', '…', ')', ']', '}', '”', '’', '\n']);

/** Remove gap marks from one line, leaving at most one space where words meet across a gap. */
function closeGaps(line: string): string {
  return line.replace(new RegExp(`([ \\t]*)${ANY}+([ \\t]*)`, 'g'), (m, left: string, right: string, at: number, s: string) => {
    const prev = s[at - 1];
    const next = s[at + m.length];
    if (prev === undefined || next === undefined || OPENERS.has(prev) || CLOSERS.has(next)) return '';
    return left || right ? ' ' : '';
  });
}

export function tidyGaps(text: string): string {
  if (!/[\uE000\uE001]/.test(text)) return text;
  let s = text;
  for (let i = 0; i < 10; i++) {
    const before = s;
    for (const [re, to] of RULES) s = s.replace(re, to as string);
    if (s === before) break;
  }
  const out: string[] = [];
  const lines = s.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/[\uE000\uE001]/.test(line)) {
      out.push(line);
      continue;
    }
    const closed = closeGaps(line).replace(/[ \t]+$/, '');
    if (/^[\s\p{P}]*$/u.test(closed)) {
      // The line held only what was removed: drop it, and do not leave two blank lines in its place.
      if (out.length && out[out.length - 1].trim() === '' && (lines[i + 1] ?? '').trim() === '') i++;
      continue;
    }
    out.push(closed);
  }
  return out.join('\n');
}
