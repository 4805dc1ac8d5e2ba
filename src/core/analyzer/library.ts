import { comparable, signature, similarity, type Signature } from './minhash';

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
