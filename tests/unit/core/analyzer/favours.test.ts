import { describe, expect, it } from 'vitest';
import { codes, judgedAs, personalBy } from './judged';

describe('favours thanked for or owed', () => {
  it.each([
    'Gracias, Marisa, por prestarnos la furgoneta para la mudanza del taller.',
    'Obrigado por ter segurado a porta do elevador com as caixas todas na sexta.',
    'Grazie ancora per avermi sostituito alla riunione di condominio di lunedì.',
    "Merci encore d'avoir gardé mon chat pendant les vacances de février !",
    'Danke nochmal für den Tipp mit dem Dachdecker aus Pankow, lief super.',
    'Danke, dass du meine Schicht am Wochenende übernommen hast.',
    'Cheers for lending me your bike pump at the club ride.',
    'Thanks for the spare climbing shoes - they got me through the bouldering comp.',
    'Still owe you a pint for towing my van out of the field at the festival.',
    'Te debo un café por lo de la impresora del coworking.',
  ])('%s', personalBy('favour'));

  it('thanks for nothing that happened stays a template', () => {
    for (const note of [
      'Gracias por aceptar mi solicitud, me encantaría ampliar mi red.',
      'Obrigado pela conexão! Vamos trocar ideias.',
      'Grazie per il tuo tempo, spero di collegarmi con te.',
      "Merci d'avoir accepté, au plaisir d'échanger.",
      'Merci pour votre temps et bonne journée.',
    ])
      expect(codes(note), note).not.toContain('favour');
  });
});

describe('small groups, recalled talk, users of their thing', () => {
  it.each([
    'We play in the same Tuesday netball league, small world!',
    'Fellow Sunday-morning litter-pick volunteer here, good to find you.',
    'Somos del mismo coro del barrio y no sabía que eras ingeniera.',
    'Wir sitzen im gleichen Chor, nur zwei Reihen auseinander!',
    'Somos vizinhos de andar há três anos e só agora vi que és designer.',
    'Compagni di padel il martedì sera e scopro solo ora che fai UX!',
    'I was the one with the broken tripod at the photo walk.',
    'Tough game on Sunday. Rematch next week?',
    "Still laughing about the quiz tiebreak at the Fox and Hounds.",
  ])('%s', judgedAs('personal'));

  it.each([
    'Du hattest erzählt, dass der Umbau der Werkstatt länger dauert – ist er fertig?',
    'Mi avevi detto che il bando per la biblioteca era in ritardo: è uscito?',
    'Tu disais que la vendange avait été compliquée cette année, ça a fini par aller ?',
    'Você comentou que o mais chato era a licença da prefeitura. Saiu?',
    'Lo que contaste sobre el turno de noche en el almacén me hizo pensar mucho.',
    'You were worried about the kiln firing schedule last time we spoke. Did it work out?',
    'I use the rota planner app every week at the surgery, it saves me hours.',
    'Uso il modello di preventivo per idraulici che hai condiviso, ottimo.',
    'Been on the tracker since the beta. Feature request: dark mode for night shifts?',
    'Bought one of the blue enamel jugs at the Ludlow craft fair, love it.',
    'Did the planning committee ever approve the rooftop garden?',
  ])('%s', judgedAs('personal'));

  // The same small words in a pitch, a title or a LinkedIn group say nothing.
  it.each([
    'Hi, we help teams in the same industry grow faster. Open to a quick call?',
    'Fellow marketer here! Would love to connect and exchange ideas.',
    'Wir sind in der gleichen Gruppe auf LinkedIn. Vielleicht ergibt sich etwas.',
  ])('%s', judgedAs('template'));
});

describe('a former team and project, a user who tried their feature, a mutual who suggested it', () => {
  it.each([
    'Hi Priya, we were both on the Kindle Vella pricing squad in 2021; I ran the A/B tests on bundles.',
    'Hi Omar, we overlapped at Monzo on the fraud rules team, I built the card-freeze flow in 2020.',
    'Ciao Sara, eravamo entrambi nel progetto Poste per la nuova app nel 2020, io facevo i test di carico.',
    "Salut Hugo, nous étions tous les deux dans l'équipe data chez Deezer en 2016, je faisais les tableaux Tableau.",
    'Oi Bia, trabalhamos juntas na Ambev no relançamento da Skol em 2019, eu cuidava da pesquisa.',
    'Olá Rui, o Pedro Alves sugeriu que eu falasse contigo antes de migrarmos o ERP da fábrica de Aveiro.',
    'Hi Tom, I tried the new split-invoice feature last week and noticed rounding breaks on three-way splits.',
  ])('%s', judgedAs('personal'));

  // An event thousands attended, or German praise for anyone.
  it.each([
    'Hi Lee, looks like we were both at Web Summit last week, great event! Would love to connect.',
    'Hallo Frau Weber, Ihre Führungsqualitäten sind beeindruckend. Gerne würde ich mich mit Ihnen vernetzen.',
  ])('%s', judgedAs('template'));
});

describe('recruiting and job-seeking outside English', () => {
  it.each([
    'Bonjour Marc, je recrute un chef de chantier pour un acteur majeur du BTP à Lyon. Seriez-vous ouvert à de nouvelles opportunités ?',
    'Olá Rita, recrutamos enfermeiros para hospitais na Irlanda. Tem interesse? Fale comigo!',
    'Gentile Dottore, cerchiamo medici per guardie notturne in Veneto, compensi competitivi.',
    'Hallo Jonas, wir suchen examinierte Pflegekräfte für Zeitarbeit in Hamburg. Interesse?',
    'Estimado Dr. Ruiz, seleccionamos pediatras para sustituciones este verano. Excelentes condiciones.',
    'Dear Dr Patel, locum sessions available in Leeds, £90/hr. Reply YES for more info.',
    'Hallo, ich studiere Maschinenbau an der RWTH und suche ein Praktikum. Über jede Möglichkeit würde ich mich freuen.',
    'Dear Professor, we invite you to submit your next manuscript to our journal. Fast peer review guaranteed.',
  ])('%s', judgedAs('template'));
});
