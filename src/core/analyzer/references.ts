import { ALNUM, PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { firstTokenAfter, quoteOf, within } from './signals';
import { clip, contentWords, findingEnd, FUNCTION, sentenceBounds, STOP, words, wordClass, type Detail, type Span, type Token } from './text';

// References to the recipient's work: "your post on Zig comptime allocators", "the sourdough hydration chart",
// "congrats on the competency framework talk", and the one point singled out of it ("especially the point about…").

const POSS = words('your ur suo tu tus su sus seu sua seus suas votre vos ton ta tes dein deine deinen deinem deiner ihr ihre ihren ihrem ihrer tuo tua tuoi tue vostro vostra vostri vostre vuestro vuestra vuestros vuestras vosso vossa euer eure euren eurem');
const POSSESSIVE = wordClass(POSS);
/** Things a person makes, in the singular ("posts" is looked up as "post"): what they publish or present, what they
 *  decided, found or built (a decision, a finding, a config), and what they make by hand or on stage. */
const ARTIFACT = words(
  [
    'post article talk keynote whitepaper recipe shot engagement explanation proposal patch commit rfc tip breakdown walkthrough bindings atelier démo exposé spreadsheet dashboard framework notebook report playbook checklist dataset package extension script reply presentation podcast episode paper book video demo newsletter thread comment blog write-up benchmark webinar panel session interview project repo library thesis research study release piece essay tweet slide deck course workshop answer tutorial guide post-mortem recap analysis file template plugin app tool site model photo note pr issue review beitrag artikel vortrag buch projekt studie conférence intervention livre vidéo projet billet artículo publicación charla ponencia libro proyecto artigo palestra apresentação livro projeto articolo intervento progetto',
    'passage appearance op-ed editorial investigación investigação studie estudio estudo crónica crônica cronaca chronique kolumne decision décision choice view poster domanda pregunta pergunta frage publications publicaciones publicações pubblicazioni beiträge artículos artigos articoli canvas column preprint chapter homily homélie homilia omelia spettacolo espectáculo espetáculo mostra exposición exposição ausstellung ritratto retrato dish piatto collection installation performance theory teoria théorie theorie teoría series texto testo texte vetrina vitrine vitrina escaparate finding numbers teardown parser crate gem tiktok aula clase lezione vorlesung figures stats remark observation interpretation config configuration module code ablation experiment pilot rollout scorecard rubric methodology statement typeface font elective seminar lecture decisão decisión decisione entscheidung scelta choix elección escolha biblioteca libreria bibliothek aussage bemerkung osservazione remarque interpretação interpretación análisis análise analisi analyse modelo modello modèle código codice módulo modulo veranstaltung übung refonte',
    'action summary relazione relatório rapport informe bericht pop-up popup menu memo capitolo capítulo chapitre kapitel diagramm grafik pitch leitfaden anleitung handbuch checkliste chart graph diagram infographic visualization visualisation map reel clip carousel vlog livestream concept rebrand redesign campaign identity question vídeo mural painting drawing sculpture illustration sketch portrait exhibition album song poem film documentary concert recital gig playlist sermon speech class live kurs präsentation abschlussarbeit kommentar présentation cours thèse étude entretien publication presentación taller curso conferencia entrevista hilo tesis estudio presentazione corso tesi oficina tese estudo publicação comentário',
  ].join(' '),
);
const FEED = words('post article tweet video comment thread piece update publication');
/** Plural feed words in the other languages, which `artifact` cannot singularise by dropping an s. */
const FEED_PLURAL = words('publications publicaciones publicações pubblicazioni beiträge artículos artigos articoli contenidos conteúdos contenuti');
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
  'parcours trayectoria trajetória percorso werdegang laufbahn work content paradigm concept experience background approach perspective expertise career journey team company product startup insight insights thought thoughts take writing point points idea headline profile bio tagline summary trabalho travail trabajo arbeit lavoro',
);
/** What a profile lists rather than something the person made: "your experience in renewable energy project
 *  finance" is a headline in other words, however many words it takes, unless it names something (a company, a
 *  number) the profile would not. */
const PROFILE = words('experience background expertise career journey role headline profile bio tagline summary company startup firm parcours trayectoria trajetória percorso werdegang laufbahn');
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
  /** The first of several things named together ("the newsletter issue": newsletter). */
  first?: string;
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
          out.push({ s, e, what, mid: t.slice(k.e, toks[last].s).trim(), owner: l !== toks[j].l, def, first: last > j ? l : undefined });
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


// What follows the thing referred to: "your post on|about …", "your talk at …", "your repo for …".
const MARKER = words('on about at for from of in under to regarding comparing with during that where où donde onde dove wo über zu zur zum bei auf von sur de du des sobre en del do da dos no na em di della dello dei delle su sul sulla sulle que che dass');
// Where the topic ends: the sentence goes on to say what the note did for the sender, or to something else.
const BREAK = words("caught stood struck is are was were be been looks seems sounds has have had will would could can should did really very so but because which made helped saved changed inspired resonated stuck hit got gave taught showed convinced ist war hat est était es fue é foi è");
/** A dash, colon or semicolon: the sentence moves on to something else. */
const MOVES_ON = /[—–:;]| - /;
const THEN = words("i i'm i've we you your it would really also then have has was is still thought figured decided wanted loved enjoyed liked learned learnt appreciated agreed");
// Where a thing was, not what it was about: "your talk on YouTube" or "your talk at the conference" says nothing
// about the talk.
const ELSEWHERE = words('youtube linkedin medium twitter instagram tiktok substack facebook conference summit webinar meetup event');

/** Things that happen on a show with a name of its own: "your episode on Lenny's Podcast". (A talk "at JSConf" names an event that was one of a kind for the sender; the labelled sets call it personal.) */
const STAGED = words('episode episodes appearance interview segment passage folge puntata épisode episódio episodio entrevista intervista');
const VENUE_AT = words('on in at of dans no na em en bei auf im beim nel nella à au');
const capitalised = (k: Token) => k.w[0] !== k.l[0];
/** Where the name of the venue ends, when one follows a staged thing ("your episode on The Growth Show about…"): it says
 *  where, as a profile would, not what was said there. `at` is where the thing's name ends; -1 when no venue follows. */
function venueEnd(n: Note, at: number): number {
  const toks = n.toks;
  let i = firstTokenAfter(toks, at);
  if (i >= toks.length - 1 || !VENUE_AT.has(toks[i].l) || !spaced(n.t, toks, i, i + 1)) return -1;
  i++;
  if (toks[i].l === 'the' && toks[i + 1] && capitalised(toks[i + 1])) i++;
  if (!capitalised(toks[i])) return -1;
  let end = toks[i].e;
  // The name runs on through capitalised words and the little ones inside names ("Software Engineering Daily", "Tech Café Santé", "Lenny's Podcast").
  for (i++; i < toks.length && spaced(n.t, toks, i - 1, i); i++) {
    if (capitalised(toks[i])) end = toks[i].e;
    else if (!(toks[i].l === 'of' || toks[i].l === '&') || !toks[i + 1] || !capitalised(toks[i + 1])) break;
  }
  // "in the ADU freshman guide where you mention…": a word or two more of the venue, then what was said there.
  if (i < toks.length && !MARKER.has(toks[i].l)) for (let j = i; j < i + 2 && j + 1 < toks.length; j++) if (!MARKER.has(toks[j].l) && MARKER.has(toks[j + 1].l)) return toks[j].e;
  return end;
}

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
  else if (!(toks[i].joined && /^[dl]'/.test(toks[i].l)) && (!PARTICIPLE.test(toks[i].l) || STOP.has(toks[i].l))) return topic;
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

/** A participle carrying the topic on: "comparing", "explicando", "spiegando", "expliquant". */
const PARTICIPLE = /(ing|ando|endo|iendo|indo|ant)$/;
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
    const venue = STAGED.has(what) ? venueEnd(n, m.e) : -1;
    const topic = topicAfter(n, venue >= 0 ? venue : m.owner ? (n.toks.find((k) => k.s >= m.e)?.e ?? m.e) : m.e, end);
    // "your work at Acme caught my eye as an early-stage founder": for a catch-all thing only what names its topic counts.
    // A time ("your post last week") dates it without saying which.
    const d = within(n, start, strong ? end : Math.max(m.e, topic.end)).filter((x) => !(x.span[0] < m.e && x.span[1] > m.e - what.length) && x.kind !== 'time' && !isElsewhere(n, x) && (strong || !inSlot(n, x)) && !(x.span[0] >= m.e && x.span[1] <= venue));
    const mid = m.mid ? contentWords(m.mid, 0, m.mid.length, n.skip) : 0;
    const specificWords = topic.specific + mid;
    const span: Span = [start, end];
    const plural = strong && ((artifact(what) !== what && FEED.has(artifact(what)!)) || FEED_PLURAL.has(what));
    last = end;
    // "your experience with React and TypeScript": skills a profile lists, however they are capitalised.
    // "your background in Kubernetes and AWS": skills a profile lists, named and nothing more said of them.
    const onlyNames = d.length > 0 && d.every((x) => x.kind === 'name') && contentWordsOutside(n, m.e, Math.max(m.e, topic.end), d) < 3;
    // ("Your summary of the disclosure timeline" is something they wrote, not the profile's summary.)
    const writtenOf = PROFILE_TEXT.has(what) && /^\s+of\s/.test(t.slice(m.e, m.e + 5));
    if (PROFILE.has(what) && !writtenOf && (!d.length || COMPANY.has(what) || PROFILE_TEXT.has(what) || onlyNames)) {
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
      // ("the newsletter issue": a clear thing named first makes the second clear too.)
      const first = m.first ?? what;
      if (offered || artifact(what) !== what || AMBIGUOUS.has(first) || !(d.length > 0 || effect || specificWords >= 2)) continue;
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


const POINT = new PhraseSet('point', [
  "(especially|particularly|specifically|above all|mostly|loved|liked|enjoyed|remember|remembered) the @(point|part|bit|idea|line|section|argument|example|story|analogy|framing|chart|graph|slide|tip|trick|joke|moment) (about|on|of|that|where|when|you|with|comparing|showing)",
  // "Your take on sales automation was spot on, especially about balancing personalization with scale."
  "(especially|particularly) (about|on|how|the way|your point)",
  "your (first|second|third|last|final|main|closing) @(point|argument|example|slide|question)",
  // "the slide with the cost curve for heat pumps in your keynote": the part named by what it showed.
  "the @(slide|chart|graph|section|bit|part|story|example|analogy|quote|demo|diagram|table|map|joke|anecdote|trick|moment|argument|claim) (with|about|on|where|when|comparing|showing|you|that)",
]);

/** One thing the recipient said or showed, singled out: "especially the point about cutting gated ebooks and tracking
 *  self-reported attribution". It names what they made by its content, which a template cannot fill in for everyone;
 *  it needs a few words of that content. */
export function pointsMade(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of POINT.match(n.lower, n.toks)) {
    const end = findingEnd(n.t, m.s, 140);
    // A point inside a reference already counted ("the slide with the cost curve…" is both) is not a second one.
    if (contentWords(n.t, m.e, end, n.skip) < 3 || used.some((u) => u[0] <= m.s && m.s < u[1])) continue;
    const span: Span = [m.s, end];
    used.push(span);
    out.push({ code: 'specific', text: `Specific: singles out ${quoteOf(n, span)}`, weight: 3, span });
  }
  return out;
}
