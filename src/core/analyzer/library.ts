import { comparable, signature, similarity, type Signature } from './minhash';
import { FUNCTION, tokens, type Token } from './text';

// Well-known invitation texts, matched the same way as notes from other senders. `{name}`-style slots are masked
// like real names, so a filled-in copy matches too.
const LINKEDIN = "LinkedIn's default invitation";
const OUTREACH = 'a common outreach template';
const TEMPLATES: [string, string][] = [
  [LINKEDIN, "I'd like to add you to my professional network on LinkedIn."],
  [LINKEDIN, 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.'],
  [LINKEDIN, 'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.'],
  [LINKEDIN, 'Me gustaría añadirte a mi red profesional en LinkedIn.'],
  [LINKEDIN, 'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.'],
  [LINKEDIN, 'Vorrei aggiungerti alla mia rete professionale su LinkedIn.'],
  [OUTREACH, 'Hi {name}, I came across your profile and would love to connect with you.'],
  [OUTREACH, 'Hi {name}, we help companies like {company} grow revenue. Would you be open to a quick call next week?'],
];

let sigs: Signature[] | undefined;

/** The closest built-in template, when the note is a copy of one. */
export function knownTemplate(sig: Signature, threshold: number): { name: string; similarity: number } | undefined {
  sigs ??= TEMPLATES.map(([, t]) => signature(t));
  let best = -1;
  let at = -1;
  for (let i = 0; i < sigs.length; i++) {
    if (!comparable(sig, sigs[i], threshold)) continue;
    const s = similarity(sig, sigs[i]);
    if (s > best) {
      best = s;
      at = i;
    }
  }
  return best >= threshold ? { name: TEMPLATES[at][0], similarity: best } : undefined;
}

/** Of a template's words (other than little words and its slots), the share a note must have to be worth comparing
 *  with it: a copy shares most of a template’s shingles, so most of its words, and a note with less than 40% of them is
 *  far below the similarity threshold (every copy among the labelled notes has 70% or more). Loose on purpose: it only spares the signature of notes nowhere near. */
const SHARE = 0.4;
let wordSets: { of: Map<string, number>; need: number[] } | undefined;

/** Whether the note shares enough words with some built-in template that it could be a copy of it. */
export function mayCopyTemplate(toks: readonly Token[]): boolean {
  if (!wordSets) {
    const of = new Map<string, number>();
    const need = TEMPLATES.map(([, t], i) => {
      const own = new Set(tokens(t.replace(/\{\w+\}/g, ' ')).map((k) => k.l).filter((w) => !FUNCTION.has(w)));
      for (const w of own) of.set(w, (of.get(w) ?? 0) | (1 << i));
      return Math.max(2, Math.ceil(SHARE * own.size));
    });
    wordSets = { of, need };
  }
  const { of, need } = wordSets;
  const have = need.map(() => 0);
  const seen = new Set<string>();
  for (const k of toks) {
    const bits = of.get(k.l);
    if (!bits || seen.has(k.l)) continue;
    seen.add(k.l);
    for (let i = 0; i < have.length; i++) if (bits & (1 << i) && ++have[i] >= need[i]) return true;
  }
  return false;
}
