import type { Recipient } from '../model';
import { ALNUM, isAlnum, PhraseSet } from './phrases';

/** A word list written as one string. */
export const words = (s: string) => new Set(s.split(' '));

/** LinkedIn notes are at most 300 characters; anything far past that is not a note, so we read a prefix. */
export const MAX_CHARS = 4000;

export type Span = [number, number];

/** Unfilled mail-merge slots: [Name], {{first_name}}, {firstName}, <First Name>, %FIRSTNAME%, FIRST_NAME. */
export const PLACEHOLDER =
  /\[\s*[A-Za-zÀ-ÿ][\wÀ-ÿ .'’/-]{0,30}\]|\{\{\s*[\w. -]{1,30}\}\}|\{\s*[A-Za-z_][\w.-]{0,30}\s*\}|<\s*(?:[Ff]irst|[Ll]ast|[Ff]ull|[Cc]ompany|[Yy]our|[Rr]ecipient|[Cc]ontact|[Nn]ame|[Oo]rg|[Ii]nsert|[Tt]opic|[Ee]vent|[Ss]chool|[Tt]itle|[Rr]ole|[Ii]ndustry|[Cc]ity)[\w ]{0,20}>|%[A-Z_]{3,30}%|\*\|[A-Z_0-9]{2,30}\|\*|#[A-Z][A-Za-z_]{2,30}#|_{4,}|\((?:Name|First Name|Last Name|Full Name|Event|Event Name|Company|Company Name|Topic|Title|Role|School|City|Industry|Your Name|Date|Job Title|Position)\)|(?<=\b(?:about|regarding|in|for|with|like) )[XYZ](?=[!.,?;:]|\s+(?:and|or)\s|$)|\b(?:FIRST_?NAME|LAST_?NAME|COMPANY_?NAME|first_name|last_name|company_name)\b/g;

/** Cheap pre-check so the placeholder regex only runs on notes that could contain one. Merge syntaxes covered: [Name],
 *  {{first_name}}, {firstName}, <Company>, %FIRSTNAME%, *|FNAME|* (Mailchimp), #FirstName#, blanks (____), and a
 *  topic left as X ("your post about X!"; "on X" is the platform). */
export const MAYBE_PLACEHOLDER = /[[{<%_#*(]|NAME/;
/** A topic left as X, Y or Z (checked without a regex: most notes have none). */
const maybeLetterSlot = (t: string) => t.includes(' X') || t.includes(' Y') || t.includes(' Z');

// Cross-sender masking and the judgement both look for placeholders in the same note: the last result is kept.
let lastSlots: [string, [number, string][]] = ['', []];
/** Each PLACEHOLDER match in `t`, as [index, text]. The array is shared: do not change it. */
export function placeholderSlots(t: string): [number, string][] {
  if (lastSlots[0] === t) return lastSlots[1];
  const out: [number, string][] = [];
  if (MAYBE_PLACEHOLDER.test(t) || maybeLetterSlot(t)) {
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(t))) out.push([m.index, m[0]]);
  }
  lastSlots = [t, out];
  return out;
}


/** "Prof. Tanaka" or "Dr. Okafor" do not end a sentence. */
const ABBREV = new RegExp(`(?:^|[^${ALNUM}])(?:prof|dr|mr|mrs|ms|st|jr|sr|inc|ltd|co|vs|etc|e\\.g|i\\.e|no)$`, 'i');
const endsSentence = (t: string, i: number) => {
  const c = t[i];
  if (c === '.') return !ABBREV.test(t.slice(Math.max(0, i - 6), i));
  // A line break before a lower-case word is a hard wrap inside the sentence.
  return c === '!' || c === '?' || (c === '\n' && !LOWER_START.test(t[i + 1] ?? ''));
};
const LOWER_START = /\p{Ll}/u;

// Every signal asks for the sentence around some offset of the same note: its breaks are found once per note.
let breaks: [string, number[], number[]] = ['', [], []];
/** Where a finding that starts at `at` ends: the end of its sentence, but no more than `max` characters on (a note
 *  typed without stops is not one long finding). */
export const findingEnd = (t: string, at: number, max = 120) => Math.min(sentenceBounds(t, at)[1], at + max);

/** Start and end of the sentence containing `i` (sentences split on .!? and line breaks, which some sources flatten
 *  to double spaces): the sentence starts after the last break before `i` and ends at the first break from `i`. */
export function sentenceBounds(t: string, i: number): Span {
  if (breaks[0] !== t) {
    // A double space ends a sentence at its second space and starts the next after it, seen from either side.
    const before: number[] = [];
    const after: number[] = [];
    for (let p = 0; p < t.length; p++) {
      const c = t[p];
      if (c !== '.' && c !== '!' && c !== '?' && c !== '\n' && c !== ' ') continue;
      const ends = c !== ' ' && endsSentence(t, p);
      if (ends || (c === ' ' && t[p - 1] === ' ')) before.push(p);
      if (ends || (c === ' ' && t[p + 1] === ' ')) after.push(p);
    }
    breaks = [t, before, after];
  }
  const [, before, after] = breaks;
  // The last break before i, and the first break at or after i.
  const b = firstAtOrAfter(before, i);
  const a = firstAtOrAfter(after, i);
  return [b > 0 ? before[b - 1] + 1 : 0, a < after.length ? after[a] : t.length];
}
/** The index of the first value ≥ x in an ascending list (its length if none). */
function firstAtOrAfter(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const GREETINGS = 'hi hello hey dear hallo liebe lieber bonjour salut hola olá ola oi ciao good morning';
export const GREETING = words(GREETINGS);
/** A greeting whose name never got merged in: "Hi ," "Dear ,". */
// ("Salut !", "Bonjour !": French sets a space before "!", so only a comma counts there.)
export const EMPTY_GREETING = new RegExp(`(?:^|\\s)(?:(?:${GREETINGS.replace(/ /g, '|')})\\s+,|(?:hi|hello|hey|dear)\\s+!)`, 'i');
/** What every EMPTY_GREETING match ends with (a space, then the comma or !): most notes have none, and this is quicker
 *  to look for than the greetings. */
export const MAYBE_EMPTY_GREETING = /\s[,!]/;
const LINKS = new Set(['of', 'de', 'du', 'der', 'di', 'la']);
/** "Prof. Krüger", "Herr Weber", "Madame Berthier": the word after a title is the addressee's surname. */
const HONORIFIC = words('prof professor dr herr frau mr mrs ms madame monsieur mme sr sra srta dott dott.ssa dra signor signora doutor doutora dottore dottoressa');
const HYPHENATED = new RegExp(`[${ALNUM}]-[${ALNUM}]`);
const NOT_NAMES = new Set(
  'i linkedin guten tag beste viele herzliche freundliche grüße gruß sie ihnen ihr ihre ihren ihrem ihrer monday tuesday wednesday thursday friday saturday sunday may ai ml iot saas b2b b2c d2c web3 cmo coo cpo cro chro cio ciso cdo svp evp yoy 5g 4g 3d hr it ux ui api ceo cto cfo vp llm pm kpi roi crm seo ps pme sme vip'.split(
    ' ',
  ),
);

export interface Token {
  w: string;
  /** Lower case, with ’ as '. */
  l: string;
  s: number;
  e: number;
  /** Contains - . & or an apostrophe ("network-building", "Fly.io", "you're"). */
  joined: boolean;
  /** The words a joined token is made of ("network", "building"). */
  parts?: string[];
  /** The word lists registered with `wordClass` that `l` is in, as bits. */
  is: number;
}

const NON_ALNUM = new RegExp(`[^${ALNUM}]+`);
const NON_WORD = new RegExp(`[^${ALNUM}-]+`);
/** ' ’ & . - : may join letters inside a token. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 45;

// analyzeNote tokenizes a note for cross-sender detection and again for the judgement: the last result is kept.
let last: [string, Token[]] = ['', []];

// Word lists that signals check every token against ("is it a possessive?", "is it I or we?"). Looking a word up in a
// Set hashes and compares it, and a handful of such passes over every token cost as much as a phrase set, so each
// token looks its word up once, here, and carries the lists it is in as bits (`Token.is`).
const CLASSES = new Map<string, number>();
let classes = 0;
/** Registers a word list (lower case, ’ as ') and returns its bit: `(k.is & bit) !== 0` is `words.has(k.l)`. */
export function wordClass(words: Iterable<string>): number {
  if (classes === 31) throw new Error('too many word classes');
  const bit = 1 << classes++;
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
  last = ['', []]; // tokens made before would lack the bit
  return bit;
}
/** The note's words: what `[A][A'’&.-]*[A]|[A]` (A: a letter or digit of ALNUM) matches, scanned by hand because that
 *  is several times faster than running the regex: a letter or digit, then letters, digits and joiners, ending at the
 *  last letter or digit. */
export function tokens(t: string): Token[] {
  if (last[0] === t) return last[1];
  const out: Token[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let joined = false;
    for (let j = end; j < n; j++) {
      const c = t.charCodeAt(j);
      if (isAlnum(c)) {
        end = j + 1;
        // A joiner is inside the token once a letter or digit follows it.
        if (!joined && isJoiner(t.charCodeAt(j - 1))) joined = true;
      } else if (!isJoiner(c)) break;
    }
    const w = t.slice(i, end);
    let l = w.toLowerCase();
    if (joined && l.includes('’')) l = l.replace(/’/g, "'");
    out.push({ w, l, s: i, e: end, joined, parts: joined ? l.split(/[-.&']/) : undefined, is: CLASSES.get(l) ?? 0 });
    i = end;
  }
  last = [t, out];
  return out;
}

/** Words that name the recipient or restate their profile (slots a template fills): they say nothing about the
 *  sender having looked. */
const skipped = new WeakMap<Recipient, Set<string>>();
export function recipientWords(r?: Recipient): Set<string> {
  let set = r && skipped.get(r);
  if (set) return set;
  set = new Set<string>();
  if (r) skipped.set(r, set);
  for (const v of [r?.firstName, r?.lastName, r?.company, r?.school, r?.headline])
    for (const w of (v ?? '').toLowerCase().split(NON_ALNUM)) if (w.length > 1 && !FUNCTION.has(w)) set.add(w);
  return set;
}

/** Where a sign-off name starts ("— Micah", "Best, Vinicius"), so the sender's own name is not read as a detail: one
 *  or two capitalised words ending the note, after a break, a comma, a dash or the end of a sentence. */
export function signatureStart(t: string, toks: Token[]): number {
  const from = Math.max(0, t.length - 48);
  const last = toks[toks.length - 1];
  if (!last || !nameLike(last) || last.s < from || t.slice(last.e).trim()) return t.length;
  const prev = toks[toks.length - 2];
  if (prev && prev.s >= from && nameLike(prev) && last.s - prev.e === 1 && /\s/.test(t[prev.e]) && afterBreak(t, prev.s)) return prev.s;
  return afterBreak(t, last.s) ? last.s : t.length;
}
const nameLike = (k: Token) => k.w.length > 1 && isUpper(k.w) && !hasDigit(k.w) && !/[.&]/.test(k.w);
const afterBreak = (t: string, i: number) => i === 0 || /[\s,.!—–-]/.test(t[i - 1]);

export interface Detail {
  kind: 'name' | 'number' | 'compound' | 'quote' | 'time' | 'deed';
  span: Span;
}

const TIME = new PhraseSet('time', [
  "last (week|month|year|night|quarter|spring|summer|fall|autumn|winter|weekend|\\w+day)",
  "yesterday",
  "this (morning|week)",
  "(\\d+|a|a few) (days|weeks|months) @ago",
  "gestern|ayer|ontem|ieri",
  "(in|on|since|from|during|last|this) @(january|february|march|april|may|june|july|august|september|october|november|december)",
  // A day still to come ("next Thursday") is a meeting request, not something that happened.
  "(?<!next |coming )@(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
]);
const DEED = new PhraseSet('deed', [
  "(congrats|congratulations) on (shipping|launching|releasing|publishing|open-sourcing|finishing|winning)",
  // Something they did, congratulated in four languages: "felicidades por conseguir el segundo puesto", "parabéns por
  // ter lançado", "complimenti per aver vinto" (a prize the company got, a new job or an anniversary are not this).
  "(felicidades|enhorabuena|felicitaciones) por (haber )?@(conseguir|ganar|lanzar|publicar|terminar|ganado|conseguido|lanzado|publicado|terminado)|@parabéns (por|pelo|pela) (ter )?(conquistar|ganhar|lançar|publicar|terminar|ganho|conquistado|lançado|publicado)|(félicitations|bravo) pour (avoir )?@(gagné|lancé|publié|terminé)|@(complimenti|congratulazioni) per (aver )?(vinto|lanciato|pubblicato|finito)",
  "(thanks|thank you|thx|ty|thank u) (so much )?for @(reviewing|answering|replying|fixing|merging|explaining)|(thanks|thank you|thx|ty|thank u) (so much )?for (the|your) (\\w+ ){0,2}@(review|feedback|walkthrough|pointer|mentoring|session|pr|patch|fix|notebook|tip|advice|answer|reply|introduction|shoutout|shout-out|mention|referral|intro)",
  "(?<!(what|everything|all) )(you|you've|you have|your team|they) (just |personally |once |also |even |really |kindly )?(?!\\w+ (a|an|your) (\\w+ )?(career|reputation|name|network|following|brand|audience|presence))(?!visited (my|our) (profile|page))@(launched|shipped|wrote|posted|shared|published|open-sourced|open sourced|gave|presented|built|organized|organised|hosted|ran|mentioned|said|described|explained|recommended|answered|asked|toured|visited|invited|lent|released|won|spoke|interviewed|demoed|wrote up|led|designed|created|founded|started|moderated|reviewed|coached|taught|drew|filmed|recorded|translated|fixed|told me|told the|told us|showed|maintain|maintained|chaired|facilitated|keynoted|emceed|scrapped|killed|dropped|rewrote|migrated|replaced|argued|proposed|pointed out|suggested|compared|illustrated|merged|donated|hired|treated|operated|delivered|nursed|cured|diagnosed|rescued|preached|refereed|planted|painted|baked|cooked|sang|volunteered|raised|rescued|sorted|carved|knitted|sewed|photographed|restored|renovated|repaired)",
  "(the|that) (bit|part|point|line|moment|section) (where|when) you",
  // A favour done for the sender: "thanks again for jumping my car", "you left a kind review on my shop".
  "(thanks|thank you|thx) (again |so much )?for (?!(accepting|connecting|adding|reaching|following|viewing|visiting|checking|considering|taking|reading|having|being|liking|sharing|letting)\\b)(\\w+ )?\\w+ing (my|me|us|our|the|that)",
  "(thanks|thank you|thx|cheers) (again |so much )?for the (?!(connection|connect|add|invite|invitation|opportunity|follow|request|time|reply|response|message|note|info|chance|support|great|kind|warm|quick)\\b)(\\w+ ){0,2}\\w+ (at|on|in|of|to|for|during|after|with|from|explaining|showing)",
  // "saw you play cello with the Kettering Chamber Players": the sender was in the audience.
  "(saw|heard|watched) you @(play|playing|sing|singing|speak|speaking|perform|performing|preach|preaching|dance|dancing|race|racing|present|presenting)",
  "(nos|me) @(serviste|atendiste|operaste|curaste|cuidaste|salvaste)|(você|voce|vc) @(atendeu|operou|tratou|cuidou|salvou) (minha|meu|a minha|o meu|nossa|nosso)|(você|voce|vc) @(revisou|respondeu|aprovou|aceitou|mergeou)",
  // A contribution to their project: "j'ai contribué au SDK open source de Voyageo (PR #88)".
  "(i|we) (have )?@(contributed|submitted a pr|sent a pr|opened a pr) (to )?(your|the)|j'ai @contribué|he @contribuido|ho @contribuito|@contribuí|habe (\\w+ )?@beigetragen",
  "(ha|hai) @detto che",
  // "the wheel truing you did before my trip": something they did, named first.
  "(the|that) (\\w+ ){1,3}@you (did|made|gave|built|wrote|sent|fixed|recommended|taught|showed|ran|organised|organized|hosted|shared|left|posted|drew|designed|curated|styled|produced|directed|opened|launched|suggested|recommended|proposed)",
  // "the way you got two regional couriers to share lockers": how they did something, told.
  "(the|that) @way (you|your team) \\w+",
  // "you dragged me through the bleep test", "you let me swap shifts": something done for the sender.
  "you (?!(inspired|impressed|amazed|motivated|reminded|contacted|messaged|viewed|visited|noticed|checked|joined|connected|emailed|pinged|followed|added|invited|accepted|tagged|endorsed|liked)\\b)(\\w+ed|let|gave|sent|got|made|put|took|drove|lent|brought|sold|found|kept|taught|told|showed)( off| up| out| through| over| in)? (me|us|my|our|his|her)",
  // A customer's own experience: "we put your soil probes in this spring", "compré tu cerámica en el mercado".
  "(i|we) (just |still |now )?@(bought|ordered|installed|tried|put|picked up|got|have used|licensed|adopted|deployed|integrated|implemented|rolled out|use|run) (one of |a couple of |some of )?your|(i'm|we're|been) @using your|@(compré|comprei|compramos|acheté|comprato|gekauft) (una de |uma das |un de )?(tu|tus|su|sus|seu|sua|seus|suas|ton|ta|tes|votre|vos|tuo|tua|dein|deine)|@cliente (de|da|do) (votre|ta|ton|tu|su|sua|seu)|@client de (votre|ta|ton)",
  // A user of what they made: "I use the inventory app daily", "uso il plugin WordPress", "on the app since the beta",
  // "bought one of the speckled glaze mugs", "feature request: barcode scanning?".
  "(i|we) (just |still |now |also |already |recently )?@(use|used|run|installed|rely on|tried|tested) the ([^\\s]+ ){0,3}(app|plugin|extension|template|spreadsheet|planner|library|action|theme|kit|checklist|calculator|tracker|cli|sdk|feature)\\b|(i|we) (just |recently |also )?@(submitted|opened|sent) a (pr|pull request|patch)",
  "@(uso|utilizo|usamos|utilizamos|utilizzo|utilizziamo|j'utilise|nutze|nutzen|verwende|verwenden) (il|la|lo|a|o|el|le|les|den|die|das|tu|tua|teu|sua|su|ton|ta|votre|dein|deine|ihre|ihr|seu|tuo) (\\w+ )?(plugin|app|aplicativo|aplicación|applicazione|planilha|hoja|foglio|modello|template|plantilla|modelo|ferramenta|herramienta|strumento|outil|werkzeug|tool|libreria|biblioteca|bibliothèque|paquete|pacote|pacchetto|extensión|extensão|estensione|tema|vorlage|tabelle|checklist|framework|sdk|script|calcolatore|calculadora)\\b",
  "since the @(beta|alpha|waitlist|first release|first version|launch)|@(bought|ordered|grabbed) (one|two|three|a couple|some) of the|@feature request|any chance of ([^\\s]+ ){1,3}@support|(fixed|solved|unblocked|rescued|sorted) (my|our) ([^\\s]+ ){0,3}(with|using|thanks to) (the|your)",
  "you @left (me )?(a|an) (\\w+ ){0,2}(review|comment|note|reply|tip|message|answer|recommendation)",
  // What they offered, or made that the sender uses: "take you up on that investor intro", "I've been using it for…".
  "take you up on (that|your|the) (\\w+ ){0,2}@(offer|intro|introduction|invitation|invite|suggestion|idea)",
  "(i've|i have|we've|we have) been @using (it|your|this|that)",
  "(you|you're|you are|you were) the @(author|creator|maintainer|organiser|organizer|host|speaker|illustrator|one) (of|who|behind)",
  "(?<!(visto|notato) )che hai @(scritto|creato|costruito|fatto|pubblicato|condiviso|postato|girato|proposto|presentato|organizzato)|que @(hiciste|escribiste|creaste|publicaste|compartiste|subiste|presentaste|organizaste)",
  // "l'esperimento che hai condiviso", "a planilha que você partilhou", "la fiche que tu as partagée", "die Treppe, die du gepostet hast".
  "que (você|voce|vc|tu) @(partilhou|compartilhou|postou|publicou|escreveu|fez|criou|partilhaste|publicaste)|que (tu as|vous avez) @(partagé|partagée|publié|publiée|posté|postée|écrit|écrite|créé|créée|présenté|présentée)|(die|das|den|der) (du|sie) ([^\\s]+ ){0,2}@(gepostet|geteilt|veröffentlicht|geschrieben|gebaut) (hast|haben)",
  // What they said or showed, in five languages: "dijiste que…", "quando você disse que…", "mi hai spiegato perché…".
  "me @(llamaste|dejaste|ayudaste|enseñaste|explicaste|contrataste|diste|mandaste|enviaste|recomendaste|presentaste)|(você|voce|vc) me @(ligou|ajudou|ensinou|deu|mandou|contratou|deixou|apresentou)|mi hai @(chiamato|chiamata|aiutato|aiutata|insegnato|dato|assunto|assunta|lasciato)|(tu m'as|vous m'avez) @(appelé|appelée|aidé|aidée|appris|donné|embauché|embauchée|laissé)|(du hast|sie haben) mir (\\w+ ){0,4}@(geholfen|gezeigt|gegeben|beigebracht)|(du hast|sie haben|du hättest|sie hätten) ([^\\s]+ ){0,12}@(betreut|begleitet|gefördert|eingestellt|ausgebildet|aufgebaut|entwickelt|gebaut|geschrieben|veröffentlicht|gegründet|organisiert)",
  "@(dijiste|contaste|explicaste|enseñaste|mostraste|comentaste|escribiste) (que|cómo|por qué|en)|(você|voce|vc) @(disse|contou|explicou|mostrou|ensinou|escreveu|desenhou)|o que (você|voce|vc) @contou|(mi|ci) (hai|ha) @(spiegato|detto|raccontato|mostrato|insegnato)|(vous avez|tu as|vous aviez|tu avais) ([^\\s]+ ){0,4}@(monté|créé|lancé|construit|écrit|publié|fondé|organisé|développé)|hai @detto che|(tu m'as|vous m'avez|tu nous as|vous nous avez|tu as|vous avez) @(dit|expliqué|montré|appris|raconté)|(du hast|sie haben) (uns |mir )?@(gesagt|erklärt|gezeigt|erzählt)",
  // What they told the sender before, recalled: "du hattest erzählt, dass…", "mi avevi detto che…", "tu disais que…",
  // "você comentou que…", "lo que dijiste del carril bici", "you were worried about the ferry schedule".
  "(du hattest|sie hatten|ihr hattet) ([^\\s]+ ){0,3}@(erzählt|gesagt|erwähnt|gemeint|berichtet)|(mi|me|ci) @(avevi|aveva|avevate) (detto|raccontato|spiegato|parlato)|(tu|vous) @(disais|disiez|racontais|racontiez|parlais|parliez)|(tu m'avais|vous m'aviez) @(dit|raconté|parlé|expliqué)|(você|voce|vc|tu) @(comentou|falou|mencionou|comentaste|falaste|disseste)|(lo que|eso que|me) @(dijiste|contaste|comentaste|explicaste)",
  "you @were (?!(hiring|looking|seeking|recruiting|searching|open|interested|available)\\b)(\\w+ing|worried|nervous|excited|stressed|keen|adamant|right|unsure|sceptical|skeptical) (about|for|that|on|with|over)",
  // Who they were to the sender: "you were the recruiter who sent me…", "fuiste la única reclutadora que me llamó".
  "you were the (only |one )?(\\w+ )?@(who|that) (sent|gave|told|helped|called|hired|took|showed|taught|answered|replied)|@fuiste (el|la) (único|única)?( \\w+)? que|@(foi|foste) (o|a) (único|única)?( \\w+)? que",
  "(grazie|gracias|obrigad[oa]|merci|danke) (per|por|pel[oa]|pour|d'avoir|für) (aver |avermi |la |tu |sua |ta |votre |deine |ihre |den |die |das |le |il |el |o |a )?@(tipp|tipps|tip|consejos|dicas|suggerimento|missa|misa|messe|messa|risposto|aiutato|spiegato|responder|contestar|ayudarme|ayuda|revisar|carta|consejo|review|revisão|resposta|ajuda|dica|recomendação|réponse|aide|relecture|répondu|relu|lettre|conseils|antwort|hilfe|empfehlung|consiglio|revisione|lettera)",
]);
// ("'partners aren't subcontractors'": an apostrophe inside a word does not close the quote.)
const QUOTE = new RegExp(`["“„«]([^"”“«»\\n]{4,90})["”“»]|(?<![${ALNUM}])'((?:[^'\\n]|(?<=[${ALNUM}])'(?=[${ALNUM}])){4,90})'(?![${ALNUM}])`, 'g');
const MAYBE_QUOTE = /["“„«']/;


/** "thought-provoking", "eye-opening": praise, not a thing with a name ("route-setting" is one). */
const EVALUATIVE = /^(provoking|opening|blowing|changing|breaking|inspiring|thinking|looking|deserved|written)$/;
/** "open-source", "fast-growing", "data-driven", "early-stage": what a pitch says of any company or project. */
const GENERIC_COMPOUND = /^(open-source|(fast|high|hyper)-growth|(fast|rapidly)-growing|(early|late|growth|seed|series)-stage|[a-z]+-(driven|based|powered|first|centric|focused|oriented|minded|facing|enabled|native|ready|forward)|cutting-edge|state-of-the-art|world-class|top-tier|tier-one|best-in-class|next-gen(eration)?|real-time|end-to-end|full-stack|cross-functional|long-term|short-term|large-scale|high-impact|high-quality|mission-critical|game-changing|ultra-[a-z]+|[a-z]+-time|long-standing|b2b|b2c|co-founder|e-commerce|follow-up)$/;
// "Seriez-vous", "adicioná-lo": a verb with its pronoun, not a compound name.
const CLITIC = words('vous tu il elle nous moi toi je on ils elles lo la los las le les me se nos lhe te ci vi');
const isUpper = (w: string) => w[0] !== w[0].toLowerCase();
export const hasDigit = (w: string) => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/** Concrete details in the note: names of things, numbers, compounds, quoted titles, dates, things the person did.
 *  `lower` is the note as given by `lowered`. */
export function details(t: string, lower: string, skip: Set<string>, sigAt: number, toks: Token[]): Detail[] {
  const out: Detail[] = [];
  let german: boolean | undefined;
  if (MAYBE_QUOTE.test(t)) {
    QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    // A quoted headline is a slot, not a title.
    while ((m = QUOTE.exec(t))) if (contentWords(m[0], 0, m[0].length, skip) >= contentWords(m[0], 0, m[0].length, new Set()) / 2 && contentWords(m[0], 0, m[0].length, skip) > 0) addDetail(out, 'quote', m.index, m.index + m[0].length);
  }
  for (const m of TIME.match(lower, toks)) addDetail(out, 'time', m.s, m.e);
  for (const d of DEED.match(lower, toks)) addDetail(out, 'deed', d.s, d.e);
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i];
    if (k.s >= sigAt) continue;
    const w = k.w;
    if (hasDigit(w)) {
      if (w !== '0' && w !== '1' && !NOT_NAMES.has(k.l)) addDetail(out, 'number', k.s, k.e);
      continue;
    }
    if (w.length > 7 && HYPHENATED.test(w)) {
      // "open-data" is a detail; "while-your" or "Ramos-we've" is a dash typed as a hyphen.
      const parts = w.toLowerCase().split('-');
      const tail = parts[parts.length - 1];
      // "thought-provoking", "well-deserved" describe; "open-data", "cold-chain" name.
      if (!/['’]/.test(w) && !STOP.has(parts[0]) && !STOP.has(tail) && !CLITIC.has(tail) && !EVALUATIVE.test(tail) && parts[0] !== 'well' && !parts.every((p) => skip.has(p)) && !GENERIC_COMPOUND.test(parts.join('-'))) {
        addDetail(out, 'compound', k.s, k.e);
        continue;
      }
    }
    if (!isUpper(w) || NOT_NAMES.has(k.joined ? k.l.replace(/'.*$/, '') : k.l) || skip.has(k.joined ? k.l.replace(/'s$/, '') : k.l)) continue;
    if (k.parts && k.parts.every((p) => skip.has(p))) continue;
    if (isSentenceStart(t, k.s)) continue;
    const prev = toks[i - 1];
    if (prev && GREETING.has(prev.l) && k.s - prev.e < 3) continue;
    // "Hi Boris, Loved seeing…": the note starts after the greeting.
    if (i >= 2 && GREETING.has(toks[i - 2].l) && /^\s*[,!—–-]\s*$/.test(t.slice(prev.e, k.s))) continue;
    // A title is not a name; the surname after it is the addressee's when it greets or calls them ("Sehr geehrter
    // Herr Prof. Krüger,", "…, Prof. Krüger."), and someone else's otherwise ("Mr. Dutton's homeroom").
    if (HONORIFIC.has(k.l)) continue;
    if (prev && HONORIFIC.has(prev.l) && k.s - prev.e <= 2 && (i < 5 || /^[,.!?]?\s*$/.test(t.slice(k.e, k.e + 2)))) continue;
    // "Guten Tag Jonas Albrecht": the recipient's surname.
    if (prev && skip.has(prev.l) && k.s - prev.e === 1 && (i === 1 || GREETING.has(toks[i - 2].l) || toks[i - 2].l === 'tag')) continue;
    // German capitalises every noun: in a German note "Profil" or "Hintergrund" is a word any note uses, not a name
    // ("Schwingungsdämpfung" still says something).
    if (GERMAN_NOUNS.has(k.l) && (german ??= isGerman(toks))) continue;
    // Merge a run such as "Port of Rotterdam" or "PyData Atlanta" into one detail.
    let j = i;
    while (toks[j + 1] && toks[j + 1].s - toks[j].e <= 1 && (isUpper(toks[j + 1].w) || (LINKS.has(toks[j + 1].w) && toks[j + 2] && isUpper(toks[j + 2].w)))) j++;
    // "Senior Engineer", "Head of Growth": a job title, the slot every recruiter fills.
    if (isTitle(toks, i, j)) {
      i = j;
      continue;
    }
    addDetail(out, 'name', k.s, toks[j].e);
    i = j;
  }
  return out;
}

// Words only German uses among the six languages (English "die", "den", "bin", French "des" left out).
const GERMAN_WORD = wordClass(
  'und ich nicht für über würde würden gerne gern mich mir bin habe hat ihnen einen einem einer eines sehr wir uns ist sind auf mit dem zum zur bei vom von wie auch noch schon dass freue freuen mein meine meinem meinen dein deine deinem deinen ihre ihren ihrem euch hallo liebe lieber grüße viele beste vielen dank'.split(' '),
);
/** Three of those words make a note German. */
function isGerman(toks: Token[]): boolean {
  let n = 0;
  for (const k of toks) if (k.is & GERMAN_WORD && ++n === 3) return true;
  return false;
}
/** Nouns a German note of any kind uses: what a profile lists, what a job or a pitch offers, how a note greets. */
const GERMAN_NOUNS = words(
  'profil profils hintergrund werdegang bereich bereichen branche position stelle stellen rolle job jobs interesse erfahrung erfahrungen austausch portfolio arbeit arbeiten recruiter recruiterin versicherer unternehmen firma kunden netzwerk kontakt kontakte vernetzung karriere team teams projekt projekte jahre jahren thema themen frage fragen ideen einblicke expertise kompetenzen kenntnisse fähigkeiten tätigkeit aufgaben lösung lösungen möglichkeit möglichkeiten zusammenarbeit tag woche zeit entwickler entwicklerin leiter leiterin geschäftsführer geschäftsführerin kollegen kollegin gruppe veranstaltung beiträge inhalte inhalt sicht perspektive leidenschaft herausforderungen herausforderung chance angebot bewerbung lebenslauf nachricht anfrage einladung freude weg welt markt zukunft digitalisierung strategie führung innovation nachhaltigkeit wachstum vertrieb engagement ansatz erfolg gratulation glückwunsch dank grüßen grüsse anliegen stellenangebot ausschreibung gehalt standort region industrie praxis leistungen produkte produkt plattform partner potenzial mehrwert unterstützung beratung mittelstand gründer gründerin fachkräfte talente kandidaten arbeitgeber logistik technik informatik medizin impuls gedanken nachdenken pflege bildung finanzen einkauf produktion forschung entwicklung immobilien versicherung gesundheit energie personalwesen',
);

/** Job titles, and the words that qualify them ("Senior", "Head of", "Data"). */
const TITLE = words(
  'engineer engineers engineering manager managers director directors developer developers designer designers analyst analysts scientist scientists consultant consultants recruiter recruiters founder founders co-founder cofounder officer specialist architect executive intern student president coordinator administrator advisor adviser strategist researcher professor owner partner entrepreneur',
);
const TITLE_QUALIFIER = words('senior junior lead head chief principal staff associate assistant of growth sales marketing operations people talent data software product design');
/** Tokens i..j are a job title: title words and qualifiers, at least one a title ("Growth" alone is not one). */
function isTitle(toks: Token[], i: number, j: number): boolean {
  let title = false;
  for (let k = i; k <= j; k++) {
    const l = toks[k].l;
    if (TITLE.has(l)) title = true;
    else if (!TITLE_QUALIFIER.has(l)) return false;
  }
  return title;
}

/** Adds a detail unless it overlaps one found before. (A plain function: a closure made per note costs more.) */
function addDetail(out: Detail[], kind: Detail['kind'], a: number, b: number) {
  for (const d of out) if (d.span[0] < b && a < d.span[1]) return;
  out.push({ kind, span: [a, b] });
}

const OPENERS = ' \t\r\u00a0"“\'‘(¡¿';
export function isSentenceStart(t: string, i: number): boolean {
  let p = i - 1;
  for (; p >= 0 && OPENERS.includes(t[p]); p--) if (t[p] === ' ' && t[p - 1] === ' ') return true;
  const c = t.charCodeAt(p);
  // An emoji ends a sentence as often as a full stop does ("is always 🔥 Keep it coming").
  return p < 0 || c === 58 || endsSentence(t, p) || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf);
}

/** Content words: what is left after function words and catch-all topics. Used to tell "your post on leadership" from
 *  "your post on why feature flags rot". */
/** Little words that carry no topic, in the six languages. */
export const FUNCTION = words(
  "the a an and or of on in at to for with about from by as is are was were be been your you my our their his her its this that these those it how why what when where which who into over more most some any all der die das den dem des ein eine und le la les un une et el los las y o os um uma e il lo gli",
);
/** Function words plus catch-all topics and filler: what is left says something specific. */
export const STOP = new Set([
  ...FUNCTION,
  ...words(
    'última último ultima ultimo dernier dernière letzten week month year day very really just also lately recently always often clearly so than then there here them they we us me i do did not no new recent latest last great good interesting amazing insightful inspiring compelling excellent space industry field world area sector topic leadership growth marketing sales innovation technology tech business data strategy management fintech entrepreneurship career success future trends ai ml digital work content things stuff everything something life team teams people professional professionals experience opportunities opportunity journey insights thoughts ideas perspective approach role product design engineering finance hr recruiting startup startups analytics love like would connect connecting connected follow following keep learn learning caught eye attention impressive impressed looks look resonated stood out forward chat talk touch stay glad happy leading mutual connection connections thinking got gets truth spot valuable helpful useful brilliant fantastic awesome wonderful nice cool powerful agree agreed honoured honored pleasure letzter letzte letztes neuester aktueller',
  ),
]);
/** The sender speaking, and the recipient addressed, in the six languages ("sie", "su", "seu" can be either). */
export const FIRST = words("sono soy sou i i'm i've i'd i'll my me we we're we've we'd our us ich mein meine wir unser unsere uns je j'ai mon ma mes nous notre nos yo mi mis nosotros nuestro nuestra eu meu minha nós nosso nossa io mio mia noi nostro nostra");
export const SECOND = words("you your you're you've yours du dein deine deinen dich dir euch vous votre vos toi ton ta tes te tu tú ti tuo tua tuoi você voce teu");
/** `FIRST` and `SECOND` as word classes (see `wordClass`). */
export const FIRST_WORD = wordClass(FIRST);
export const SECOND_WORD = wordClass(SECOND);
export function contentWords(t: string, s: number, e: number, skip: Set<string>, also?: Set<string>): number {
  let n = 0;
  for (const w of t.slice(s, e).toLowerCase().split(NON_WORD))
    if (w.length > 2 && !STOP.has(w) && !skip.has(w) && !also?.has(w) && !(w.includes('-') && GENERIC_COMPOUND.test(w))) n++;
  return n;
}

/** Whitespace that `clip` would change: a run of two, or any but a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;
export const clip = (s: string, n = 60) => {
  const c = s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
  // Most quotes have single plain spaces only, which the replace would leave as they are.
  return ODD_SPACE.test(c) ? c.replace(/\s+/g, ' ') : c;
};
