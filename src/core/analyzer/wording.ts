import type { Hit, Note } from './signals';
import { FIRST, FUNCTION, GREETING, hasDigit, SECOND, words, type Span } from './text';
import { WORDING } from './wording-data';

// The rules name what makes a note personal or a template; the words around them say it too, in ways no list of
// phrases foresees: templates are written from a small vocabulary ("expand", "network", "opportunities"), personal
// notes from the recipient's own world ("handover", "crosswalk", "allotment"). This is that vocabulary, a weight per
// word learned (tests/train/wording.ts) from the labelled notes against the score the rules gave each one before they
// were tuned on it, so the words add what the rules miss on notes they have never seen.

/** What a word stands for in the model: the recipient's own words (their name, company, headline) are one word, since
 *  a template fills them in as readily as a personal note; so are numbers. */
export const RECIPIENT_WORD = '<r>';
export const NUMBER_WORD = '<n>';

/** Where the name after an opening greeting is ("Hi Tom"): the recipient's, even when their profile is not known. */
const greetedAt = (n: Note) => (n.toks.length > 1 && GREETING.has(n.toks[0].l) ? 1 : -1);
const keyOf = (n: Note, i: number, greeted: number) => {
  const l = n.toks[i].l;
  return i === greeted || n.skip.has(l) ? RECIPIENT_WORD : hasDigit(l) ? NUMBER_WORD : l;
};

/** The note's distinct words as the model sees them (what training reads). */
export function wordingKeys(n: Note): string[] {
  const keys = new Set<string>();
  const greeted = greetedAt(n);
  for (let i = 0; i < n.toks.length; i++) keys.add(keyOf(n, i, greeted));
  return [...keys];
}

/** Words that say nothing of what a note is about: little words, pronouns, greetings and thanks. They weigh in the
 *  sum (templates and personal notes use them differently), but a lift must come from the others: "Thanks for the
 *  connection on LinkedIn" is not personal for its "the" and "on". */
const EMPTY = new Set([
  ...FUNCTION,
  ...FIRST,
  ...SECOND,
  ...GREETING,
  ...words('thanks thank merci gracias grazie danke obrigado obrigada'),
  ...words("he she him her his they them it's not no one here there well just have has had do does did after before then but if so because while"),
  ...words('er sie es ihr oder aber nicht auch noch schon mit von zu im am an auf für bei aus nach über war ist bin hat habe dass wie was'),
  ...words('du des ou mais pas ne que qui quand avec pour sur dans en au aux par est était ai ce cette'),
  ...words('de del al pero cuando con por para es era fue muy más sobre su sus do da dos das mas não quando com em no na é foi muito mais pela pelo sua seu seus suas'),
  ...words('di della dei delle nel nella sul sulla ma non che con per è sono molto più da'),
  RECIPIENT_WORD,
  NUMBER_WORD,
]);

interface Entry {
  weight: number;
  /** Whether the word can lift a note (not in EMPTY). */
  content: boolean;
  /** The last note that counted this word, so a word counts once per note. */
  seen: number;
}

export interface WordingModel {
  /** How much the rules' evidence counts (their log-odds, clamped to ±CLAMP) … */
  rules: number;
  /** … the log-odds with no evidence at all … */
  bias: number;
  /** … how much the words' lift counts (it is fitted after the weights, since only the lift is used) … */
  lift: number;
  /** … and each known word's weight, summed over the note's distinct known words and divided by the square root of
   *  their number (so a long note does not count its vocabulary many times over). */
  words: Map<string, Entry>;
}

/** The rules' log-odds past this are certain either way: a word model should not be outvoted by their sheer size. */
export const CLAMP = 4.6;

/** A model from its packed form: a line per weight, the weight in tenths of log-odds and then its words. */
export function unpack(packed: { rules: number; bias: number; lift: number; words: string }): WordingModel {
  const map = new Map<string, Entry>();
  for (const line of packed.words.split('\n')) {
    const [w, ...words] = line.trim().split(' ');
    const weight = Number(w) / 10;
    if (!words.length || !Number.isFinite(weight)) continue;
    for (const word of words) map.set(word, { weight, content: !EMPTY.has(word), seen: -1 });
  }
  return { rules: packed.rules, bias: packed.bias, lift: packed.lift, words: map };
}

let shipped: WordingModel | undefined;
/** The shipped model, unpacked on first use. */
export const wordingModel = () => (shipped ??= unpack(WORDING));

let stamp = 0;
const inside = (s: number, e: number, spans: Span[]) => spans.some((x) => s >= x[0] && e <= x[1]);

/** How far the words lift the note towards "personal", in log-odds (never below 0), and the tokens of the content
 *  words that lift it. Words inside `judged` (text the rules found generic) do not lift it: the rules have read them. */
export function wordingLift(n: Note, m: WordingModel, judged: Span[]): { lift: number; by: number[] } {
  const note = ++stamp;
  const greeted = greetedAt(n);
  let sum = 0;
  let content = 0;
  let known = 0;
  const by: number[] = [];
  for (let i = 0; i < n.toks.length; i++) {
    const k = n.toks[i];
    const e = m.words.get(keyOf(n, i, greeted));
    if (!e || e.seen === note) continue;
    e.seen = note;
    known++;
    sum += e.weight;
    if (e.weight > 0 && e.content && (!judged.length || !inside(k.s, k.e, judged))) {
      content += e.weight;
      by.push(i);
    }
  }
  if (sum <= 0 || content <= 0) return { lift: 0, by: [] };
  return { lift: (m.lift * Math.min(sum, content)) / Math.sqrt(known), by };
}

/** The log-odds of "personal" from the rules' own log-odds and the words' lift. */
export function combined(rules: number, lift: number, m: WordingModel): number {
  return m.bias + m.rules * Math.max(-CLAMP, Math.min(CLAMP, rules)) + lift;
}

/** Below this lift the words are not worth a reason of their own. */
const NOTEWORTHY = 0.4;

/** The lift as a reason naming the words that weighed most, as the note wrote them. */
export function wordingHit(n: Note, m: WordingModel, lift: number, by: number[]): Hit | undefined {
  if (lift < NOTEWORTHY || !by.length) return undefined;
  // The four heaviest, by selection: `by` is short, and sorting it cost as much as finding it.
  const top: number[] = [];
  const weights = by.map((i) => m.words.get(n.toks[i].l)!.weight);
  for (let pick = 0; pick < 4 && pick < by.length; pick++) {
    let best = -1;
    for (let j = 0; j < by.length; j++) if (weights[j] > (best < 0 ? -Infinity : weights[best])) best = j;
    top.push(by[best]);
    weights[best] = -Infinity;
  }
  const first = n.toks[top[0]];
  let shown = '';
  for (const i of top) shown += `${shown ? ', ' : ''}'${n.toks[i].w}'`;
  return { code: 'wording', text: `Words seldom seen in templates: ${shown}`, weight: Math.round(lift * 100) / 100, span: [first.s, first.e] };
}
