import { ALNUM, PhraseSet } from './phrases';
import type { Hit, Note } from './signals';
import { clip, contentWords, findingEnd, type Span } from './text';

// A favour the recipient did the sender, thanked for or owed: "grazie ancora per avermi coperto il turno", "gracias
// por cambiarme la guardia", "valeu pela dica da transportadora", "still owe you a coffee for the flat tyre". A
// template thanks for nothing that happened ("thanks for accepting", "merci pour votre temps"); these name a deed,
// and a debt is owed only for one. (Most English thanks for a deed, "thanks for jumping my car", are deeds in text.ts.)

/** What any note thanks for: connecting, the time taken, the message, an opportunity. */
const NOTHING = `(aceptar|aceitar|accettare|accepter|accepté|acceptée|accettato|aceptado|aceito|aceitado|conectar|connecter|collegarti|agregarme|añadirme|leer|ler|leggere|lire|lu|letto|lido|considerar|considerer|considérer|tu tiempo|su tiempo|seu tempo|votre temps|ton temps|il tuo tempo|la tua disponibilità|su atención|sua atenção|votre attention|la connessione|la conexión|a conexão|la connexion|el contacto|o contato|o contacto|le contact|il contatto|la invitación|o convite|l'invitation|l'invito|la oportunidad|a oportunidade|l\'opportunité|l\'opportunità|tu mensaje|sua mensagem|votre message|il messaggio|el mensaje|a mensagem|le message|seguirme|me seguir|mi seguire|me suivre|tu interés|seu interesse|votre intérêt|il tuo interesse|tu respuesta|sua resposta|votre réponse|la risposta|responder|responderme|répondre|rispondere|tout|todo|tudo|tutto|ta réponse|o retorno|tu apoyo|seu apoio|votre soutien|il supporto|la atención)(?![${ALNUM}])`;

const FAVOUR = new PhraseSet('favour', [
  // Spanish: "gracias (, Toño,) por pasarnos el contacto", "por cambiarme la guardia", "por la recomendación del…".
  `gracias(,? [^\\s]+,?)? (de nuevo |otra vez |mil veces )?por (?!${NOTHING})(\\w+(ar|er|ir)(me|nos|les|le|te|la|lo)?|(el|la|los|las) \\w+ (de|del|en|con|para|a|al))`,
  // Portuguese: "obrigada por ter trocado o plantão comigo", "valeu pela dica da transportadora".
  `(obrigado|obrigada|obg|valeu|brigado|brigada)(,? [^\\s]+,?)? (de novo |mais uma vez |again )?(por|pelo|pela|pelos|pelas) (?!${NOTHING})(ter \\w+(ado|ido)|\\w+(ar|er|ir)(-me|-nos)?|\\w+ (de|da|do|com|na|no|em|para))`,
  // Italian: "grazie ancora per avermi coperto il turno", "grazie Gianni per averci consigliato…", "per la recita di Natale".
  `grazie(,? [^\\s]+,?)? (ancora |mille |di nuovo |infinite )?per (?!${NOTHING})(aver(mi|ci|lo|la|le|gli)? \\w+(ato|ata|ito|ita|uto|uta|esso|otto)|(il|la|lo|i|le|gli) \\w+ (di|del|della|a|al|alla|con|in|nel|nella|per|sul|sulla))`,
  // French: "merci encore d'avoir pris ma garde", "merci de m'avoir aidé", "merci pour le coup de main".
  `merci(,? [^\\s]+,?)? (encore |beaucoup |mille fois |encore une fois )?(d'avoir|de m'avoir|de nous avoir|pour) (?!${NOTHING})(\\w+(é|ée|és|i|is|it|u|ue|ert)|(le|la|les|ton|ta|tes) \\w+ (de|du|des|à|au|avec|pour|sur|en|dans))`,
  // German: "danke nochmal für den Tipp mit dem Gerüstbauer", "danke, dass du meinen Dienst übernommen hast".
  "(danke|vielen dank)(,? [^\\s]+,?)? (nochmal |nochmals |noch einmal )?@für (den|die|das) \\w+ (mit|zu|zum|zur|für|bei|beim|vom|von|im|am|auf)|(danke|vielen dank)(,? [^\\s]+)?,? @dass (du|sie) ([^\\s]+ ){1,8}(hast|haben|bist|sind|hattest|hatten)",
  // "cheers for lending me the HDMI adapter", "thanks for the precedent bundle – it got me through SQE2".
  '@cheers (again |so much |mate |loads )?for (\\w+ing|the \\w+) (\\w+ ){0,3}(me|my|us|our|at|on|in|from|during)',
  '(thanks|thank you|cheers) (again |so much )?for the ([^\\s]+ ){1,4}[—–-] (it|that|they) @(got|helped|saved|made|fixed|sorted|unblocked)',
  // A debt: "still owe you a coffee for…", "te debo un café", "ti devo una pizza", "je te dois une fière chandelle".
  "(i )?(still )?@owe you (a|an|one|two|big|lunch|dinner|coffee)",
  '(te|le|ti|vi|vous|je te|je vous) @(debo|devo|dois) (un|una|uno|um|uma|une|des|la|le|il|o|a)\\b|(fiquei|fico|estou) (te |lhe )?@devendo|ich @schulde (dir|ihnen|euch)|(bin|sind) (dir|ihnen|euch) (\\w+ )?@schuldig',
]);

export function favours(n: Note, used: Span[]): Hit[] {
  const out: Hit[] = [];
  for (const m of FAVOUR.match(n.lower, n.toks)) {
    const end = findingEnd(n.t, m.s);
    // The debt or the thanks says that something happened; what it was, in a few words, says which.
    const told = contentWords(n.t, m.e, end, n.skip) >= 2;
    const span: Span = [m.s, end];
    used.push(span);
    out.push({ code: 'favour', text: `A favour ${n.w.you === 'you' ? 'you' : 'they'} did: '${clip(n.t.slice(m.s, end))}'`, weight: told ? 2.5 : 1.8, span });
  }
  return out;
}
