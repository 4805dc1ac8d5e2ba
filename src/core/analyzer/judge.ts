import type { Analysis, Reason, Recipient, Verdict } from '../model';
import { companyNews, lexicon, looseDetails, placeholders, sharedHistory, recipientMentions, shape, type Hit, type Note } from './signals';
import { pointsMade, references } from './references';
import { meetings } from './meetings';
import { mutuals } from './mutuals';
import { lowered } from './phrases';
import { ties } from './ties';
import { moments } from './moments';
import { questions } from './questions';
import { favours } from './favours';
import { combined, wordingHit, wordingLift, wordingModel } from './wording';
import type { Matches } from './cross-sender';
import { MAX_CHARS, recipientWords, signatureStart, tokens, type Span } from './text';

export interface JudgeContext {
  recipient?: Recipient;
  /** What cross-sender detection found for this note (see cross-sender.ts), when it was run. */
  matches?: Matches;
  /** Whose point of view the reasons take: "incoming" (the user received the note: "your company") or
   *  "outgoing" (the user is writing it to someone: "their company"). Default "incoming". */
  perspective?: 'incoming' | 'outgoing';
}

/** Log-odds when nothing at all is said about the recipient: most such notes are templates. */
const BIAS = -0.4;

const HARD = new Set(['placeholder', 'merge-artifact', 'same-text']);
const PITCH = new Set(['pitch', 'job-boilerplate']);

/** The rules' evidence is in units set by hand; this turns it into log-odds, the scale the wording model
 *  (wording.ts) learned to weigh it on, and from there the score is the model's probability of "personal". */
const SHARPNESS = 1.5;

function toReason(h: Hit): Reason {
  const r: Reason = { code: h.code, text: h.text.slice(0, 300) };
  if (h.span) r.span = h.span;
  return r;
}

function matched(m: Matches | undefined): Hit[] {
  const out: Hit[] = [];
  if (!m) return out;
  if (m.library) out.push({ code: 'known-template', text: `Matches ${m.library}`, weight: -5 });
  const k = m.senders;
  if (k > 0) out.push({ code: 'same-text', text: `Same text as ${k} other sender${k === 1 ? '' : 's'}`, weight: -4.5 - 0.5 * Math.min(k - 1, 4) });
  return out;
}

/** A note as the signals read it: its words, the recipient's words, where a signature starts. */
export function readNote(t: string, context: JudgeContext = {}): Note {
  const toks = tokens(t);
  return {
    t,
    lower: lowered(t),
    toks,
    skip: recipientWords(context.recipient),
    sigAt: signatureStart(t, toks),
    w: context.perspective === 'outgoing' ? { your: 'their', you: 'them' } : { your: 'your', you: 'you' },
    recipient: context.recipient,
  };
}

/** What the rules find in a note, and their evidence in all (log-odds in their own units, see SHARPNESS). `sure`: the
 *  rules know it is a template (a slot left unfilled, the text of other senders or of a known template); `holes`:
 *  it has an unfilled slot. */
export function weighRules(n: Note, matches?: Matches): { hits: Hit[]; z: number; holes: boolean; sure: boolean } {
  const used: Span[] = [];
  const holes = placeholders(n);
  const positive = [...references(n, used), ...meetings(n, used), ...sharedHistory(n, used), ...ties(n, used), ...moments(n, used), ...questions(n, used), ...favours(n, used), ...pointsMade(n, used), ...mutuals(n)];
  const news = companyNews(n, used);
  const loose = looseDetails(n, used);
  const hits: Hit[] = [
    ...holes,
    ...lexicon(n),
    ...positive,
    ...news,
    ...loose,
    ...recipientMentions(n, used),
    ...matched(matches),
  ];
  hits.push(...shape(n));

  // Boilerplate around a specific reference does not undo it (a personal note may still say "would love to
  // connect"), so generic evidence is capped lower when the note names something specific; a pitch is not.
  const specific = positive.some((h) => h.weight > 0) || loose.some((h) => h.weight >= 1.5);
  let generic = 0;
  let pitch = 0;
  let hard = 0;
  let pos = 0;
  for (const h of hits) {
    if (h.weight >= 0) pos += h.weight;
    else if (HARD.has(h.code)) hard += h.weight;
    else if (PITCH.has(h.code)) pitch += h.weight;
    else generic += h.weight;
  }
  const z = BIAS + Math.min(pos, 8) + Math.max(generic, specific ? -1.5 : -8) + Math.max(pitch, specific ? -2 : -6) + hard;
  return { hits, z, holes: holes.some((h) => h.code === 'placeholder'), sure: hard < 0 || hits.some((h) => h.code === 'known-template') };
}

/** The rules' evidence alone as the score they would give (what the wording model is trained against, see
 *  tests/train/first-look.ts). */
export const rulesScore = (n: Note, matches?: Matches) => Math.round(100 / (1 + Math.exp(-SHARPNESS * weighRules(n, matches).z)));

/** The text the rules found generic. */
export const judgedSpans = (hits: Hit[]) => hits.filter((h) => h.weight < 0 && h.span).map((h) => h.span!);

/** Judges a connection-request note: no note, a template that would fit anyone, or a note written for this person.
 *  This is the part every LinkedIn page runs; comparing the note with other senders' notes and with the built-in
 *  library (cross-sender.ts) runs where those notes are, in the background, and arrives as `context.matches`.
 *  `analyzeNote` (index.ts) does both. */
export function judgeNote(note: string | undefined | null, context: JudgeContext = {}): Analysis {
  const raw = typeof note === 'string' ? note : '';
  if (!raw.trim()) return { verdict: 'none', score: 0, reasons: [{ code: 'no-note', text: 'No note' }] };
  const t = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
  const outgoing = context.perspective === 'outgoing';
  const n = readNote(t, context);
  const { hits, z, holes, sure } = weighRules(n, context.matches);
  // The words weigh in last (wording.ts), and only ever for "personal": the words of a template are the rules' to
  // find and name, while the words of a note only this recipient could get are what no list of phrases foresees. Nor
  // may they lift a note the rules know is a template: a slot left unfilled, the text of other senders or of a known
  // template.
  const m = wordingModel();
  const { lift, by } = sure ? { lift: 0, by: [] } : wordingLift(n, m, judgedSpans(hits));
  const wordHit = wordingHit(n, m, lift, by);
  if (wordHit) hits.push(wordHit);
  let score = Math.round(100 / (1 + Math.exp(-combined(SHARPNESS * z, lift, m))));
  let verdict: Verdict = score >= 50 ? 'personal' : 'template';
  if (holes) {
    verdict = 'template';
    score = Math.min(score, 5);
  }
  score = Math.max(verdict === 'personal' ? 50 : 0, Math.min(verdict === 'template' ? 49 : 100, score));

  // Reasons that support the verdict come first, strongest first; the rest follow so the person sees both sides.
  const sign = verdict === 'personal' ? 1 : -1;
  hits.sort((a, b) => sign * b.weight - sign * a.weight);
  // A personal verdict always has evidence for it (the bias is negative); a template may have none.
  if (!hits.some((h) => h.weight * sign > 0)) hits.unshift({ code: 'nothing-specific', text: `Nothing clearly written for ${outgoing ? 'them' : 'you'}`, weight: 0 });
  // A sentence said four times is one reason, not four.
  const shown = new Set<string>();
  const reasons = hits.filter((h) => !shown.has(h.code + h.text) && shown.add(h.code + h.text)).slice(0, 39).map(toReason);
  if (raw.length > MAX_CHARS) reasons.push({ code: 'capped', text: `Only the first ${MAX_CHARS} characters were read` });
  return { verdict, score, reasons };
}
