import type { Hit, Note } from './signals';
import { quoteOf } from './signals';
import { words, wordClass, type Span } from './text';

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?|s?he)";
// A named person and what they said or did ("Meera (your old manager at Tillery) told me you…", "soy amiga de Camila
// Rojas, me contó que…"), or someone named earlier ("from Brad. He said you were his go-to": he, she). Needs capital
// letters, so it is a plain regex rather than a phrase set.
// Compiled, and run, only for notes with one of its verbs.
const MUTUAL_WORDS = words(
  "sugeriu sugirió suggerito suggéré vorgeschlagen sends suggested recommended introduced told tells pointed referred put said says mentioned mutual raconté contou raccontato indicou apresentou presentó pasó presentato passato meinte empfohlen erzählt gesagt recommandé conseillé dit parlé recomendó contó dijo habló recomendou disse disse-me falou falou-me consigliato detto parlato",
);
const MUTUAL_WORD = wordClass(MUTUAL_WORDS);
const passedOn = (l: string) => l.includes('me your ') || l.includes('raves about') || l.includes('raved about') || l.includes('keeps ') || l.includes('highly of you') || l.includes('your name');
let mutual: RegExp | undefined;
const MUTUAL = () =>
  (mutual ??= new RegExp(
    `${NAME}(?: \\([^()]{1,50}\\)|, [^,.!?]{1,50},| (?:from|at) (?:my |our |the )?[\\p{L}][\\p{L} ]{1,30}?)? (?:suggested|recommended|introduced|told me|pointed me|referred me|put us in touch|said (?:I should|you)|says you|tells me|brought up your name|mentioned your name|mentioned (?:you|your|we should|that you)|passed me your|gave me your (?:name|number|details)|sent me your way|rav(?:es|ed) about (?:you|your)|keeps (?:quoting|mentioning) you|speaks (?:so )?highly of you|sends (?:her|his|their) (?:regards|love|best))` +
      `|(?:introduced|referred) (?:me )?(?:by|through|via) ${NAME}|(?:our|a) mutual (?:friend|colleague|contact) ${NAME}` +
      // "Daniel Osei and I were discussing carbon accounting, and your name came up".
      `|${NAME} and I (?:were|got) (?:discussing|talking|chatting)[^.!?\\n]{1,80}? your name came up` +
      `|(?:${NAME}[^.!?\\n]{0,40}? )?(?:meinte|hat mir (?:erzählt|gesagt|empfohlen)|m'a (?:dit|parlé|recommandé|conseillé|raconté)|me (?:contó|dijo|habló|recomendó|presentó|pasó tu contacto|disse|falou|recomendou|contou|indicou (?:você|voce|o seu nome|seu nome)|apresentou)|disse-me|falou-me|mi ha (?:detto|parlato|consigliato|raccontato|presentato|passato il tuo contatto|suggerito)|sugeriu que|(?:me|nos) sugeriu|sugirió que|(?:me|nos) sugirió|m'a suggéré|hat (?:mir )?vorgeschlagen)`,
    'gu',
  ));


export function mutuals(n: Note): Hit[] {
  const out: Hit[] = [];
  // ("gave me your name", "raves about you": words too common to wake the regex for, so their phrases are looked for.)
  if (!n.toks.some((k) => k.is & MUTUAL_WORD) && !passedOn(n.lower)) return out;
  const re = MUTUAL();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(n.t))) {
    const who = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (who && (n.skip.has(who.toLowerCase()) || /^(LinkedIn|I|We|You|They|It|Someone)$/.test(who))) {
      // "Giulia, Davide mi ha raccontato…": the recipient's name was read as the one who told; look again after it.
      re.lastIndex = m.index + Math.max(1, m[0].indexOf(who) + who.length);
      continue;
    }
    const span: Span = [m.index, m.index + m[0].length];
    out.push({ code: 'mutual', text: `Names a mutual contact: ${quoteOf(n, span)}`, weight: 2, span });
  }
  return out;
}
