import type { Recipient } from '../model';
import { LEXICON, lexiconEntry, type Kind } from './lexicon';
import { ALNUM, lowered, PhraseSet, WORD_CHAR } from './phrases';
import {
  clip,
  contentWords,
  details,
  FIRST_WORD,
  FUNCTION,
  SECOND_WORD,
  STOP,
  EMPTY_GREETING,
  MAYBE_EMPTY_GREETING,
  placeholderSlots,
  sentenceBounds,
  type Detail,
  type Span,
  type Token,
  wordClass,
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
function within(n: Note, s: number, e: number): Detail[] {
  n.details ??= details(n.t, n.lower, n.skip, n.sigAt, n.toks);
  return n.details.filter((d) => d.span[0] >= s && d.span[1] <= e);
}

const quoteOf = (n: Note, s: Span) => `'${clip(n.t.slice(s[0], s[1]))}'`;

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

const words = (s: string) => new Set(s.split(' '));
const POSS = words('your ur suo tu tus su sus seu sua seus suas votre vos ton ta tes dein deine deinen deinem deiner ihr ihre ihren ihrem ihrer tuo tua tuoi tue vostro vostra vostri vostre vuestro vuestra vuestros vuestras vosso vossa euer eure euren eurem');
const POSSESSIVE = wordClass(POSS);
/** Things a person makes, in the singular ("posts" is looked up as "post"): what they publish or present, what they
 *  decided, found or built (a decision, a finding, a config), and what they make by hand or on stage. */
const ARTIFACT = words(
  [
    'post article talk keynote whitepaper recipe shot engagement explanation proposal patch commit rfc tip breakdown walkthrough bindings atelier démo exposé spreadsheet dashboard framework notebook report playbook checklist dataset package extension script reply presentation podcast episode paper book video demo newsletter thread comment blog write-up benchmark webinar panel session interview project repo library thesis research study release piece essay tweet slide deck course workshop answer tutorial guide post-mortem recap analysis file template plugin app tool site model photo note pr issue review beitrag artikel vortrag buch projekt studie conférence intervention livre vidéo projet billet artículo publicación charla ponencia libro proyecto artigo palestra apresentação livro projeto articolo intervento progetto',
    'decision choice view finding numbers teardown parser crate gem tiktok aula clase lezione vorlesung figures stats remark observation interpretation config configuration module code ablation experiment pilot rollout scorecard rubric methodology statement typeface font elective seminar lecture decisão decisión decisione entscheidung scelta choix elección escolha biblioteca libreria bibliothek aussage bemerkung osservazione remarque interpretação interpretación análisis análise analisi analyse modelo modello modèle código codice módulo modulo veranstaltung übung refonte',
    'chart graph diagram infographic visualization visualisation map reel clip carousel vlog livestream concept rebrand redesign campaign identity question vídeo mural painting drawing sculpture illustration sketch portrait exhibition album song poem film documentary concert recital gig playlist sermon speech class live kurs präsentation abschlussarbeit kommentar présentation cours thèse étude entretien publication presentación taller curso conferencia entrevista hilo tesis estudio presentazione corso tesi oficina tese estudo publicação comentário',
  ].join(' '),
);
const FEED = words('post article tweet video comment thread piece update');
/** ARTIFACT words and their plurals as a word class, so "the" can look ahead cheaply. */
const ARTIFACT_WORD = wordClass([...ARTIFACT].flatMap((w) => [w, w + 's']));
/** One of the four tokens after i names a thing (or may: a hyphenated word ends in what it is). */
const artifactAhead = (toks: Token[], i: number) => {
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) if (toks[j].is & ARTIFACT_WORD || toks[j].joined) return true;
  return false;
};
/** The thing a token names, if it is one ("posts" → "post", "Erste-Hilfe-Kurs" → "kurs"). */
const artifact = (l: string): string | undefined => {
  if (ARTIFACT.has(l)) return l;
  if (l.endsWith('s') && ARTIFACT.has(l.slice(0, -1))) return l.slice(0, -1);
  const dash = l.lastIndexOf('-');
  return dash > 0 && dash < l.length - 3 ? artifact(l.slice(dash + 1)) : undefined;
};
const WEAK = words(
  'work content paradigm concept experience background approach perspective expertise career journey team company product startup insight insights thought thoughts take writing point points idea headline profile bio tagline summary trabalho travail trabajo arbeit lavoro',
);
/** What a profile lists rather than something the person made: "your experience in renewable energy project
 *  finance" is a headline in other words, however many words it takes, unless it names something (a company, a
 *  number) the profile would not. */
const PROFILE = words('experience background expertise career journey role headline profile bio tagline summary company startup firm');
/** What a profile shows as it is: quoting it is reading it back ("your headline, 'Helping brands tell better stories'"). */
const PROFILE_TEXT = words('headline profile bio tagline summary');
/** The employer's news ("your company just hit 200 employees") would go to everyone who works there. */
const COMPANY = words('company startup firm');
/** Words allowed between "your" and the thing: "your [recent Medium] post", "your [R&D] talk". */
const PLAIN_WORD = new RegExp(`^[${ALNUM}'&/.+-]+$`);

interface Ref {
  s: number;
  e: number;
  /** The thing referred to ("post"), lower case. */
  what: string;
  /** Words between the possessive and the thing ("recent Medium"). */
  mid: string;
  /** "your team's redesign": the thing is what the team made, named next. */
  owner?: boolean;
  /** Named with "the", "that", "el"… rather than "your". */
  def?: boolean;
}
const DEFINITE = words('the that this el la le il lo das der den dem');
/** Things that, after "the", are as often a place or anyone's thing ("the Leith library", "the app", "the project"). */
const AMBIGUOUS = words('library site app tool model file note issue package extension class live session release project piece update template reply answer review engagement plugin proposal course workshop corso curso kurs cours');
/** A sentence that offers the sender's own material ("happy to send the case study on…", "the report we published"). */
const OFFERS = words("send sending share sharing attach attached download check join register sign invite our we we've we're worked built led created designed developed managed launched founded organized organised hosted");

/** Tokens i..j are separated by whitespace only. */
const spaced = (t: string, toks: Token[], i: number, j: number) => {
  for (let k = i; k < j; k++) if (!/^\s+$/.test(t.slice(toks[k].e, toks[k + 1].s))) return false;
  return true;
};

/** "your [0–3 words] post". ("The demo you gave" is a deed, see details; "Acme's product" is the company's work, not
 *  the recipient's, and counts for as little as other names in a sentence about the sender.) */
function findRefs(n: Note): Ref[] {
  const { t, toks } = n;
  const out: Ref[] = [];
  let end = 0;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i];
    // "while-your perspective": a dash typed as a hyphen.
    const dash = k.joined ? k.l.lastIndexOf('-') : -1;
    // "Congrats on the competency framework talk" is theirs as much as "your talk" is.
    const congrats = k.l === 'the' && i > 1 && toks[i - 1].l === 'on' && /^congrat/.test(toks[i - 2].l);
    // "the sourdough hydration chart", "el hilo sobre…", "la photo de l'atelier": a thing of theirs named without
    // "your", which counts only when it says which (see references).
    const def = !congrats && DEFINITE.has(k.l) && artifactAhead(toks, i);
    if (k.s >= end && k.joined && k.l.startsWith("l'") && artifact(k.l.slice(2))) {
      out.push({ s: k.s, e: k.e, what: artifact(k.l.slice(2))!, mid: '', def: true });
      end = k.e;
      continue;
    }
    if (k.s >= end && (k.is & POSSESSIVE || congrats || def || (dash > 0 && POSS.has(k.l.slice(dash + 1))))) {
      for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
        // A name may hold a slash or an ampersand ("your Money20/20 Asia panel", "your R&D talk").
        if (!spaced(t, toks, j - 1, j) && !(j > i + 1 && /^[/&+:]$/.test(t.slice(toks[j - 1].e, toks[j].s)))) break;
        // "your team's redesign": the thing is the team.
        const l = toks[j].joined && toks[j].l.endsWith("'s") ? toks[j].l.slice(0, -2) : toks[j].l;
        if (artifact(l) || (!def && WEAK.has(l))) {
          // "the edge config demo": without "your", the last of the things named is the one referred to.
          let last = j;
          while (def && toks[last + 1] && ARTIFACT.has(toks[last + 1].l) && spaced(t, toks, last, last + 1)) last++;
          const s = dash > 0 && !(k.is & POSSESSIVE) ? k.s + dash + 1 : k.s;
          const what = last > j ? toks[last].l : l;
          const e = last > j ? toks[last].e : toks[j].s + l.length;
          out.push({ s, e, what, mid: t.slice(k.e, toks[last].s).trim(), owner: l !== toks[j].l, def });
          end = e;
          break;
        }
        // "the right person to talk to": after "the" a little word ends the name of the thing.
        if (!PLAIN_WORD.test(toks[j].w) || (def && FUNCTION.has(toks[j].l))) break;
      }

    }
  }
  return out;
}

const MEET = new PhraseSet('meet', [
  // ("It would be great to meet in Amsterdam" asks for a meeting that has not happened.)
  // ("Great to see another Boston engineer on here" sees no one: seeing needs a "you".)
  "(?<!(would|will|'d|could|might) be )(great|good|nice|lovely|fun|a pleasure|pleasure|wonderful) (to )?@(meet|meeting|talk|talking|chat|chatting|speak|speaking|catch|catching)( up)?( with)?( you)?",
  "(?<!(would|will|'d|could|might) be )(great|good|nice|lovely|fun|a pleasure|pleasure|wonderful) (to )?@(see|seeing) you",
  // "great rolling with you at saturday open mat": time spent together, told by what it was.
  "(great|good|nice|fun|lovely) (\\w+ing) with you (at|in|on|during|last|this|yesterday)",
  "(we|we've|we have) (briefly |just |already |finally )?@(met|spoke|talked|chatted)",
  "@(coincidimos|nos cruzamos|nos vimos|ci siamo incrociati) (en|a|al|alla|nel|nella)",
  "(our|the) ([^\\s]+ )?@(chat|conversation|discussion|call|talk|exchange|coffee|lunch|dinner|breakfast|party|drinks) (at|about|on|during|after|last|yesterday|in|over)",
  "(enjoyed|loved) ((our|the) (chat|conversation|meeting|coffee|lunch)|meeting|talking|chatting)",
  "connecting (with you )?from",
  "@sat (next to|behind|beside|across from|in front of|near) (you|each other|me)",
  "(met|ran into|bumped into|bumping into|running into) you",
  "following up (on|from)",
  "(schön|nett),? @(dich|sie) .{0,20}kennenzulernen|(vous |t')avoir @(rencontré|rencontrée)|de @conocerte|(prazer|bom) (em )?(te )?@conhecer|di @conoscerti",
  "(unser(em)?|das|notre|nuestra|nossa|la nostra) @(gespräch|échange|discussion|conversation|charla|conversación|conversa|chiacchierata|conversazione)",
  "wir haben uns ([^\\s.!?]+ ){0,16}?(kennengelernt|getroffen|unterhalten)",
  "(nous nous sommes|on s'est) @(rencontrés|rencontrées|croisés|croisées|vus|parlé)",
  "(i'm|i am|i was) the (one|guy|person|woman|man|student|dev|engineer|volunteer|parent|nurse|designer) (who|that) @(asked|sat|spoke|stopped|came|emailed|wrote|called|rang|messaged)",
  "(stopping|stopped|coming|came|swinging|swung) by (our|my|the) @(booth|stand|table|shop|store|studio|office)",
  // Who the sender is to the recipient, by where they were: "the guy from the Berlin airport charging station".
  "the (one|guy|girl|person|woman|man|lady|student|dev|engineer|designer|nurse|volunteer|neighbour|neighbor) @from the",
  "nos (conocimos|conhecemos)|gracias por (la|nuestra) @(charla|conversación|llamada)",
  "ci siamo @(conosciuti|conosciute|incontrati|incontrate|visti)",
]);
const NAME = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?|s?he)";
// A named person and what they said or did ("Meera (your old manager at Tillery) told me you…", "soy amiga de Camila
// Rojas, me contó que…"), or someone named earlier ("from Brad. He said you were his go-to": he, she). Needs capital
// letters, so it is a plain regex rather than a phrase set.
// Compiled, and run, only for notes with one of its verbs.
const MUTUAL_WORDS = words(
  "suggested recommended introduced told pointed referred put said says mentioned mutual raconté contou raccontato indicou apresentou presentó pasó presentato passato meinte empfohlen erzählt gesagt recommandé conseillé dit parlé recomendó contó dijo habló recomendou disse disse-me falou falou-me consigliato detto parlato",
);
const MUTUAL_WORD = wordClass(MUTUAL_WORDS);
const passedOn = (l: string) => l.includes('me your ') || l.includes('raves about') || l.includes('raved about') || l.includes('keeps ') || l.includes('highly of you');
let mutual: RegExp | undefined;
const MUTUAL = () =>
  (mutual ??= new RegExp(
    `${NAME}(?: \\([^()]{1,50}\\)|, [^,.!?]{1,50},| from (?:my |our |the )?[a-z][\\p{L} ]{1,25}?)? (?:suggested|recommended|introduced|told me|pointed me|referred me|put us in touch|said (?:I should|you)|says you|mentioned (?:you|your|we should|that you)|passed me your|gave me your (?:name|number|details)|sent me your way|rav(?:es|ed) about (?:you|your)|keeps (?:quoting|mentioning) you|speaks (?:so )?highly of you)` +
      `|(?:introduced|referred) (?:me )?(?:by|through|via) ${NAME}|(?:our|a) mutual (?:friend|colleague|contact) ${NAME}` +
      `|(?:${NAME}[^.!?\\n]{0,40}? )?(?:meinte|hat mir (?:erzählt|gesagt|empfohlen)|m'a (?:dit|parlé|recommandé|conseillé|raconté)|me (?:contó|dijo|habló|recomendó|presentó|pasó tu contacto|disse|falou|recomendou|contou|indicou (?:você|voce|o seu nome|seu nome)|apresentou)|disse-me|falou-me|mi ha (?:detto|parlato|consigliato|raccontato|presentato|passato il tuo contatto))`,
    'gu',
  ));

const describe = (d: Detail[], n: Note) => d.slice(0, 3).map((x) => clip(n.t.slice(x.span[0], x.span[1]), 30)).join(', ');

// What follows the thing referred to: "your post on|about …", "your talk at …", "your repo for …".
const MARKER = words('on about at for from of in under to regarding comparing with during that über zu bei auf von sur de du des sobre en del do da dos no na em di della dello dei delle su sul sulla sulle que che dass');
// Where the topic ends: the sentence goes on to say what the note did for the sender, or to something else.
const BREAK = words("caught stood struck is are was were be been looks seems sounds has have had will would could can should did really very so but because which made helped saved changed inspired resonated stuck hit got gave taught showed convinced ist war hat est était es fue é foi è");
/** A dash, colon or semicolon: the sentence moves on to something else. */
const MOVES_ON = /[—–:;]| - /;
const THEN = words("i i'm i've we you your it would really also then have has was is still thought figured decided wanted");
// Where a thing was, not what it was about: "your talk on YouTube" or "your talk at the conference" says nothing
// about the talk.
const ELSEWHERE = words('youtube linkedin medium twitter instagram tiktok substack facebook conference summit webinar meetup event');

interface Topic {
  /** Where the topic ends. */
  end: number;
  /** Words naming the topic ("AI opportunities": 2). */
  words: number;
  /** Of those, words that are not catch-alls ("AI" and "leadership" are; "Kafka" and "tombstones" are not). */
  specific: number;
}

/** The topic after a reference, read from the tokens after the thing referred to. */
function topicAfter(n: Note, from: number, sEnd: number): Topic {
  const { toks } = n;
  let i = toks.findIndex((k) => k.s >= from);
  const topic: Topic = { end: from, words: 0, specific: 0 };
  if (i < 0) return topic;
  // Skip further names of the thing ("podcast episode") and find the marker, if any, within two words.
  let seen = 0;
  while (i < toks.length && toks[i].s < sEnd && seen < 3 && (artifact(toks[i].l) || (seen < 2 && !MARKER.has(toks[i].l) && ELSEWHERE.has(toks[i].l)))) i++, seen++;
  // Without a marker only a participle carries on the topic ("your benchmark comparing DuckDB and Polars"): "your
  // article and loved it" has none.
  // The marker or participle follows the thing directly: "your work — no agenda" has no topic.
  if (i < 1 || i >= toks.length || !spaced(n.t, toks, i - 1, i)) return topic;
  // "your decision not to ask for salary history".
  if (toks[i].l === 'not' && toks[i + 1]?.l === 'to') i++;
  // "your content for a while": how long, not what about.
  if (toks[i].l === 'for' && /^(a while|years|months|ages|some time|a long time|a bit)\b/.test(n.lower.slice(toks[i + 1]?.s ?? 0))) return topic;
  if (MARKER.has(toks[i].l)) i++;
  // "ton code d'augmentation de données": the marker is joined to the word, which is the topic's first.
  else if (!(toks[i].joined && /^[dl]'/.test(toks[i].l)) && (!toks[i].l.endsWith('ing') || STOP.has(toks[i].l))) return topic;
  for (; i < toks.length && toks[i].s < sEnd; i++) {
    const l = toks[i].l;
    // A dash, colon or semicolon moves on to something else ("your talk at the conference — the insights on …").
    if (BREAK.has(l) || (l === 'and' && THEN.has(toks[i + 1]?.l ?? '')) || MOVES_ON.test(n.t.slice(toks[i - 1].e, toks[i].s))) break;
    topic.end = toks[i].e;
    if (FUNCTION.has(l) || MARKER.has(l) || ELSEWHERE.has(l) || n.skip.has(l)) continue;
    // ("a mutual connection's post": another thing named, or a catch-all with its 's, says nothing more.)
    const bare = toks[i].joined && l.endsWith("'s") ? l.slice(0, -2) : l;
    if (FEED.has(artifact(bare) ?? bare) || (bare !== l && STOP.has(bare))) continue;
    topic.words++;
    if (bare.length > 2 && !STOP.has(bare)) topic.specific++;
  }
  return topic;
}

const EFFECT = words('convinced helped inspired changed saved taught showed pushed got made led');
/** Content words after "your talk convinced…", when an effect verb follows the thing directly. */
function effectWords(n: Note, from: number, sEnd: number): number {
  const k = n.toks.find((x) => x.s >= from);
  if (!k || !EFFECT.has(k.l) || !/^\s+$/.test(n.t.slice(from, k.s))) return 0;
  return contentWords(n.t, k.e, Math.min(sEnd, k.e + 100), n.skip);
}

/** Content words in [s, e) that no detail covers. */
function contentWordsOutside(n: Note, s: number, e: number, d: Detail[]): number {
  let count = 0;
  let at = s;
  for (const x of [...d].sort((a, b) => a.span[0] - b.span[0])) {
    if (x.span[1] <= at || x.span[0] >= e) continue;
    count += contentWords(n.t, at, Math.max(at, x.span[0]), n.skip);
    at = Math.max(at, x.span[1]);
  }
  return count + contentWords(n.t, at, Math.max(at, e), n.skip);
}

const inSlot = (n: Note, x: Detail) => x.kind === 'name' && /\b(at|bei|chez|en|em|na|no|presso|in)\s+$/i.test(n.t.slice(Math.max(0, x.span[0] - 5), x.span[0]));
const isElsewhere = (n: Note, x: Detail) => x.kind === 'name' && ELSEWHERE.has(n.lower.slice(x.span[0], x.span[1]));

/** References to something the recipient made, said or did — the heart of a personal note — judged by how specific
 *  the thing referred to is: "I loved your posts" is flattery; "your post about remote onboarding" names one piece
 *  of their work and leans personal; "your post on Zig comptime allocators" fits no one else. */
export function references(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  const t = n.t;
  let last = -1;
  for (const m of findRefs(n)) {
    const start = m.s;
    // "your post about scaling your SDR team": the team is part of the post's topic, not a second reference.
    if (start < last) continue;
    const what = m.what;
    const strong = artifact(what) !== undefined || !!m.owner;
    const [, sEnd] = sentenceBounds(t, start);
    // A dash, colon or semicolon moves on ("your post on churn – solved it at Retainly").
    const cut = MOVES_ON.exec(t.slice(m.e, sEnd));
    const end = Math.min(cut ? m.e + cut.index : sEnd, start + 110);
    // "your work at Acme" names an employer, a slot; "your talk at KubeCon" names an event.
    const topic = topicAfter(n, m.owner ? (n.toks.find((k) => k.s >= m.e)?.e ?? m.e) : m.e, end);
    // "your work at Acme caught my eye as an early-stage founder": for a catch-all thing only what names its topic counts.
    // A time ("your post last week") dates it without saying which.
    const d = within(n, start, strong ? end : Math.max(m.e, topic.end)).filter((x) => !(x.span[0] < m.e && x.span[1] > m.e - what.length) && x.kind !== 'time' && !isElsewhere(n, x) && (strong || !inSlot(n, x)));
    const mid = m.mid ? contentWords(m.mid, 0, m.mid.length, n.skip) : 0;
    const specificWords = topic.specific + mid;
    const span: Span = [start, end];
    const plural = strong && artifact(what) !== what && FEED.has(artifact(what)!);
    last = end;
    // "your experience with React and TypeScript": skills a profile lists, however they are capitalised.
    // "your background in Kubernetes and AWS": skills a profile lists, named and nothing more said of them.
    const onlyNames = d.length > 0 && d.every((x) => x.kind === 'name') && contentWordsOutside(n, m.e, Math.max(m.e, topic.end), d) < 3;
    if (PROFILE.has(what) && (!d.length || COMPANY.has(what) || PROFILE_TEXT.has(what) || onlyNames)) {
      out.push({ code: 'profile-fact', text: `Restates a profile fact: ${quoteOf(n, [start, Math.min(end, m.e + 60)])}`, weight: -0.5, span });
      // The fact ends with its topic: "your background stood out, especially your open-source rate limiter…" goes on.
      last = Math.max(m.e, topic.end);
      // The quoted headline right after it is the profile read back, not a title of theirs.
      const quoted = PROFILE_TEXT.has(what) ? within(n, m.e, t.length).find((x) => x.kind === 'quote' && x.span[0] - m.e <= 4) : undefined;
      if (quoted) used.push([start, quoted.span[1]]);
      continue;
    }
    // "Your talk convinced our team to drop microservices for a modular monolith": what it did for the sender, told in
    // enough words, shows the piece was read as surely as its topic would.
    const effect = strong && !plural && !d.length && specificWords < 2 && effectWords(n, m.e, sEnd) >= 3;
    if (m.def) {
      // Without "your" only a thing that says which one counts, and not one the sender is offering.
      const [sStart] = sentenceBounds(t, start);
      const offered = n.toks.some((k) => k.s >= sStart && k.e <= start && OFFERS.has(k.l)) || /^\s+(we|i|i've|i'd|our)\b/i.test(t.slice(m.e, m.e + 6));
      if (offered || artifact(what) !== what || AMBIGUOUS.has(what) || !(d.length > 0 || effect || specificWords >= 2)) continue;
    }
    // Posts on a subject, however it is put, are a feed followed, not one piece read (lecture notes are one piece).
    if (d.length > 0 || effect || (!plural && specificWords >= (strong ? 2 : 3))) {
      used.push(span);
      const bonus = Math.min(1.5, d.length * 0.5);
      out.push({
        code: 'specific',
        text: `Specific: mentions ${n.w.your} ${clip(t.slice(start, end).replace(/^\S+\s+/, ''), 50)}`,
        weight: (strong ? 3 : 2.5) + bonus,
        span,
      });
    } else if (strong && !plural && topic.words + mid > 0) {
      // One named piece of their work with a topic, however broad: leans personal, more so the more it says.
      used.push(span);
      out.push({
        code: 'topic-reference',
        text: `Mentions ${n.w.your} ${clip(t.slice(start, end).replace(/^\S+\s+/, ''), 50)}`,
        weight: Math.min(2.4, 0.4 + 0.5 * Math.min(topic.words + mid, 4) + 0.6 * specificWords),
        span,
      });
    } else out.push({ code: 'vague-reference', text: `Vague reference: ${quoteOf(n, span)}`, weight: strong ? -0.3 : -0.4, span });
  }
  return out;
}

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

const POINT = new PhraseSet('point', [
  "(especially|particularly|specifically|above all|mostly|loved|liked|enjoyed|remember|remembered) the @(point|part|bit|idea|line|section|argument|example|story|analogy|framing|chart|graph|slide|tip|trick|joke|moment) (about|on|of|that|where|when|you|with|comparing|showing)",
  // "Your take on sales automation was spot on, especially about balancing personalization with scale."
  "(especially|particularly) (about|on|how|the way|your point)",
  "your (first|second|third|last|final|main|closing) @(point|argument|example|slide|question)",
  // "the slide with the cost curve for heat pumps in your keynote": the part named by what it showed.
  "the @(slide|chart|graph|section|bit|story|example|analogy|quote|demo|diagram|table|map|joke|anecdote|trick|moment|argument|claim) (with|about|on|where|when|comparing|showing|you|that)",
]);

/** One thing the recipient said or showed, singled out: "especially the point about cutting gated ebooks and tracking
 *  self-reported attribution". It names what they made by its content, which a template cannot fill in for everyone;
 *  it needs a few words of that content. */
export function pointsMade(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of POINT.match(n.lower, n.toks)) {
    const [, sEnd] = sentenceBounds(n.t, m.s);
    const end = Math.min(sEnd, m.s + 140);
    // A point inside a reference already counted ("the slide with the cost curve…" is both) is not a second one.
    if (contentWords(n.t, m.e, end, n.skip) < 3 || used.some((u) => u[0] <= m.s && m.s < u[1])) continue;
    const span: Span = [m.s, end];
    used.push(span);
    out.push({ code: 'specific', text: `Specific: singles out ${quoteOf(n, span)}`, weight: 3, span });
  }
  return out;
}

const SHARED = new PhraseSet('shared', [
    "(we|we've|we have|we were|you and i) (both )?@(were|worked|studied|volunteered|served|collaborated|played|trained|shared|built|ran|spoke|sat|met) (together )?(in|at|on|with|for)|(been )?collaborating (on|with)|i was the @one|i was on the @team|i was in the @audience|(we|you and i) (shared|split) (a|the) @(panel|stage|table|ride|cab|taxi|flight|booth|desk|office|flat|apartment)|(same|one) ([^\\s]+ )?@(cohort|class|team|lab|batch|program|project)",
]);

/** Shared history ("we were in the same cohort at …"), which counts only with something concrete in it: "we both
 *  went to Oxford" is a profile fact. */
export function sharedHistory(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of SHARED.match(n.lower, n.toks)) {
    const start = m.s;
    const end = Math.min(sentenceBounds(n.t, start)[1], start + 120);
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

export function mutuals(n: Note): Hit[] {
  const out: Hit[] = [];
  // ("gave me your name", "raves about you": words too common to wake the regex for, so their phrases are looked for.)
  if (!n.toks.some((k) => k.is & MUTUAL_WORD) && !passedOn(n.lower)) return out;
  const re = MUTUAL();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(n.t))) {
    const who = m[1] ?? m[2] ?? m[3] ?? m[4];
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
function firstTokenAfter(toks: Token[], at: number): number {
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
    const at = n.lower.indexOf(name.toLowerCase());
    if (at < 0 || WORD_CHAR.test(n.lower[at - 1] ?? '') || WORD_CHAR.test(n.lower[at + name.length] ?? '')) continue;
    const span: Span = [at, at + name.length];
    const [ss, se] = sentenceBounds(n.t, at);
    const inSpecific = specific.some((s) => s[0] < se && ss < s[1]);
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
