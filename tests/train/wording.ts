// `npm run train`: learns the wording model (src/core/analyzer/wording.ts) from the tuning sets and writes it to
// src/core/analyzer/wording-data.ts. Each note's words are weighed against the score the rules gave it at first look
// (tests/fixtures/notes/first-look.json, see first-look.ts), so the words learn what the rules miss on notes they have
// not seen. Logistic regression by AdaGrad, in a fixed order: the same data gives the same file. The held-out, blind
// and dev sets are never read.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgedSpans, readNote, weighRules } from '../../src/core/analyzer/judge';
import type { Note } from '../../src/core/analyzer/signals';
import type { Span } from '../../src/core/analyzer/text';
import { CLAMP, unpack, wordingKeys, wordingLift } from '../../src/core/analyzer/wording';
import type { Recipient } from '../../src/core/model';
import { TUNING } from '../bench/analyzer';
import { FIRST_LOOK, type FirstLook } from './first-look';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const OUT = path.join(root, 'src/core/analyzer/wording-data.ts');

/** A word must be in this many training notes to get a weight: rarer ones are the notes' own, not a vocabulary. */
const MIN_NOTES = 3;
const L2 = 1e-4;
const EPOCHS = 30;
const RATE = 0.1;

interface Example {
  /** The rules' log-odds at first look. */
  rules: number;
  words: string[];
  personal: number;
  note: Note;
  /** The labelled set it is from. */
  set: string;
  /** What today's rules found generic, and whether they are sure it is a template (see judge.ts). */
  judged: Span[];
  sure: boolean;
}

const logit = (score: number) => {
  const p = Math.min(99, Math.max(1, score)) / 100;
  return Math.log(p / (1 - p));
};

export function examples(): Example[] {
  const first = JSON.parse(readFileSync(FIRST_LOOK, 'utf8')) as FirstLook;
  const out: Example[] = [];
  for (const file of TUNING) {
    const set = file.replace('.jsonl', '');
    const scores = first[set]?.scores;
    if (!scores) throw new Error(`${set} has no first look: run npm run train:first-look`);
    for (const line of readFileSync(path.join(root, 'tests/fixtures/notes', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; label: string; placeholders: boolean; recipient?: Recipient };
      if (r.placeholders || r.label === 'none' || scores[r.id] === undefined) continue;
      const note = readNote(r.text, { recipient: r.recipient });
      const { hits, sure } = weighRules(note);
      const rules = Math.max(-CLAMP, Math.min(CLAMP, logit(scores[r.id])));
      out.push({ rules, words: wordingKeys(note), personal: r.label === 'personal' ? 1 : 0, note, set, judged: judgedSpans(hits), sure });
    }
  }
  return out;
}

/** Word weights in tenths, by weight, learned by AdaGrad together with a provisional bias and rules' weight. */
function weights(data: Example[]): { byWeight: [number, string[]][]; bias: number; rules: number } {
  const seen = new Map<string, number>();
  for (const e of data) for (const w of e.words) seen.set(w, (seen.get(w) ?? 0) + 1);
  const vocab = [...seen].filter(([, c]) => c >= MIN_NOTES).map(([w]) => w).sort();
  const index = new Map(vocab.map((w, i) => [w, i]));
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0, rules = 1, gBias = 1e-8, gRules = 1e-8;
  const xs = data.map((e) => e.words.map((x) => index.get(x)).filter((i): i is number => i !== undefined));
  for (let epoch = 0; epoch < EPOCHS; epoch++)
    for (let q = 0; q < data.length; q++) {
      // A fixed shuffle: a prime stride through the examples, shifted each epoch.
      const k = (q * 7919 + epoch * 104729) % data.length;
      const x = xs[k];
      const scale = 1 / Math.sqrt(x.length || 1);
      let z = bias + rules * data[k].rules;
      for (const i of x) z += w[i] * scale;
      const err = 1 / (1 + Math.exp(-z)) - data[k].personal;
      for (const i of x) {
        const g = err * scale + L2 * w[i];
        g2[i] += g * g;
        w[i] -= (RATE / Math.sqrt(g2[i])) * g;
      }
      gBias += err * err;
      bias -= (RATE / Math.sqrt(gBias)) * err;
      const gr = err * data[k].rules;
      gRules += gr * gr;
      rules -= (RATE / Math.sqrt(gRules)) * gr;
    }
  // Weights in tenths: finer steps change no verdict on these sets, and words of one weight pack well together.
  const byWeight = new Map<number, string[]>();
  vocab.forEach((v, i) => {
    const tenths = Math.round(w[i] * 10);
    if (tenths) byWeight.set(tenths, [...(byWeight.get(tenths) ?? []), v]);
  });
  return { byWeight: [...byWeight].sort((a, b) => a[0] - b[0]), bias, rules };
}

export function train(data: Example[]) {
  // The lift is calibrated on notes the weights were not learned from: each set's lift comes from weights learned on
  // the other sets (in-sample, the words would tell every training note apart, and the lift would count ten times over).
  const lifts = new Map<Example, number>();
  for (const set of new Set(data.map((e) => e.set))) {
    const m = model(weights(data.filter((e) => e.set !== set)).byWeight);
    for (const e of data) if (e.set === set) lifts.set(e, e.sure ? 0 : wordingLift(e.note, m, e.judged).lift);
  }
  const all = weights(data);
  return { byWeight: all.byWeight, ...calibrate(data, lifts, all) };
}

const model = (byWeight: [number, string[]][]) => unpack({ rules: 1, bias: 0, lift: 1, words: byWeight.map(([t, words]) => `${t} ${words.join(' ')}`).join('\n') });

/** The score is a probability when the log-odds are: the weights were learned as if every word counted both ways, but
 *  the judge only lets them lift (wording.ts), so the log-odds are scaled by one number fitted to the lift as the judge
 *  computes it (logistic regression on k·z, by Newton's method). Only scaled: fitting a new bias too would move the
 *  line between template and personal to suit the tuning sets, which the dev set of published notes says hurts
 *  (12 errors in 78 when tried, against 2). */
function calibrate(data: Example[], lifts: Map<Example, number>, first: { bias: number; rules: number }) {
  const zs = data.map((e) => first.bias + first.rules * e.rules + lifts.get(e)!);
  let k = 1;
  for (let iter = 0; iter < 50; iter++) {
    let g = 0;
    let h = L2;
    data.forEach((e, i) => {
      const p = 1 / (1 + Math.exp(-k * zs[i]));
      g += (p - e.personal) * zs[i];
      h += p * (1 - p) * zs[i] * zs[i];
    });
    k -= g / h;
  }
  return { bias: k * first.bias, rules: k * first.rules, lift: k };
}

/** The source of wording-data.ts for a trained model. */
export function render(m: ReturnType<typeof train>, notes: number): string {
  const lines: string[] = [];
  for (const [tenths, words] of m.byWeight) for (let i = 0; i < words.length; i += 12) lines.push(`${tenths} ${words.slice(i, i + 12).join(' ')}`);
  return (
    `// Generated by \`npm run train\` (tests/train/wording.ts) from ${notes} labelled notes; do not edit by hand.\n` +
    `// A line per weight: the weight in tenths of log-odds towards "personal", then the words that have it.\n` +
    `export const WORDING = {\n  rules: ${m.rules.toFixed(3)},\n  bias: ${m.bias.toFixed(3)},\n  lift: ${m.lift.toFixed(3)},\n  words: \`\n${lines.join('\n')}\n\`,\n};\n`
  );
}

function main() {
  const data = examples();
  const m = train(data);
  writeFileSync(OUT, render(m, data.length));
  const count = m.byWeight.reduce((n, [, words]) => n + words.length, 0);
  process.stderr.write(`wording: ${count} words from ${data.length} notes; rules ×${m.rules.toFixed(2)}, lift ×${m.lift.toFixed(2)}, bias ${m.bias.toFixed(2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
