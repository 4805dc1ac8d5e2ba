// Visible labels of the Connect flow, per locale. LinkedIn localises every aria-label, so text is the
// last resort behind hrefs and data attributes (DOM.md "Robust strategy" 4–5). Only locales seen in
// public captures are listed: English (the [PA] manifest) and Polish (the [OC] captures). Add a
// locale by adding a row; an unknown locale degrades to the structural anchors, never to a throw.

interface ConnectLocale {
  /** aria-label of a Connect control; group 1 is the person's name. */
  invite: RegExp;
  /** aria-label prefix of the "Pending" (withdraw) control. */
  pending: RegExp;
  addNote: string[];
  sendWithoutNote: string[];
  sendWithNote: string[];
  /** Buttons that close or step back and must never count as sending. */
  cancel: RegExp;
  /** "1 personalized invitation remaining for this month". */
  remaining: RegExp;
  /** Classic top-card buttons "Current company: X. Click to skip…" / "Education: X. …". */
  currentCompany: RegExp;
  education: RegExp;
  /** Search result "Current: <role> at <company>" line; group 1 = role, group 2 = company. */
  currentLine: RegExp;
  /** Search/profile headline "<role> at <company>". */
  roleAt: RegExp;
}

const LOCALES: ConnectLocale[] = [
  {
    invite: /^Invite (.+?) to connect$/,
    pending: /^Pending\b/,
    addNote: ['Add a note'],
    sendWithoutNote: ['Send without a note', 'Send now'],
    sendWithNote: ['Send invitation', 'Send', 'Send now'],
    cancel: /^(Dismiss|Cancel|Cancel adding a note|Close)$/i,
    remaining: /personali[sz]ed invitations? (remaining|left)/i,
    currentCompany: /^Current company:\s*(.+?)(?:\.\s*Click to skip.*)?$/,
    education: /^Education:\s*(.+?)(?:\.\s*Click to skip.*)?$/,
    currentLine: /^Current:\s*(.+?)\s+at\s+(.+)$/,
    roleAt: /^(.+?)\s+at\s+([^|@•·]+?)(?:\s*[|•·].*)?$/,
  },
  {
    invite: /^Zaproś użytkownika (.+?) do nawiązania kontaktu$/,
    pending: /^W toku\b/,
    addNote: ['Dodaj notatkę'],
    sendWithoutNote: ['Wyślij bez notatki', 'Wyślij teraz'],
    sendWithNote: ['Wyślij zaproszenie', 'Wyślij'],
    cancel: /^(Odrzuć|Anuluj|Zamknij)$/i,
    remaining: /pozostał\S* .*zaprosze/i,
    currentCompany: /^Obecna firma:\s*(.+?)(?:\.\s*Kliknij.*)?$/,
    education: /^Wykształcenie:\s*(.+?)(?:\.\s*Kliknij.*)?$/,
    currentLine: /^Aktualne:\s*(.+?)\s+w\s+(.+)$/,
    roleAt: /^(.+?)\s+w\s+(?:firmie\s+)?([^|@•·]+?)(?:\s*[|•·].*)?$/,
  },
];

function firstMatch(label: string, pick: (l: ConnectLocale) => RegExp): RegExpMatchArray | undefined {
  for (const l of LOCALES) {
    const m = label.match(pick(l));
    if (m) return m;
  }
  return undefined;
}

function oneOf(label: string, pick: (l: ConnectLocale) => string[]): boolean {
  const wanted = label.trim().toLowerCase();
  return wanted !== '' && LOCALES.some((l) => pick(l).some((s) => s.toLowerCase() === wanted));
}

/** Name in "Invite <Name> to connect", or undefined when the label is not a Connect label. */
export function inviteeFromLabel(label: string): string | undefined {
  return firstMatch(label.trim(), (l) => l.invite)?.[1]?.trim() || undefined;
}

export const isPendingLabel = (label: string) => firstMatch(label.trim(), (l) => l.pending) !== undefined;
export const isAddNoteLabel = (label: string) => oneOf(label, (l) => l.addNote);
export const isSendWithoutNoteLabel = (label: string) => oneOf(label, (l) => l.sendWithoutNote);
export const isSendWithNoteLabel = (label: string) => oneOf(label, (l) => l.sendWithNote);
export const isCancelLabel = (label: string) => firstMatch(label.trim(), (l) => l.cancel) !== undefined;
export const isRemainingText = (text: string) => firstMatch(text, (l) => l.remaining) !== undefined;

export const currentCompanyFromLabel = (label: string) =>
  firstMatch(label.trim(), (l) => l.currentCompany)?.[1]?.trim() || undefined;
export const schoolFromLabel = (label: string) => firstMatch(label.trim(), (l) => l.education)?.[1]?.trim() || undefined;

export function currentLine(text: string): { role: string; company: string } | undefined {
  const m = firstMatch(text.trim(), (l) => l.currentLine);
  return m ? { role: m[1].trim(), company: m[2].trim() } : undefined;
}

export function roleAtCompany(text: string): { role: string; company: string } | undefined {
  const m = firstMatch(text.trim(), (l) => l.roleAt);
  return m && m[2].trim() ? { role: m[1].trim(), company: m[2].trim() } : undefined;
}

/** Aria-label patterns for querySelector prefilters (cheap narrowing before the regex check). */
export const PENDING_LABEL_PREFIXES = ['Pending', 'W toku'];
