// The words and aria-labels the adapters have to read. LinkedIn localises all of them, so text is the
// last resort behind hrefs and data attributes (DOM.md "Robust strategy" 4–5), and lives in one table
// per locale keyed by `<html lang>`. English is always tried after the page's own locale because
// LinkedIn sometimes leaves labels untranslated and `lang` can be missing. English comes from captures
// (DOM.md §1, the [PA] manifest), the Polish connect labels from the [OC] captures; the other
// invitation locales are LinkedIn's usual UI words and may need correcting. Add a locale by adding a
// row; a locale (or section) that is missing degrades to English, then to the structural anchors.

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

/** The Connect flow: labels are matched whole (trimmed), groups carry what is read out of them. */
export type ConnectText = {
  /** aria-label of a Connect control; group 1 is the person's name. */
  invite: RegExp;
  /** aria-label of the "Pending" (withdraw) control. */
  pending: RegExp;
  addNote: RegExp;
  sendWithoutNote: RegExp;
  sendWithNote: RegExp;
  /** Buttons that close or step back and must never count as sending. */
  cancel: RegExp;
  /** "1 personalized invitation remaining for this month". */
  remaining: RegExp;
  /** Classic top-card buttons "Current company: X. Click to skip…" / "Education: X. …"; group 1. */
  currentCompany: RegExp;
  education: RegExp;
  /** Search result "Current: <role> at <company>" line; group 1 = role, group 2 = company. */
  currentLine: RegExp;
  /** Search/profile headline "<role> at <company>". */
  roleAt: RegExp;
};

type Locale = { invitation?: InvitationText; connect?: ConnectText };

const en: Locale = {
  invitation: {
    accept: /^accept\b/i,
    ignore: /^ignore\b/i,
    ignoreEntity: /^ignore an invitation from\b/i,
    ignorePerson: /^ignore an invitation to connect from\b/i,
    invite: /^(?:invite .+ to connect|connect with\b)/i,
    mutual: /\bmutual connections?\b|\byou both\b|\bsame (?:company|school)\b/i,
    time: /^(?:sent |received )?(?:today|yesterday|just now|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:see\s+)?more$/i,
    context: /\bfollows you and is inviting you\b|\bis inviting you to connect\b|^invited you to\b/i,
  },
  connect: {
    invite: /^Invite (.+?) to connect$/,
    pending: /^Pending\b/,
    addNote: /^add a note$/i,
    sendWithoutNote: /^(?:send without a note|send now)$/i,
    sendWithNote: /^(?:send invitation|send|send now)$/i,
    cancel: /^(?:dismiss|cancel|cancel adding a note|close)$/i,
    remaining: /personali[sz]ed invitations? (remaining|left)/i,
    currentCompany: /^Current company:\s*(.+?)(?:\.\s*Click to skip.*)?$/,
    education: /^Education:\s*(.+?)(?:\.\s*Click to skip.*)?$/,
    currentLine: /^Current:\s*(.+?)\s+at\s+(.+)$/,
    roleAt: /^(.+?)\s+at\s+([^|@•·]+?)(?:\s*[|•·].*)?$/,
  },
};

const pl: Locale = {
  connect: {
    invite: /^Zaproś użytkownika (.+?) do nawiązania kontaktu$/,
    pending: /^W toku\b/,
    addNote: /^dodaj notatkę$/i,
    sendWithoutNote: /^(?:wyślij bez notatki|wyślij teraz)$/i,
    sendWithNote: /^(?:wyślij zaproszenie|wyślij)$/i,
    cancel: /^(?:odrzuć|anuluj|zamknij)$/i,
    remaining: /pozostał\S* .*zaprosze/i,
    currentCompany: /^Obecna firma:\s*(.+?)(?:\.\s*Kliknij.*)?$/,
    education: /^Wykształcenie:\s*(.+?)(?:\.\s*Kliknij.*)?$/,
    currentLine: /^Aktualne:\s*(.+?)\s+w\s+(.+)$/,
    roleAt: /^(.+?)\s+w\s+(?:firmie\s+)?([^|@•·]+?)(?:\s*[|•·].*)?$/,
  },
};

const de: Locale = {
  invitation: {
    accept: /^annehmen\b|\bannehmen$|^einladung von .+ annehmen/i,
    ignore: /^ignorieren\b|\bignorieren$/i,
    invite: /\bzum vernetzen einladen$|^vernetzen\b/i,
    mutual: /\bgemeinsame[rn]? kontakte?\b/i,
    time: /^(?:heute|gestern|vor \d+\s+(?:sekunde|minute|stunde|tag|woche|monat|jahr)(?:n|en|e)?)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:mehr anzeigen|mehr)$/i,
    context: /\bfolgt ihnen und\b|\bmöchte sich mit ihnen vernetzen\b/i,
  },
};

const fr: Locale = {
  invitation: {
    accept: /^accepter\b/i,
    ignore: /^ignorer\b/i,
    invite: /^inviter .+ à se connecter|^se connecter\b/i,
    mutual: /\brelations? en commun\b/i,
    time: /^(?:aujourd[’']hui|hier|il y a \d+\s+(?:seconde|minute|heure|jour|semaine|mois|an)s?)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:voir plus|plus)$/i,
    context: /\bvous suit et vous invite\b/i,
  },
};

const es: Locale = {
  invitation: {
    accept: /^aceptar\b/i,
    ignore: /^ignorar\b/i,
    invite: /^invitar a .+ a conectar|^conectar\b/i,
    mutual: /\b(?:contactos?|conexiones?) en común\b/i,
    time: /^(?:hoy|ayer|hace \d+\s+(?:segundo|minuto|hora|día|semana|mes|año)(?:s|es)?)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:ver más|más)$/i,
    context: /\bte sigue y te invita\b/i,
  },
};

const pt: Locale = {
  invitation: {
    accept: /^aceitar\b/i,
    ignore: /^ignorar\b/i,
    invite: /^convidar .+ para se conectar|^conectar\b/i,
    mutual: /\bconex(?:ão|ões) em comum\b/i,
    time: /^(?:hoje|ontem|há \d+\s+(?:segundo|minuto|hora|dia|semana|m[eê]s|ano)(?:s|es)?)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:ver mais|mais)$/i,
    context: /\bsegue você e está convidando\b/i,
  },
};

const it: Locale = {
  invitation: {
    accept: /^accetta\b/i,
    ignore: /^ignora\b/i,
    invite: /^invita .+ a collegarsi|^collegati\b/i,
    mutual: /\bcollegament[oi] in comune\b/i,
    time: /^(?:oggi|ieri|\d+\s+(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa)$/i,
    seeMore: /^(?:…|\.\.\.)?\s*(?:mostra altro|altro)$/i,
    context: /\bti segue e ti invita\b/i,
  },
};

const LOCALES: Record<string, Locale> = { en, pl, de, fr, es, pt, it };

/** `<html lang>` of the page `node` is in (shadow roots included). */
export function langOf(node: Node): string {
  const doc = node.ownerDocument ?? (node as Document);
  return doc.documentElement?.getAttribute('lang') ?? '';
}

/**
 * One section of the tables to try for a page (a node in it, or its `lang`): the page's own locale
 * first, English last.
 */
export function textsFor<S extends keyof Locale>(where: Node | string, section: S): NonNullable<Locale[S]>[] {
  const lang = typeof where === 'string' ? where : langOf(where);
  const own = LOCALES[lang.trim().toLowerCase().split(/[-_]/)[0] ?? ''];
  return (own && own !== en ? [own, en] : [en]).flatMap((l) => l[section] ?? []) as NonNullable<Locale[S]>[];
}

/** The first table's match of `value` against its `key` pattern. */
export function matchIn<T>(texts: T[], key: keyof T, value: string): RegExpMatchArray | undefined {
  for (const t of texts) {
    const m = (t[key] as RegExp | undefined)?.exec(value);
    if (m) return m;
  }
  return undefined;
}

export function matchesAny<T>(texts: T[], key: keyof T, value: string): boolean {
  return matchIn(texts, key, value) !== undefined;
}
