import { PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { clip, sentenceBounds, type Span } from './text';

// Ties from life rather than from a profile: family ("our kids are in the same class", "my wife works with you"),
// neighbours, roommates, people who worked, played or studied together, someone's teacher or coach. A template
// cannot claim these without them being true, so they count even without a place or date; "we both studied at
// Oxford" is a profile fact and is not here.
const KIN = '(wife|husband|partner|son|daughter|brother|sister|mom|mum|mother|dad|father|cousin|roommate|neighbor|neighbour|best friend)';
const ENTRIES: [number, string][] = [
  [2.5, '(our|my|your) @(kids|children|sons|daughters|son|daughter) (and (mine|yours|my \\w+) )?(are|were|go|went|play|played|both|is|was)'],
  // ("My brother is thinking of applying" is about the brother; "my daughter is in your class" ties him to you.)
  [2.5, `my @${KIN} (\\w+ )?(works|worked|told|mentioned|says|said|knows|met|introduced|interviewed|studied|trained|played)|my @${KIN} (\\w+ )?(is|was) ([^\\s]+ ){0,4}(you|your)|my @${KIN} (is|was) the (man|woman|one|guy|lady|person|boy|girl) (who|in|with|from)`],
  [2.5, `i'm [^\\s]+'s @${KIN}|i'm [^\\s]+'s @(manager|boss|colleague|teammate|coworker|co-worker|mentor|teacher|coach|friend|neighbour|neighbor|roommate)`],
  [2, `your @${KIN}`],
  [2.5, '(we|you and i) (were|used to be) @(neighbours|neighbors|roommates|flatmates|classmates|teammates|colleagues|coworkers)'],
  [2.5, '(we|you and i) (used to )?@(worked|studied|played|sang|trained|lived|grew up|volunteered|served|did|ran|cooked|rode|shared|taught) (\\w+ ){0,5}?together'],
  // "Old neighbour from Elm Road here", "Ellie's dad here": who the sender is to the recipient.
  [2.5, "(old|former|ex|your) @(neighbour|neighbor|colleague|classmate|teammate|roommate|flatmate|coworker|co-worker|student|pupil|patient|bandmate|housemate) (from|of|at|on|here)|[^\\s]+'s @(dad|mum|mom|mother|father|parent|grandma|grandpa|aunt|uncle) here"],
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
    const end = Math.min(sentenceBounds(n.t, m.s)[1], m.s + 120);
    const span: Span = [m.s, end];
    used.push(span);
    out.push({ code: 'personal-tie', text: `A tie from life: '${clip(n.t.slice(m.s, end))}'`, weight: ENTRIES[m.entry][0], span });
  }
  return out;
}
