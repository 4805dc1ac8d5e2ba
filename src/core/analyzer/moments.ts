import { PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { clip, FIRST_WORD, FUNCTION, SECOND_WORD, sentenceBounds, wordClass, words, type Span } from './text';

// A moment two people were in together, placed by something small enough that only they would know it: "we were both
// stuck in the elevator at the marriott", "from the Seattle Rust meetup pizza table", "you asked me at the booth".
// People write these in lower case, so unlike a named event they cannot be found by their capitals; the small place
// is what a template cannot fill in for everyone ("we were both at SaaStr" names an event thousands attended).
const SPOT =
  '(elevator|elevators|lift|queue|shuttle|shuttle bus|bus|tram|ferry|taxi|cab|uber|table|booth|stand|bar|afterparty|after-party|buffet|hallway|corridor|lobby|cloakroom|coat check|karaoke|dance floor|fire drill|coffee break|coffee line|lunch line|happy hour|green room|speaker room|backstage|speaker dinner|dinner|lunch|breakfast|brunch|barbecue|bbq|picnic|bonfire|campfire|kitchen|cafeteria|canteen|parking lot|car park|carpool|waiting room|gate|layover|lounge|sideline|sidelines|bleachers|playground|school gate|pickup line|locker room|gym|pool|mesa|fila|ascensor|elevador|ascenseur|aufzug|ascensore|stand|pausa café|pause café|kaffeepause)';
const MOMENT = new PhraseSet('moment', [
  `(at|in|on|from|by|near|during|after|before|over|in line for) the ([^\\s]+ ){0,4}@${SPOT}`,
  `(en|na|no|dans|à|al|alla|nel|nella|am|beim|im) (la |el |o |a |le |l')?([^\\s]+ ){0,2}@${SPOT}`,
  // "we were both stuck", "we got stuck", "we shared a cab": the two of them, in one spot.
  '(we|you and i) (were|got) (both )?@(stuck|stranded|seated|sitting|standing|waiting|queuing|queueing)',
  '(we|you and i) @(shared|split) (a|the) (cab|taxi|uber|ride|table|bench|umbrella|charger|bottle)',
]);

/** Words that put the moment in the future or in a request ("see you at the booth", "stop by our table"): it has not
 *  happened, so it proves nothing. */
const NOT_YET = /\b(will|would|could|can|shall|let's|lets|next|upcoming|going to|gonna|hope to|stop by|come by|visit|join us|see you|register|invite|inviting|our|my)\b|'ll\b/;
/** Someone there: the sender or the recipient (FIRST and SECOND, and "we were" in the languages that drop the pronoun). */
const WE_WERE = wordClass('estábamos éramos estávamos eravamo stavamo étions waren'.split(' '));
/** A note that is nothing but the place ("From the pizza table — hi!"). */
const BARE = /^\W*(from|the|hi|hey|hello|hola|ciao|salut|hallo|oi)\b/;

/** Words that may follow the spot in the same clause: when, who with, what about. */
const AFTER = words('during when while where who that after before last yesterday today tonight this ago in near by talking chatting discussing en em na no au de del da do di al con com avec mit bei im am durante pendant während quando cuando');

export function moments(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of MOMENT.match(n.lower, n.toks)) {
    const [s, e] = sentenceBounds(n.t, m.s);
    const sentence = n.lower.slice(s, e);
    // Only the part of the sentence up to the moment may set it in the future ("I'll be at the booth"); later words
    // are something else ("…at the pizza table — would love to connect").
    const before = n.lower.slice(s, m.e);
    if (NOT_YET.test(before)) continue;
    if (!BARE.test(sentence) && !n.toks.some((k) => k.s >= s && k.e <= e && k.is & (FIRST_WORD | SECOND_WORD | WE_WERE))) continue;
    // "the taxi dataset", "the kitchen remodel": the spot names something else.
    const next = n.toks.find((k) => k.s >= m.e);
    if (next && /^ [^ ]/.test(n.t.slice(m.e, next.s + 1)) && next.s === m.e + 1 && !FUNCTION.has(next.l) && !AFTER.has(next.l)) continue;
    const span: Span = [m.s, Math.min(e, m.s + 120)];
    used.push(span);
    out.push({ code: 'moment', text: `A shared moment: '${clip(n.t.slice(span[0], span[1]))}'`, weight: 2.5, span });
  }
  return out;
}
