import { PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { clip, contentWords, sentenceBounds, words, type Span } from './text';

// A question about something the recipient did, which only they can answer: "did you ever publish that crate?",
// "how did you get the OCR to handle crumpled receipts?", "hast du das Problem inzwischen gelöst?". Templates ask
// too, but in the present and about anyone ("are you open to a chat?", "what's your biggest challenge with X?") or
// about a career any profile has ("how did you get into product?"); the ones that follow up on the sender's own
// message ("did you get a chance to read my note?") are left out here.
const ASKED = new PhraseSet('asked', [
  "(how|what|why|when|where|which \\w+) (exactly |ever |else )?@did you",
  "@did you( ever| finally| end up| manage to| actually| already)?(?! (know|see|get a chance|get my|receive|read my|hear|catch|notice|have a chance|happen to see|check)\\b)",
  // What became of something of theirs: "did the council ever approve the cycle lane?", "how did the Norway trip go?".
  "@did the ([^\\s]+ ){1,3}(ever|finally|end up|actually|eventually)",
  "how @did (the|your) ([^\\s]+ ){1,4}(go|turn out|work out|end up)",
  '@have you (finally |ever |already )?(published|released|shipped|finished|solved|fixed|open-sourced|open sourced|written up|merged)',
  '@(hast du|haben sie|habt ihr) ([^\\s?]+ ){1,8}?(gelöst|geschafft|veröffentlicht|fertig|gefunden|umgesetzt)',
  "@(as-tu|avez-vous|t'as) (finalement |fini par )?(fini|réussi|publié|trouvé|résolu|sorti|lancé)",
  '@(pudiste|lograste|conseguiste|terminaste|publicaste|resolviste|llegaste|chegaste|terminou|publicou|resolveu)',
  '@(sei|è|siete) (poi |alla fine )?(riuscit[oaie]|arrivat[oaie])|@hai (poi |alla fine )?(pubblicato|finito|risolto|trovato|rilasciato)',
  // How they decided or measured something: "¿cómo decidisteis…?", "come avete deciso…", "como vocês mediram isso?".
  '(cómo|como|por qué|porque|come|perché|comment|pourquoi|wie|warum) @(decidisteis|decidieron|decidiste|medisteis|midieron|lograsteis|lo hicisteis|avete deciso|avete gestito|avete misurato|hai deciso|vocês mediram|você mediu|vocês decidiram|você decidiu|avez-vous décidé|avez-vous mesuré|as-tu décidé|habt ihr|haben sie das)',
  "(l'avez|l'as) @(mesuré|décidé|testé|fait) comment",
]);

/** The question's own words, and what any career has: "how did you get started in UX?", "what made you switch to product?". */
const CAREER = words(
  'ever finally end manage actually already hast haben habt sie ihr as-tu avez-vous sei siete hai poi alla fine think thought like liked enjoy enjoyed get got started start begin began into transition transitioned switch switched move moved become became land landed break pivot pivoted career path choose chose decide decided pursue end up make made field role job',
);
const DEFINITE = /\b(the|that|this|those|these|your|den|das|dem|die|der|le|la|les|ton|ta|tes|votre|el|los|las|tu|tus|su|sus|o|os|as|teu|tua|seu|sua|il|lo|gli|al|del|nel|sul|dal|au|du|zum|zur|im|am|na|no|da|do)\b/;

export function questions(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of ASKED.match(n.lower, n.toks)) {
    const [s, e] = sentenceBounds(n.t, m.s);
    if (n.t[e] !== '?') continue;
    // "Did you ever publish that crate" says what; "how did you get started?" does not.
    // A generic object ("how did you handle releases?") is a discovery question any prospect gets; a definite one
    // ("the deck", "that crate", "al concerto") or a longer one says which.
    const words = contentWords(n.t, m.s, e, n.skip, CAREER);
    if (words < 2 || (words < 3 && !DEFINITE.test(n.lower.slice(m.s, e)))) continue;
    // "What did you think of our proposal?": the sender's own thing, followed up.
    if (/\b(my|our|mine|ours)\b/.test(n.lower.slice(m.e, e))) continue;
    const span: Span = [Math.max(s, m.s), Math.min(e + 1, m.s + 120)];
    used.push(span);
    out.push({ code: 'question', text: `Asks about something ${n.w.you === 'you' ? 'you' : 'they'} did: '${clip(n.t.slice(span[0], span[1]))}'`, weight: 2, span });
  }
  return out;
}
