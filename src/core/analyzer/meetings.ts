import { ALNUM, PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { quoteOf, within } from './signals';
import { contentWords, FUNCTION, sentenceBounds, STOP, words, type Span } from './text';

// Meetings: "great meeting you at Laracon EU", "our chat at the picnic", "sat behind you at the council meeting";
// they count when they say where or what about.

const MEET = new PhraseSet('meet', [
  // ("It would be great to meet in Amsterdam" asks for a meeting that has not happened.)
  // ("Great to see another Boston engineer on here" sees no one: seeing needs a "you".)
  // ("Always great to meet Boilermakers in aerospace" meets a kind of person, not this one.)
  "(?<!((would|will|'d|could|might) be |always ))(great|good|nice|lovely|fun|a pleasure|pleasure|wonderful) (to )?@(meet|meeting|talk|talking|chat|chatting|speak|speaking|catch|catching)( up)?( with)?( you)?(?! (others|other|new|more|like-minded|fellow|people|professionals))",
  "(?<!(would|will|'d|could|might) be )(great|good|nice|lovely|fun|a pleasure|pleasure|wonderful) (to )?@(see|seeing) you",
  // "great rolling with you at saturday open mat": time spent together, told by what it was.
  "(great|good|nice|fun|lovely) (\\w+ing) with you (at|in|on|during|last|this|yesterday)",
  "(we|we've|we have) (briefly |just |already |finally )?@(met|spoke|talked|chatted)",
  "@(coincidimos|nos cruzamos|nos vimos|ci siamo incrociati) (en|a|al|alla|nel|nella)",
  "(our|the) ([^\\s]+ )?@(chat|conversation|discussion|call|talk|exchange|coffee|lunch|dinner|breakfast|party|drinks) (at|about|on|during|after|last|yesterday|in|over)",
  "(enjoyed|loved) ((our|the) (chat|conversation|meeting|coffee|lunch)|meeting|talking|chatting|arguing|debating|geeking out|nerding out|comparing notes|swapping notes|swapping stories)",
  "connecting (with you )?from",
  "@(swapped|traded|compared) (notes|stories|tips|ideas|war stories) (on|about|over)",
  "wir haben ([^\\s.!?]+ ){0,12}?über ([^\\s.!?]+ ){1,8}?@(gesprochen|geplaudert|diskutiert)",
  "@sat (next to|behind|beside|across from|in front of|near) (you|each other|me)",
  "(met|ran into|bumped into|bumping into|running into) you",
  // ("Following up from HR Tech" names an event everyone went to; a conversation followed up is a meeting.)
  "following up (on|from) (our|the|my) @(chat|conversation|call|meeting|coffee|talk|discussion|lunch|dinner)",
  "(schön|nett),? @(dich|sie) .{0,20}kennenzulernen|(vous |t')avoir @(rencontré|rencontrée)|de @conocerte|(prazer|bom) (em )?(te )?@conhecer|di @conoscerti",
  "(unser(em)?|das|notre|nuestra|nossa|la nostra) @(gespräch|échange|discussion|conversation|charla|conversación|conversa|chiacchierata|conversazione)",
  "(dopo|after|después de|après|nach|depois d[ae]) (la|the|our|nuestra|notre|unserem|dem|a|nostra|la nostra) @(call|chiamata|riunione|llamada|reunión|appel|réunion|telefonat|meeting|reunião|ligação)",
  "(averti|averla|avervi) @(conosciuto|conosciuta|incontrato|incontrata)",
  "wir haben uns ([^\\s.!?]+ ){0,16}?(kennengelernt|getroffen|unterhalten)",
  "(nous nous sommes|on s'est) @(rencontrés|rencontrées|croisés|croisées|vus|parlé)",
  "(i'm|i am|i was) the (one|guy|person|woman|man|student|dev|engineer|volunteer|parent|nurse|designer) (who|that) @(asked|sat|spoke|stopped|came|emailed|wrote|called|rang|messaged)",
  "(stopping|stopped|coming|came|swinging|swung) by (our|my|the) @(booth|stand|table|shop|store|studio|office)",
  // Who the sender is to the recipient, by where they were: "the guy from the Berlin airport charging station".
  "the (one|guy|girl|person|woman|man|lady|student|dev|engineer|designer|nurse|volunteer|neighbour|neighbor) @from the",
  "(when|last time|the last time) we @(spoke|talked|chatted|met)",
  "nos (conocimos|conhecemos)|gracias por (la|nuestra) @(charla|conversación|llamada)",
  "ci siamo @(conosciuti|conosciute|incontrati|incontrate|visti)",
]);

const ABOUT = new RegExp(`(?<![${ALNUM}])(about|on|regarding|über|zu|sur|de|sobre|su|di)(?![${ALNUM}])`);

// Where people meet that thousands of others were too: "great meeting you at the conference" says nowhere.
const VENUES = words(
  'conference event events summit meetup webinar expo fair show session workshop mixer gathering networking call meeting zoom chat panel forum congress convention trade booth office online virtual linkedin group community party today yesterday week recently earlier lately other day person passing real private general time length depth',
);
const PLACE = new RegExp(`^[^.!?]{0,12}?(?<![${ALNUM}])(?:at|in|on|during|after|outside|by) (?:(?:the|a|an|your|that) )?([${ALNUM}' -]{3,40})`);
/** "bumping into you at the farmers market": a place in lower case that is not just a venue any event has. */
function placed(after: string, skip: Set<string>): boolean {
  const m = PLACE.exec(after);
  if (!m) return false;
  // The place's own words: up to three, until a little word ("a conference a while back").
  let k = 0;
  let topic = false;
  for (const w of m[1].split(/[ -]/)) {
    if (FUNCTION.has(w) || ++k > 3) return false;
    if (w.length > 2 && !STOP.has(w) && !VENUES.has(w) && !skip.has(w)) return true;
    // "the ML meetup", "the design summit": an event of one field, which not every event is.
    if (topic && EVENTS.has(w)) return true;
    topic = FIELDS.has(w) && !skip.has(w);
  }
  return false;
}
const EVENTS = words('conference summit meetup expo fair congress convention forum hackathon');
const FIELDS = words('ai ml data design ux ui product fintech security devops cloud python rust javascript react analytics');

const FOLLOW_UP = /^\s*((on|from) )?(my|our) (\w+ )?(message|note|email|e-mail|request|invitation|invite|inmail|dm)/;

export function meetings(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  const t = n.t;
  for (const m of MEET.match(n.lower, n.toks)) {
    const start = m.s;
    const [, sEnd] = sentenceBounds(t, start);
    // Where or what about is often the next sentence ("Great meeting you! I enjoyed your take on…").
    const end = Math.min(t.length, Math.max(sEnd + 1, start + 40), start + 140);
    const d = within(n, start, end).filter((x) => x.kind !== 'time');
    // "Following up on my previous message": the sender's own message, not a meeting.
    const about = FOLLOW_UP.test(n.lower.slice(m.e, end)) ? null : ABOUT.exec(n.lower.slice(start, end));
    const anchored = d.length > 0 || (about !== null && contentWords(t, start + about.index, end, n.skip) >= 2) || placed(n.lower.slice(Math.max(m.s, m.e - 4), Math.min(sEnd, end)), n.skip);
    const span: Span = [start, Math.min(sEnd, end)];
    if (anchored) {
      used.push(span);
      out.push({ code: 'met', text: `Refers to a meeting: ${quoteOf(n, span)}`, weight: 3 + Math.min(1, d.length * 0.4), span });
    } else out.push({ code: 'met-vague', text: 'Mentions meeting, but not where or what about', weight: -0.3, span: [start, m.e] });
  }
  return out;
}
