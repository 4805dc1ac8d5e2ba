import { PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { clip, findingEnd, type Span } from './text';

// Ties from life rather than from a profile: family ("our kids are in the same class", "my wife works with you"),
// neighbours, roommates, people who worked, played or studied together, someone's teacher or coach. A template
// cannot claim these without them being true, so they count even without a place or date; "we both studied at
// Oxford" is a profile fact and is not here.
const KIN = '(wife|husband|partner|son|daughter|brother|sister|mom|mum|mother|dad|father|cousin|roommate|neighbor|neighbour|best friend)';
const ENTRIES: [number, string][] = [
  [2.5, '(our|my|your) @(kids|children|sons|daughters|son|daughter|dogs|dog) (and (mine|yours|my \\w+) )?(are|were|go|went|play|played|both|is|was)'],
  // ("My brother is thinking of applying" is about the brother; "my daughter is in your class" ties him to you.)
  [2.5, `my @${KIN} (\\w+ )?(works|worked|told|mentioned|says|said|knows|met|introduced|interviewed|studied|trained|played)|my @${KIN} (\\w+ )?(is|was) ([^\\s]+ ){0,4}(you|your)|my @${KIN} (is|was) the (man|woman|one|guy|lady|person|boy|girl) (who|in|with|from)`],
  [2.5, `i'm [^\\s]+'s @${KIN}|i'm [^\\s]+'s @(manager|boss|colleague|teammate|coworker|co-worker|mentor|teacher|coach|friend|neighbour|neighbor|roommate)`],
  [2, `your @${KIN}`],
  [2.5, '(we|you and i) (were|used to be) @(neighbours|neighbors|roommates|flatmates|classmates|teammates|colleagues|coworkers)'],
  [2.5, '(we|you and i) (used to )?@(worked|studied|played|sang|trained|lived|grew up|volunteered|served|did|ran|cooked|rode|shared|taught) (\\w+ ){0,5}?together'],
  // "Old neighbour from Elm Road here", "Ellie's dad here": who the sender is to the recipient.
  [2.5, "(old|former|ex|your) @(neighbour|neighbor|colleague|classmate|teammate|roommate|flatmate|coworker|co-worker|student|pupil|patient|bandmate|housemate) (from|of|at|on|here)|[^\\s]+'s @(dad|mum|mom|mother|father|parent|grandma|grandpa|aunt|uncle|owner) here|i'm [^\\s]+'s @owner"],
  // One of a small group that meets in person: "same five-a-side league", "fellow Saturday-shift food bank volunteer",
  // "del mismo club de running del Retiro", "am selben Tisch". ("Same industry" or "fellow marketer" is everyone.)
  [2.5, 'same ([^\\s]+ ){0,2}@(league|club|choir|jury|gym|crew|band|parish|ward|shift|building|street|floor|carpool|squad|orchestra|dorm|hall|allotment|allotments|bench|pew)'],
  [2.5, 'fellow ([^\\s]+ ){0,3}@(volunteer|volunteers|resident|runner|climber|swimmer|cyclist|singer|chorister|commuter|juror|parent|allotment)'],
  [2.5, '(mesmo|mismo|misma|mesma|stesso|stessa|même) @(clube|club|coro|time|equipo|squadra|équipe|turno|prédio|edificio|palazzo|immeuble|quartier|barrio|bairro|corso|curso|mesa|tavolo|table|gimnasio|academia|palestra|plantão|guardia|garde|reparto|servicio|service|piso|andar|étage|piano|pueblo|vila|paese|village)|(am|im|in der|beim) (selben|gleichen) @(tisch|stand|chor|verein|team|kurs|haus|block|zug|mannschaft|klasse|straße|station|schicht|dienst)'],
  // Neighbours and companions: "somos vizinhos de prédio", "voisins de palier", "compagni di calcetto il giovedì".
  [2.5, '(somos|siamo|sommes|sind|son|são|eravamo|éramos) (\\w+ ){0,2}@(vizinhos|vecinos|vicini|voisins|nachbarn)|@(voisins|vizinhos|vecinos|vecinas|vizinhas|voisines|nachbarn) (de|do|da|du|del|d\'en|im|aus|von)|vicini di @casa|@(neighbour|neighbor) (from|at) (no|number|flat|apartment|apt|unit|house|#)'],
  [2.5, '@(compagni|compagne|compañeros|compañeras|companheiros|companheiras|camarades|colegas|colleghi) (di|de|da|do|del|della) (?!(profesión|profissão|professione|sector|setor|settore|trabajo|trabalho|lavoro|carrera|carreira|área|area|industria|indústria|campo|ramo|universidad|universidade|università|facultad|faculdade|mestrado|máster|master|linkedin|empresa|azienda|equipo)\\b)\\w+'],
  // Who the sender was, for the recipient to place: "I was the one with the seaweed packaging idea", "eu era o da app
  // de marmitas", "ich war der mit dem Lötkolben".
  [2, "(i was|i'm|i am) the @one (with|in|holding|wearing)|eu @era (o|a) (da|do|que|de)|ich @war (der|die) (mit|aus|vom|von der)|(j'étais|c'était moi) @(celui|celle) (qui|avec|du|de)|yo @era (el|la) (de|del|que)|@ero (quello|quella) (con|che|del|della)"],
  [2.5, "we were the @only (two|ones|people) (at|in|on|who)|from the ([^\\s]+ ){0,3}@(club|choir|league|cohort|crew|band|hackathon|bootcamp|parish|allotment|allotments|squad|orchestra)|(won't|can't|couldn't|didn't|doesn't) stop @(talking|raving|going on) about"],
  // A game played together, to be played again: "Revanche la semaine prochaine ?", "rematch Thursday?".
  [2, '@(rematch|revanche|revancha|rivincita|desforra)'],
  [2, 'still @(laughing|chuckling|smiling) (about|at|over)|(sigo|ainda|todavía|ancora) (me )?@(riendo|rindo|ridendo)'],
  [2.5, '@(eravamo|éramos|étions|estávamos) (\\w+ ){0,3}(insieme|juntos|ensemble|compagni|vicini|colegas|companheiros|controparti|contrapartes)|on @était (\\w+ ){0,3}(ensemble|dans la même|dans le même)|wir @waren (\\w+ ){0,3}(zusammen|gemeinsam)|@nebeneinander|vicini di @banco'],
  [2.5, 'next door|sat next to (you|each other)|(played|sang|trained) in the same'],
  [2.5, 'you (were|are) my (\\w+ )?@(ta|teacher|professor|mentor|manager|boss|coach|tutor|supervisor|trainer|instructor|lecturer|landlord|doctor|nurse|midwife)|i was (your|in your) @(student|intern|class|team|mentee)|you @(coached|taught|mentored|hired|managed) (me|my)'],
  [2.5, '(bought|sold|borrowed|rented) (your|you|me|my)|(eravamo|éramos|étions|wir waren) (compagni|compañeros|colegas|colleghi|camarades|kollegen)'],
  // "I'm the one from…": someone the recipient would place.
  // "I'm the beekeeper who emailed about the wildflower strip", "I was the interpreter on the MSF team".
  [2, "(i'm|i am|i was|it's|this is) the ([^\\s]+ ){1,2}who @(emailed|wrote|called|asked|sat|spoke|came|stopped|bought|sold|hand-sold|borrowed|lent|helped|sent|brought|ran|organised|organized|messaged|interpreted|volunteered)|i @was the ([^\\s]+ ){1,2}on (your|the) ([^\\s]+ ){0,2}team"],
  [2.5, "(sie waren|du warst) ([^\\s]+ ){0,3}(mein|meine) @(klassenlehrer|klassenlehrerin|lehrer|lehrerin|trainer|trainerin|chef|chefin|betreuer|betreuerin|arzt|ärztin|professor|professorin|ausbilder|ausbilderin)"],
  [2, "(i'm|i am|it's|this is) the (\\w+ )?@(guy|one|person|woman|man|girl|lady|parent|hire|successor|replacement|intern|student|volunteer|nurse|neighbour|neighbor) (who|that|from|of)|c'est moi qui|(sono il|sono la|soy el|soy la|sou o|sou a) ((\\w+ )?(che|que)|(de|del|do|da|di))|sou eu|(sou a|sou o|soy la|soy el|sono la|sono il) [^\\s]+ (do|da|del|della|dello|de la|de) @(grupo|gruppo|time|equipo|squadra|clube|club|curso|corso|coro|turma|clase|classe)"],
  [2.5, 'bei (ihnen|dir) (\\w+ ){0,3}(meine|mein) @(masterarbeit|bachelorarbeit|doktorarbeit|dissertation|diplomarbeit|praktikum|ausbildung)'],
  // "Is this the Jake Moreno from Mr. Dutton's homeroom??": someone the sender knew before.
  [2, '(is this|are you) the ([^\\s]+ ){1,2}@(from|who)'],
  [2, '(do you |you might |you may )?remember me from|@remember (the|that|our) (\\w+ ){1,3}(at|in|on|during|from)'],
  // "fui sua aluna de Farmacologia", "ich war deine Praktikantin": the recipient's student, intern or patient.
  [2.5, '@fui (sua|seu|tu|su) (aluna|aluno|alumna|alumno|estudiante|estagiária|estagiário|becaria|becario|paciente)|@(sono stato|sono stata) (il tuo|la tua|il suo|la sua) (studente|studentessa|allievo|allieva|stagista)|(j\'ai été|j\'étais) (ton|ta|votre) @(élève|étudiant|étudiante|stagiaire)|ich @war (dein|deine|ihr|ihre) (student|studentin|schüler|schülerin|praktikant|praktikantin)'],
  [2.5, "(enjoyed|loved|miss|missed) @working with you|(where|when) we @used to|(the|that) \\w+ @(place|spot|café|cafe|bar|pub) where we"],
  [2, '(thanks|thank you) (again )?for @(mentoring|coaching|teaching|hosting|lending)|(thanks|thank you) (again )?for the @(book|recommendation|advice|tip|intro)'],
  // German, French, Spanish, Portuguese, Italian: our children, my spouse or sibling, worked together
  [2.5, '(unsere|nos|nuestros|nossos|i nostri) @(kinder|enfants|hijos|filhos|figli)|(meine?|mon|ma|mi|meu|minha|mio|mia) @(frau|mann|bruder|schwester|schwager|schwägerin|cousin|cousine|femme|mari|frère|sœur|beau-frère|belle-sœur|esposa|marido|hermano|hermana|cuñado|cuñada|primo|prima|irmão|irmã|cunhado|cunhada|moglie|marito|fratello|sorella|cognato|cognata)|zusammen gearbeitet|travaillé ensemble|(trabajamos|trabalhamos) juntos|lavorato insieme'],
];
const TIES = new PhraseSet(
  'tie',
  ENTRIES.map(([, src]) => src),
);

export function ties(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of TIES.match(n.lower, n.toks)) {
    const end = findingEnd(n.t, m.s);
    const span: Span = [m.s, end];
    used.push(span);
    out.push({ code: 'personal-tie', text: `A tie from life: '${clip(n.t.slice(m.s, end))}'`, weight: ENTRIES[m.entry][0], span });
  }
  return out;
}
