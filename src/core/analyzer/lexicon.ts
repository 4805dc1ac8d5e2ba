import { phrase, wordBounded } from './text';

/** g: would fit anyone; p: sales pitch; j: job-search or recruiting boilerplate; f: restates a profile fact. */
export type Kind = 'g' | 'p' | 'j' | 'f';

// [weight, kind, phrase]. Weights are log-odds towards "template"; longer, more telling phrases come first so the
// single-pass matcher prefers them. Written from common outreach advice and LinkedIn's own defaults.
const ENTRIES: [number, Kind, string][] = [
  // English: LinkedIn defaults and network-building
  [4, 'g', "(i'd|i would|i'll|id) like to (add you to|join) (my|your) (professional )?(linkedin )?network( on linkedin)?"],
  [4, 'g', 'add you to my (professional |linkedin )?network'],
  [3, 'g', "(i'd|i would) like to connect with you on linkedin"],
  [2.5, 'g', '(expand|expanding|grow|growing|build|building|extend|extending|broaden|broadening|widen) (my|our) (professional |linkedin )?(network|connections|circle)'],
  [2.5, 'g', 'like[- ]minded (professionals|people|individuals|folks|leaders)'],
  [2, 'g', "(i )?(came|come|stumbled) (across|upon) your (linkedin )?profile"],
  [2, 'g', 'your profile (caught my (eye|attention)|stood out|is (very |really )?impressive|popped up)'],
  [1.5, 'g', '(impressed|inspired|amazed) (by|with) your (impressive )?(linkedin )?(profile|background|experience|career|journey|achievements|accomplishments|skills|expertise)'],
  [1.5, 'g', '(impressive|great|amazing|strong) (\\w+ )?(profile|background|experience|career)'],
  [1.5, 'g', "(would|'d|will) be (a )?(great|an honou?r|a pleasure|delighted|happy|glad) to (have you|add you|connect|be connected)"],
  [1.5, 'g', '(have|add) you (in|to) my network'],
  [1.5, 'g', 'professional network'],
  [2, 'g', '(connect|connecting|network|networking) with (other |fellow |more )?(professionals|people|others|leaders|experts|peers|individuals)'],
  [1.5, 'g', '(always )?(looking|happy|keen|eager|open) to (connect|network) with'],
  [1.5, 'g', "(please|kindly) (connect|accept)"],
  [1.2, 'g', '(mutual(ly)?|shared|common) (beneficial|benefit|connections|contacts|interests|goals)'],
  [1, 'g', '(similar|same) (interests|industry|field|space|circles|background|goals)'],
  [1, 'g', '(people|others|professionals) (in|from) (the|my|your|our) (\\w+ )?(industry|field|space|sector)'],
  [1, 'g', '(in|within) the (same )?(\\w+ )?(industry|space|field|sector)'],
  [1, 'g', "(we're|we are|we both|both of us) (both )?(work |working )?(in|on|at) the"],
  [0.8, 'g', "fellow \\w+( \\w+)? (here|alum|alumni|alumnus)"],
  [0.8, 'g', "look(ing)? forward to connecting"],
  [0.8, 'g', "(hope|trust) (you're|you are|this (message |note )?finds you|all is|your week)( doing)?( well| great| good)?"],
  [0.6, 'g', "(would|'d) (love|like) to (connect|be connected)"],
  [0.6, 'g', "(let's|lets) connect"],
  [0.6, 'g', '(learn|learning) (more )?from your (experience|expertise|journey|insights)'],
  [0.5, 'g', '(exchange|share|sharing|exchanging) (ideas|insights|knowledge|notes)'],
  [1.5, 'g', '(potential|possible|future) (collaboration|synergies|synergy|opportunities|partnership)'],
  [1, 'g', '(thought|think) (it|that) (would|could|might) be (great|good|nice|valuable|beneficial) to connect'],
  [1, 'g', 'linkedin suggests|people you may know'],
  // Pitches
  [3, 'p', '(we|i) help (\\w+ ){0,2}(companies|teams|businesses|brands|founders|organizations|organisations|clients|startups|leaders|agencies|firms|people|professionals|executives|ceos|cfos)'],
  [3, 'p', '(companies|teams|businesses|brands|firms|organizations|leaders) (like yours|like you|similar to yours|at your stage)'],
  [1.5, 'p', 'similar(-stage)? (companies|teams|businesses)'],
  [2.5, 'p', '(i|we) (work|partner) with (\\w+ )?(teams|companies|founders|businesses|leaders|brands|startups|agencies)'],
  [2.5, 'p', '(quick|short|brief|\\d+[- ]?min(ute)?s?) (intro )?(call|chat|demo|meeting|conversation)'],
  [2.5, 'p', '(book|schedule|set up|hop on|jump on|grab) (a )?(\\d+[- ]?min(ute)? )?(call|demo|meeting|time)'],
  [3, 'p', '(free|no[- ]cost|complimentary) (trial|audit|consultation|demo|assessment)'],
  [2.5, 'p', '(our|my) (platform|solution|agency|services|product|software|tool|app|offering) (helps|can|is|has|offers|lets|enables)'],
  [2.5, 'p', '(increase|boost|grow|double|triple|scale|drive) (your |their )?(revenue|sales|leads|roi|pipeline|conversions|bookings|growth)'],
  [2, 'p', '(save|saving|cut|cutting|reduce|reducing) (\\w+ ){0,3}(time|costs?|hours|spend)'],
  [1.5, 'p', '\\d+(x|%) (more|faster|increase|growth|better|higher)'],
  [2, 'p', '(case study|white ?paper|one-pager|ebook)'],
  [1.5, 'p', '(happy|glad) to (share|send|show)'],
  [2, 'p', "(something|solution) that (might|may|could|would) (interest|help|benefit) you|you might find (it|this) (useful|interesting|valuable)|(might|may) be (of interest|relevant) to you"],
  [2.5, 'p', "(see|explore|discuss) (if|whether|how) (there's|there is|we could|we can)"],
  [1.5, 'p', "worth (connecting|a chat|a conversation|exploring)"],
  [1, 'p', 'no pitch|not a pitch|not selling'],
  [2, 'p', 'https?://\\S+|www\\.\\S+|calendly'],
  [1.5, 'p', "(congrats|congratulations|parabéns|felicidades|glückwunsch|félicitations|complimenti) (on|pela|pelo|por|zur|zum|pour) (the |your |a |la |o )?(recent )?(funding|raise|series|seed|round|rodada|new role|new position|promotion|work anniversary|anniversary)"],
  [1, 'p', 'just raised'],
  [2, 'p', "i('m| am) working on something"],
  // Job search and recruiting
  [2, 'j', '(exploring|seeking|looking for|pursuing) (new )?(roles|opportunities|positions|openings|a (new )?(role|job|position))'],
  [1.5, 'j', '(open to|exploring) (new )?(opportunities|work|roles)'],
  [2, 'j', '(my|send you my|attach(ed)? my) (resume|résumé|cv|portfolio)'],
  [2, 'j', '(exciting|great|interesting|amazing) (career |job )?(opportunit(y|ies)|role|position)'],
  [3, 'j', '(role|position|opportunity) that (matches|fits|aligns with|suits) your'],
  [2.5, 'j', '(your|the) (skills|profile|background|experience) (match|matches|fit|fits|align|aligns)'],
  [1.5, 'j', "i('m| am) (a |an )?(recruiter|recruiting|talent|headhunter|hiring)"],
  [1.5, 'j', "(we're|we are) hiring|are you open to"],
  // Restating profile facts
  [1, 'f', "(i )?(see|saw|noticed|notice) (that )?(you('re| are| work| lead| have|'ve| previously| recently)|we('re| are)? both)"],
  [1, 'f', '(your|the) (role|position|title|time) (as|at)'],
  [0.8, 'f', 'both connected (to|with)'],
  // German
  [4, 'g', '(sie|dich) (gerne? )?(zu )?meinem (beruflichen )?netzwerk( auf linkedin)? hinzufügen'],
  [2.5, 'g', '(mein|meine) (netzwerk|kontakte) (zu )?(erweitern|ausbauen|vergrößern)'],
  [2, 'g', '(bin|ist mir) (\\w+ )?(auf|über) (ihr|dein) profil gestoßen|(ihr|dein) profil (ist mir aufgefallen|hat mich)'],
  [2, 'g', 'gleichgesinnte\\w*'],
  [0.6, 'g', '(gerne?|würde mich freuen,?) (\\w+ ){0,3}(zu )?vernetzen|lass(en sie| uns) uns vernetzen'],
  [2, 'j', '(spannende|interessante) (position|stelle|möglichkeit|herausforderung)'],
  [2.5, 'p', '(wir|ich) helfen? (\\w+ )?(unternehmen|firmen|teams)'],
  // French
  [4, 'g', "(vous |t')?ajouter à mon réseau( professionnel)?( sur linkedin)?"],
  [2.5, 'g', '(élargir|développer|agrandir|étendre) mon réseau'],
  [2, 'g', "(suis tombée?|je suis tombée?) sur (votre|ton) profil|(votre|ton) profil (m'a|a retenu|est)"],
  [1.5, 'g', 'réseau professionnel'],
  [0.6, 'g', "(j'aimerais|je souhaiterais|je voudrais) (me connecter|entrer en contact|rejoindre)"],
  [2, 'j', '(belle|superbe|nouvelle) opportunité'],
  [2.5, 'p', '(nous aidons|j\'aide) (les )?(entreprises|équipes|sociétés)'],
  // Spanish
  [4, 'g', '(añadirte|agregarte|añadirle|agregarle|añadirlo|agregarlo) a mi red( profesional)?( de linkedin| en linkedin)?'],
  [2.5, 'g', '(ampliar|expandir|hacer crecer|crecer) mi red'],
  [2, 'g', '(encontré|vi|he visto) (tu|su) perfil|me encontré con (tu|su) perfil|(tu|su) perfil (me pareció|es muy)'],
  [1.5, 'g', 'red profesional|intereses (comunes|similares)'],
  [0.6, 'g', '(me gustaría|quisiera) conectar'],
  [2.5, 'p', '(ayudamos|ayudo) a (empresas|equipos|compañías)'],
  // Portuguese
  [4, 'g', '(adicioná-lo|adicioná-la|adicionar você|te adicionar|adicioná-l[oa]) (à|a|na) minha rede( profissional)?( no linkedin)?'],
  [2.5, 'g', '(expandir|ampliar|aumentar|crescer) (a )?minha rede'],
  [2, 'g', '(vi|encontrei) (o )?seu perfil|seu perfil (me chamou|chamou)'],
  [1.5, 'g', 'rede profissional'],
  [0.6, 'g', 'gostaria de (me )?conectar'],
  [2.5, 'p', '(ajudamos|ajudo) (empresas|equipes|times|founders)'],
  // Italian
  [4, 'g', '(aggiungerti|aggiungerla|aggiungervi) alla mia rete( professionale)?( su linkedin)?'],
  [2.5, 'g', '(ampliare|espandere|allargare) la mia rete'],
  [2, 'g', '(ho visto|ho trovato|mi sono imbattut[oa] nel) (il )?tuo profilo|il tuo profilo (mi ha|è molto)'],
  [1.5, 'g', 'rete professionale'],
  [0.6, 'g', 'mi piacerebbe (collegarmi|connettermi|entrare in contatto)'],
  [2.5, 'p', '(aiutiamo|aiuto) (le )?(aziende|imprese|team)'],
];

// One pass over the note: every entry becomes a capture group of a single alternation, which V8 runs much faster
// than a hundred separate regexes.
export const LEXICON = wordBounded(ENTRIES.map(([, , src]) => `(${phrase(src)})`).join('|'));
export const lexiconEntry = (group: number) => ENTRIES[group];
export const LEXICON_SIZE = ENTRIES.length;
