import type { Recipient } from '../../core/model';
import { sameName } from '../../core/names';
import type { ProfileInfo } from '../../linkedin/profile';
import type { DraftVars } from './draft-state';

// Who the note dialog is for. LinkedIn's dialog shows at most a name, so the composer remembers what
// the page showed: the profile on screen, or the search card whose Connect was clicked. The memory
// lives at module level because opening the dialog can change the URL (/preload/custom-invite/),
// which restarts the feature while the person is mid-flow.

/** What the composer knows about the recipient; only `name` is certain to be present. */
export type RecipientInfo = Partial<Omit<ProfileInfo, 'name'>> & { name: string };

interface Clicked {
  slug?: string;
  name?: string;
  card?: ProfileInfo;
  at: number;
}

/** A Connect click older than this belongs to a dialog that is long gone. */
const CLICK_TTL_MS = 10 * 60_000;

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export interface RecipientSources {
  /** The profile the page shows (profile pages). */
  page?: ProfileInfo;
  /** The last Connect control the person clicked, with its search card when there was one. */
  clicked?: Clicked;
  /** The recipient name the dialog itself shows. */
  dialogName?: string;
  now: number;
}

/**
 * Picks the best-known recipient, never one that contradicts the dialog: a "People you may know"
 * Connect on a profile page opens a dialog for someone else than the profile.
 */
export function resolveRecipient({ page, clicked, dialogName, now }: RecipientSources): RecipientInfo | undefined {
  const fresh = clicked && now - clicked.at <= CLICK_TTL_MS ? clicked : undefined;
  const fits = (name: string | undefined) => !dialogName || !name || sameName(name, dialogName);
  if (fresh) {
    const pageIsClicked =
      page && ((fresh.slug && page.slug === fresh.slug) || (!fresh.slug && sameName(page.name, fresh.name)));
    const full = fresh.card ?? (pageIsClicked ? page : undefined);
    if (full && fits(full.name)) return full;
    const name = fresh.name ?? full?.name;
    if (name && fits(name)) return { name, firstName: firstWord(name), slug: fresh.slug, mutuals: [], pending: false };
  }
  if (page && fits(page.name)) return page;
  if (dialogName) return { name: dialogName, firstName: firstWord(dialogName), slug: fresh?.slug, mutuals: [], pending: false };
  return undefined;
}

/** The analyzer's view of the recipient. */
export function toRecipient(r: RecipientInfo | undefined): Recipient {
  if (!r) return {};
  // Clipped to the message schema's limits: the background judges notes for this recipient, and a page that shows
  // an absurdly long headline must not make the message (and the record it carries) fail to parse.
  const cut = (v: string | undefined, max: number) => v?.slice(0, max);
  return {
    firstName: cut(r.firstName || firstWord(r.name), 100),
    lastName: cut(r.lastName, 100),
    company: cut(r.company, 200),
    headline: cut(r.headline, 500),
    school: cut(r.school, 200),
    location: cut(r.location, 200),
  };
}

/** Template variables from the recipient and the sender (the reason is added by the draft). */
export function toVars(r: RecipientInfo | undefined, myName: string | undefined): DraftVars {
  return {
    firstName: r ? r.firstName || firstWord(r.name) : undefined,
    lastName: r?.lastName,
    fullName: r?.name,
    company: r?.company,
    role: r?.headline,
    school: r?.school,
    location: r?.location,
    mutual: r?.mutuals?.[0],
    myName: myName || undefined,
  };
}

export interface RecipientMemory {
  rememberPage(profile: ProfileInfo | undefined): void;
  rememberClick(click: Omit<Clicked, 'at'>, at?: number): void;
  /** The name an earlier step of the dialog showed (the note step often shows none). */
  rememberDialogName(name: string, at?: number): void;
  resolve(dialogName: string | undefined, now?: number): RecipientInfo | undefined;
  /** The remembered profile page, for "Pending" confirmation. */
  page(): ProfileInfo | undefined;
  clear(): void;
}

export function createRecipientMemory(): RecipientMemory {
  let page: ProfileInfo | undefined;
  let clicked: Clicked | undefined;
  return {
    rememberPage(p) {
      page = p;
    },
    rememberClick(c, at = Date.now()) {
      clicked = { ...c, at };
    },
    rememberDialogName(name, at = Date.now()) {
      const fresh = clicked && at - clicked.at <= CLICK_TTL_MS ? clicked : undefined;
      if (fresh && !fresh.name) clicked = { ...fresh, name };
      else if (!fresh || !sameName(fresh.name, name)) clicked = { name, at };
    },
    resolve: (dialogName, now = Date.now()) => resolveRecipient({ page, clicked, dialogName, now }),
    page: () => page,
    clear() {
      page = undefined;
      clicked = undefined;
    },
  };
}

/** The content script's one memory, shared by the panel and the send recorder. */
export const recipientMemory = createRecipientMemory();
