import type { Recipient } from '../model';
import { LEXICON, lexiconEntry, type Kind } from './lexicon';
import { lowered, PhraseSet, WORD_CHAR } from './phrases';
import {
  clip,
  findingEnd,
  contentWords,
  details,
  FIRST_WORD,
  SECOND_WORD,
  EMPTY_GREETING,
  MAYBE_EMPTY_GREETING,
  placeholderSlots,
  sentenceBounds,
  type Detail,
  type Span,
  type Token,
} from './text';

/** One piece of evidence. `weight` is log-odds towards "personal" (negative: towards "template"). */
export interface Hit {
  code: string;
  text: string;
  weight: number;
  span?: Span;
}

export interface Words {
  /** "your" for notes the user received, "their" for a draft the user writes to someone. */
  your: string;
  you: string;
}

export interface Note {
  t: string;
  /** `t` lower-cased, same offsets (see `lowered`). */
  lower: string;
  toks: Token[];
  skip: Set<string>;
  sigAt: number;
  w: Words;
  recipient?: Recipient;
  details?: Detail[];
}

/** Details are found once per note; each signal looks at the ones inside its own window. */
export function within(n: Note, s: number, e: number): Detail[] {
  n.details ??= details(n.t, n.lower, n.skip, n.sigAt, n.toks);
  return n.details.filter((d) => d.span[0] >= s && d.span[1] <= e);
}

export const quoteOf = (n: Note, s: Span) => `'${clip(n.t.slice(s[0], s[1]))}'`;

export function placeholders(n: Note): Hit[] {
  const out: Hit[] = [];
  for (const [at, slot] of placeholderSlots(n.t))
    out.push({ code: 'placeholder', text: `Unfilled placeholder: '${clip(slot, 40)}'`, weight: -8, span: [at, at + slot.length] });
  const g = MAYBE_EMPTY_GREETING.test(n.t) ? EMPTY_GREETING.exec(n.t) : null;
  if (g) out.push({ code: 'merge-artifact', text: 'Greeting with the name left out', weight: -3, span: [g.index, g.index + g[0].length] });
  return out;
}

const KIND: Record<Kind, [string, string]> = {
  g: ['generic-phrase', 'Generic phrase'],
  p: ['pitch', 'Sales pitch'],
  j: ['job-boilerplate', 'Job-search or recruiting line'],
  f: ['profile-fact', 'Restates a profile fact'],
};

export function lexicon(n: Note): Hit[] {
  const out: Hit[] = [];
  for (const m of LEXICON.match(n.lower, n.toks)) {
    const [w, kind] = lexiconEntry(m.entry);
    const [code, label] = KIND[kind];
    const span: Span = [m.s, m.e];
    out.push({ code, text: `${label}: ${quoteOf(n, span)}`, weight: -w, span });
  }
  return out;
}

const describe = (d: Detail[], n: Note) => d.slice(0, 3).map((x) => clip(n.t.slice(x.span[0], x.span[1]), 30)).join(', ');

const SHARED = new PhraseSet('shared', [
    "(we|we've|we have|we were|you and i) (both )?@(were|worked|studied|volunteered|served|collaborated|played|trained|shared|built|ran|spoke|sat|met) (together )?(in|at|on|with|for)|(been )?collaborating (on|with)|i was the @one|i was on the @team|i was in the @audience|(we|you and i) (shared|split) (a|the) @(panel|stage|table|ride|cab|taxi|flight|booth|desk|office|flat|apartment)|(same|one) ([^\\s]+ )?@(cohort|class|team|lab|batch|program|project)",
    // "we were both on the Amazon Fresh launch team", "we overlapped at Epic", "eravamo entrambi nel team Unicredit",
    // "nous étions tous les deux dans l'équipe paiement", "trabalhamos juntas na Natura".
    "(we|you and i) @went through ([^\\s]+ ){1,5}together|we were @both (on|in|part of)|we @overlapped (at|on|in)|@(eravamo|éramos|étions|estávamos|estabamos) (entrambi|tutti e due|ambos|ambas|los dos|las dos|tous les deux|toutes les deux|os dois|as duas) (nel|nella|nello|in|en|na|no|dans|chez|al|alla)|@(trabalhamos|trabajamos) (juntas|juntos)|abbiamo @lavorato insieme|wir @waren beide (bei|im|in)|wir haben (\\w+ )?@zusammen (bei|an|im|am)",
]);

/** Shared history ("we were in the same cohort at …"), which counts only with something concrete in it: "we both
 *  went to Oxford" is a profile fact. */
export function sharedHistory(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of SHARED.match(n.lower, n.toks)) {
    const start = m.s;
    const end = findingEnd(n.t, start);
    const d = within(n, start, end).filter((x) => !(x.kind === 'name' && /\b(at|in)\s+(the\s+)?$/i.test(n.t.slice(Math.max(0, x.span[0] - 8), x.span[0])) && x.span[0] - start < 40 && d0(n, x)));
    if (!d.length) continue;
    const span: Span = [start, end];
    used.push(span);
    out.push({ code: 'shared-history', text: `Shared history: ${quoteOf(n, span)}`, weight: 2.5, span });
  }
  return out;
}
// A lone place after "at"/"in" is usually a school or employer slot, not a detail of what happened there.
const d0 = (n: Note, x: Detail) => !/[-\d]/.test(n.t.slice(x.span[0], x.span[1]));

/** Whether the sentence around `i` is about the sender ("I'm the founder of LedgerLoop", "We've helped Netflix"):
 *  names there describe the sender, not something shared with the recipient. */
function aboutSender(n: Note, i: number): boolean {
  const [s, e] = sentenceBounds(n.t, i);
  let self = false;
  let prev = '';
  const toks = n.toks;
  for (let j = firstTokenAfter(toks, s); j < toks.length; j++) {
    const k = toks[j];
    if (k.s >= e) break;
    if (k.is & SECOND_WORD) return false;
    // "This is Tom from Acme Analytics", "it's Reese from…": the sender introducing themselves.
    if (k.is & FIRST_WORD || (prev === 'this' && k.l === 'is') || (k.l === "it's" && toks[j + 1]?.w[0] !== toks[j + 1]?.l[0] && toks[j + 2]?.l === 'from')) self = true;
    prev = k.l;
  }
  return self;
}

/** The index of the first token ending after `at` (tokens are in order). */
export function firstTokenAfter(toks: Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].e <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Something the recipient did counts for more when the sentence says what it was ("thanks for the PR that fixed the
 *  timezone bug in dayjs") than when it does not ("saw you posted about AI"). */
function deedWeight(n: Note, x: Detail): number {
  const end = sentenceBounds(n.t, x.span[0])[1];
  return contentWords(n.t, x.span[1], Math.min(end, x.span[1] + 100), n.skip) >= 2 ? 2.5 : 1.5;
}

/** Concrete details anywhere else in the note (names of things, numbers, dates, quoted titles), counted for little
 *  in sentences about the sender. */
export function looseDetails(n: Note, used: Span[]): Hit[] {
  const d = within(n, 0, n.t.length).filter((x) => !used.some((u) => x.span[0] >= u[0] && x.span[1] <= u[1]));
  if (!d.length) return [];
  let w = 0;
  // A date says when something happened; alone ("great to be at the same conference last week") it says no more.
  const dated = d.some((x) => x.kind !== 'time') ? 0.5 : 0.3;
  for (const x of d) w += x.kind === 'deed' ? deedWeight(n, x) : (x.kind === 'quote' ? 1.5 : x.kind === 'time' ? dated : 0.35) * (aboutSender(n, x.span[0]) ? 0.2 : 1);
  return [{ code: 'details', text: `Concrete details: ${describe(d, n)}`, weight: Math.round(Math.min(2.5, w) * 100) / 100, span: d[0].span }];
}

/** Where the note names `name` as a whole word (case aside), or -1. */
function mentionAt(n: Note, name: string): number {
  const at = n.lower.indexOf(name.toLowerCase());
  return at < 0 || WORD_CHAR.test(n.lower[at - 1] ?? '') || WORD_CHAR.test(n.lower[at + name.length] ?? '') ? -1 : at;
}
const CONGRATS = /(?:congrats|congratulations|kudos|parabéns|felicidades|félicitations|complimenti|glückwunsch)(?: to| on| pela| pelo| por| pour| per| zu| an)?(?: the team at| the team| everyone at| all at)?\s+$/;
const congratulated = (n: Note, at: number) => CONGRATS.test(n.lower.slice(Math.max(0, at - 24), at));

/** "Congratulations on Pantry Labs making the Forbes list": the company's news, which every colleague shares. The
 *  sentence's details are the company's, not the recipient's, so they are marked used. */
export function companyNews(n: Note, used: Span[]): Hit[] {
  const name = n.recipient?.company?.trim();
  if (!name || name.length < 2) return [];
  const at = mentionAt(n, name);
  if (at < 0 || !congratulated(n, at)) return [];
  const span = sentenceBounds(n.t, at);
  used.push(span);
  return [{ code: 'company-news', text: `Congratulates ${n.w.your} company (${clip(n.t.slice(at, at + name.length), 40)}): news every colleague shares`, weight: -1.5, span }];
}

// A page of notes is judged for one recipient (the user): their headline's runs of words are read once.
const heads = new WeakMap<Recipient, string[]>();

/** The recipient's company, school or headline in the note. Inside a specific reference it supports it; on its own
 *  it is a filled slot ("I see you work at Acme"). */
export function recipientMentions(n: Note, specific: Span[]): Hit[] {
  const r = n.recipient;
  if (!r) return [];
  const out: Hit[] = [];
  const fields: [string | undefined, string, string][] = [
    [r.company, 'recipient-company', 'company'],
    [r.school, 'recipient-school', 'school'],
  ];
  for (const [v, code, label] of fields) {
    const name = v?.trim();
    if (!name || name.length < 2) continue;
    const at = mentionAt(n, name);
    if (at < 0) continue;
    // A school that is also the employer ("TU Graz" for a professor) is one mention, not two.
    if (out.some((o) => o.span?.[0] === at)) continue;
    const span: Span = [at, at + name.length];
    const [ss, se] = sentenceBounds(n.t, at);
    const inSpecific = specific.some((s) => s[0] < se && ss < s[1]);
    // (Congratulations on the company's news are companyNews's.)
    if (code === 'recipient-company' && congratulated(n, at)) continue;
    out.push({ code, text: `Mentions ${n.w.your} ${label} (${clip(n.t.slice(span[0], span[1]), 40)})`, weight: inSpecific ? 0.3 : -0.6, span });
  }
  // Runs of two to four headline words, longest first.
  let runs = heads.get(r);
  if (!runs) {
    const head = lowered(r.headline ?? '').split(/[\s,.;:|/()@·•–—-]+/).filter((w) => w.length > 2);
    runs = [];
    for (let len = Math.min(4, head.length); len >= 2; len--) for (let i = 0; i + len <= head.length; i++) runs.push(head.slice(i, i + len).join(' '));
    heads.set(r, runs);
  }
  // Only a note with two of the headline's words can repeat a run of them.
  let shared = 0;
  for (const k of n.toks) if (n.skip.has(k.l) && ++shared > 1) break;
  for (const run of shared > 1 ? runs : []) {
    const hit = n.lower.indexOf(run);
    if (hit < 0) continue;
    // A headline run that is just the company or school already named above is not a second finding.
    if (out.some((o) => o.span && o.span[0] < hit + run.length && hit < o.span[1])) break;
    {
      out.push({ code: 'recipient-headline', text: `Repeats ${n.w.your} headline ('${clip(n.t.slice(hit, hit + run.length), 40)}')`, weight: -0.6, span: [hit, hit + run.length] });
      break;
    }
  }
  return out;
}


export function shape(n: Note): Hit[] {
  const out: Hit[] = [];
  let first = 0;
  let second = 0;
  for (const k of n.toks) {
    if (k.is & FIRST_WORD) first++;
    else if (k.is & SECOND_WORD) second++;
  }
  if (first >= 4 && first >= 2.5 * Math.max(1, second))
    out.push({ code: 'self-focused', text: `Mostly about the sender, not about ${n.w.you}`, weight: -0.8 });
  return out;
}
