// The visible words and aria labels the invitation adapter has to read. LinkedIn localises them, so
// they live in one per-locale table keyed by `<html lang>`; English is always tried as well because
// LinkedIn sometimes leaves labels untranslated and `lang` can be missing. Only English is taken from
// captures (DOM.md §1); the other locales are LinkedIn's usual UI words and may need correcting.

export type InvitationText = {
  /** aria-label (or text) of the Accept control of a received invitation. */
  accept: RegExp;
  /** aria-label (or text) of the Ignore control. */
  ignore: RegExp;
  /** Ignore label used for pages, events, newsletters and groups, where the locale words it differently. */
  ignoreEntity?: RegExp;
  /** Ignore label that only a person's connection invitation carries. */
  ignorePerson?: RegExp;
  /** "People you may know" connect controls, which share the list column. */
  invite: RegExp;
  /** The mutual-connections line. */
  mutual: RegExp;
  /** The whole "sent …" line. */
  time: RegExp;
  /** Visible text of a "see more" control on a clamped note. */
  seeMore: RegExp;
  /** Lines that describe the invitation rather than the sender ("follows you and is inviting you"). */
  context: RegExp;
};

const en: InvitationText = {
  accept: /^accept\b/i,
  ignore: /^ignore\b/i,
  ignoreEntity: /^ignore an invitation from\b/i,
  ignorePerson: /^ignore an invitation to connect from\b/i,
  invite: /^(?:invite .+ to connect|connect with\b)/i,
  mutual: /\bmutual connections?\b|\byou both\b|\bsame (?:company|school)\b/i,
  time: /^(?:sent |received )?(?:today|yesterday|just now|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:see\s+)?more$/i,
  context: /\bfollows you and is inviting you\b|\bis inviting you to connect\b|^invited you to\b/i,
};

const de: InvitationText = {
  accept: /^annehmen\b|\bannehmen$|^einladung von .+ annehmen/i,
  ignore: /^ignorieren\b|\bignorieren$/i,
  invite: /\bzum vernetzen einladen$|^vernetzen\b/i,
  mutual: /\bgemeinsame[rn]? kontakte?\b/i,
  time: /^(?:heute|gestern|vor \d+\s+(?:sekunde|minute|stunde|tag|woche|monat|jahr)(?:n|en|e)?)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:mehr anzeigen|mehr)$/i,
  context: /\bfolgt ihnen und\b|\bmöchte sich mit ihnen vernetzen\b/i,
};

const fr: InvitationText = {
  accept: /^accepter\b/i,
  ignore: /^ignorer\b/i,
  invite: /^inviter .+ à se connecter|^se connecter\b/i,
  mutual: /\brelations? en commun\b/i,
  time: /^(?:aujourd[’']hui|hier|il y a \d+\s+(?:seconde|minute|heure|jour|semaine|mois|an)s?)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:voir plus|plus)$/i,
  context: /\bvous suit et vous invite\b/i,
};

const es: InvitationText = {
  accept: /^aceptar\b/i,
  ignore: /^ignorar\b/i,
  invite: /^invitar a .+ a conectar|^conectar\b/i,
  mutual: /\b(?:contactos?|conexiones?) en común\b/i,
  time: /^(?:hoy|ayer|hace \d+\s+(?:segundo|minuto|hora|día|semana|mes|año)(?:s|es)?)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:ver más|más)$/i,
  context: /\bte sigue y te invita\b/i,
};

const pt: InvitationText = {
  accept: /^aceitar\b/i,
  ignore: /^ignorar\b/i,
  invite: /^convidar .+ para se conectar|^conectar\b/i,
  mutual: /\bconex(?:ão|ões) em comum\b/i,
  time: /^(?:hoje|ontem|há \d+\s+(?:segundo|minuto|hora|dia|semana|m[eê]s|ano)(?:s|es)?)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:ver mais|mais)$/i,
  context: /\bsegue você e está convidando\b/i,
};

const it: InvitationText = {
  accept: /^accetta\b/i,
  ignore: /^ignora\b/i,
  invite: /^invita .+ a collegarsi|^collegati\b/i,
  mutual: /\bcollegament[oi] in comune\b/i,
  time: /^(?:oggi|ieri|\d+\s+(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa)$/i,
  seeMore: /^(?:…|\.\.\.)?\s*(?:mostra altro|altro)$/i,
  context: /\bti segue e ti invita\b/i,
};

const TABLE: Record<string, InvitationText> = { en, de, fr, es, pt, it };

/** The text tables to try for a page, its own locale first, English last. */
export function invitationTexts(lang: string | null | undefined): InvitationText[] {
  const primary = TABLE[(lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''];
  return primary && primary !== en ? [primary, en] : [en];
}

export function matchesAny(texts: InvitationText[], key: keyof InvitationText, value: string): boolean {
  return texts.some((t) => t[key]?.test(value) ?? false);
}
