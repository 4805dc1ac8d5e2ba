import { signature, similarity, type Signature } from './minhash';

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
  [OUTREACH, "Hi {name}, I'm always looking to expand my network with like-minded professionals. Let's connect!"],
  [OUTREACH, "Hi {name}, I see we have several mutual connections and thought it would be great to connect."],
  [OUTREACH, "Hi {name}, I hope you're doing well. I'd love to connect and hear what you're up to at {company}."],
  [OUTREACH, "Hi {name}, I noticed we're both in the {industry} space and thought it would be good to connect."],
  [OUTREACH, 'Hi {name}, I was impressed by your background and would like to connect with you here.'],
  [OUTREACH, "Hi {name}, I'm a recruiter at {company} and I have an exciting opportunity that matches your background. Are you open to a quick chat?"],
  [OUTREACH, 'Hi {name}, we help companies like {company} grow revenue without adding headcount. Would you be open to a quick call next week?'],
  [OUTREACH, 'Hallo {name}, ich bin auf Ihr Profil gestoßen und würde mich freuen, mich mit Ihnen zu vernetzen.'],
  [OUTREACH, "Bonjour {name}, je suis tombé sur votre profil et j'aimerais élargir mon réseau professionnel."],
  [OUTREACH, 'Hola {name}, vi tu perfil y me gustaría conectar contigo para ampliar mi red profesional.'],
  [OUTREACH, 'Olá {name}, vi seu perfil e gostaria de me conectar para expandir minha rede.'],
  [OUTREACH, 'Ciao {name}, ho visto il tuo profilo e mi piacerebbe collegarmi con te per ampliare la mia rete.'],
];

let sigs: Signature[] | undefined;

/** The closest built-in template, when the note is a copy of one. */
export function knownTemplate(sig: Signature, threshold: number): { name: string; similarity: number } | undefined {
  sigs ??= TEMPLATES.map(([, t]) => signature(t));
  let best = -1;
  let at = -1;
  for (let i = 0; i < sigs.length; i++) {
    const s = similarity(sig, sigs[i]);
    if (s > best) [best, at] = [s, i];
  }
  return best >= threshold ? { name: TEMPLATES[at][0], similarity: best } : undefined;
}
