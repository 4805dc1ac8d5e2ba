// Profile top card `/in/<slug>/` on both stacks (DOM.md §3). SDUI exposes structure only through
// `componentkey`, hrefs and element order; classic Ember still carries readable BEM-ish classes and
// aria-labels. Both share the `connectionOf=` mutuals link, which also carries the ACoA profile id.

import { matchIn, matchesAny, textsFor } from './locale-text';
import { cleanText, parseDegree, profileIdIn, profileIdInKey, profileUrl, safeDecode, slugFromHref, splitName, textOf } from './read-text';

export interface ProfileInfo {
  name: string;
  firstName: string;
  lastName?: string;
  headline?: string;
  company?: string;
  school?: string;
  location?: string;
  degree?: '1st' | '2nd' | '3rd' | '3rd+';
  /** Names of the mutual connections the page shows (not the "and N others" remainder). */
  mutuals: string[];
  mutualText?: string;
  slug?: string;
  /** fsd_profile id `ACoA…` when the page embeds it. */
  profileId?: string;
  profileUrl?: string;
  pending: boolean;
  stack: 'sdui' | 'classic';
}

export type ProfileRead = { kind: 'ok'; profile: ProfileInfo } | { kind: 'unrecognised'; reason: string };

const SCHOOL_WORDS =
  /\b(universit\w*|college|school|academy|institut\w*|polytechnic|hochschule|école|escuela|uniwersytet|szkoła|akademia|politechnika)\b/i;

/** The top card: SDUI `…profile.card.ref<ACoA>Topcard`, else the classic `section[data-member-id]`. */
export function topCardOf(doc: Document): { root: Element; stack: 'sdui' | 'classic' } | undefined {
  const sdui =
    doc.querySelector('section[componentkey*="profile.card.ref"][componentkey$="Topcard"]') ??
    doc.querySelector('[componentkey*="profile.card.ref"][componentkey$="Topcard"]');
  if (sdui) return { root: sdui, stack: 'sdui' };
  const classic = doc.querySelector('main section[data-member-id]') ?? doc.querySelector('section[data-member-id]');
  if (classic) return { root: classic, stack: 'classic' };
  return undefined;
}

/** Whether `root` (a top card or a search card) shows the withdraw control of a sent invitation. */
export function pendingIn(root: Element): boolean {
  if (root.querySelector('a[href*="/preload/withdraw-invite/"]')) return true;
  const texts = textsFor(root, 'connect');
  return [...root.querySelectorAll('a[aria-label], button[aria-label], [role="button"][aria-label]')].some((el) =>
    matchesAny(texts, 'pending', cleanText(el.getAttribute('aria-label'))),
  );
}

/** Name in a Connect control's "Invite <Name> to connect" aria-label. */
export function inviteeOf(control: Element): string | undefined {
  return matchIn(textsFor(control, 'connect'), 'invite', cleanText(control.getAttribute('aria-label')))?.[1]?.trim() || undefined;
}

/** Name from the first Connect control in `root`, for when the name itself is missing. */
export function inviteeIn(root: Element): string | undefined {
  for (const el of root.querySelectorAll('[aria-label]')) {
    const n = inviteeOf(el);
    if (n) return n;
  }
  return undefined;
}

export function isPendingShown(doc: Document): boolean {
  try {
    const card = topCardOf(doc);
    return card ? pendingIn(card.root) : false;
  } catch {
    return false;
  }
}

interface Mutuals {
  mutuals: string[];
  mutualText?: string;
  profileId?: string;
}

/** The "A, B and 9 other mutual connections" link: a `connectionOf=` link that names people in <strong>. */
function readMutuals(root: Element): Mutuals {
  const links = [...root.querySelectorAll('a[href*="connectionOf="], a[href*="facetConnectionOf="]')];
  const profileId = links.map((a) => profileIdIn(a.getAttribute('href'))).find(Boolean);
  for (const a of links) {
    const strongs = [...a.querySelectorAll('strong')].filter((s) => !s.closest('[aria-hidden="true"]'));
    if (!strongs.length) continue;
    const names = strongs.map((s) => textOf(s)).filter((t) => t && !/^\d/.test(t));
    // The SDUI link nests a second link with the same text; the innermost one carries it once.
    const inner = a.querySelector('a[href*="connectionOf="]');
    const mutualText = textOf(inner && inner.querySelector('strong') ? inner : a) || undefined;
    return { mutuals: [...new Set(names)], mutualText, profileId };
  }
  return { mutuals: [], profileId };
}

function composeProfileId(root: Element): string | undefined {
  const a = root.querySelector('a[href*="/messaging/compose/"]');
  return a ? profileIdIn(a.getAttribute('href')) : undefined;
}

function companyAndSchool(line: string): { company?: string; school?: string } {
  const parts = line.split(/\s+·\s+/).map((p) => cleanText(p)).filter(Boolean);
  if (parts.length >= 2) return { company: parts[0], school: parts[1] };
  if (parts.length === 1) return SCHOOL_WORDS.test(parts[0]) ? { school: parts[0] } : { company: parts[0] };
  return {};
}

function readSdui(root: Element, url: URL): ProfileRead {
  const nameLink = [...root.querySelectorAll('a[href*="/in/"]')].find((a) => a.querySelector('h1, h2'));
  const heading = nameLink?.querySelector('h1, h2') ?? root.querySelector('h1, h2');
  const name = textOf(heading) || inviteeIn(root);
  if (!name) return { kind: 'unrecognised', reason: 'SDUI top card without a name heading' };

  // Fields are bare <p>s in a fixed order: degree, headline, "Company · School", then the location
  // row (location, "·", Contact info). Paragraphs inside links or tiles (role=button) are other things.
  const paras = [...root.querySelectorAll('p')].filter(
    (p) => !p.closest('a, button, [role="button"]') && !p.querySelector('a') && !(heading && p.contains(heading)),
  );
  let degree: ProfileInfo['degree'];
  const rest: Element[] = [];
  for (const p of paras) {
    const t = textOf(p);
    if (!t || t === '·' || /^\(.*\)$/.test(t) || /^\d[\d,.\s]*\+?$/.test(t)) continue;
    if (/^[·•]\s*\S+$/.test(t)) {
      degree ??= parseDegree(t);
      continue;
    }
    rest.push(p);
  }
  // The location row is the one that shares its parent with the contact-info link.
  const locIndex = rest.findIndex((p) =>
    [...(p.parentElement?.children ?? [])].some(
      (c) => c !== p && c.tagName === 'P' && (textOf(c) === '·' || !!c.querySelector('a')),
    ),
  );
  const beforeLoc = locIndex >= 0 ? rest.slice(0, locIndex) : rest.slice(0, 2);
  const headline = beforeLoc[0] ? textOf(beforeLoc[0]) : undefined;
  const { company, school } = beforeLoc[1] ? companyAndSchool(textOf(beforeLoc[1])) : {};
  const location = locIndex >= 0 ? textOf(rest[locIndex]) : undefined;

  const slug = slugFromPath(url) ?? slugFromHref(nameLink?.getAttribute('href'));
  const m = readMutuals(root);
  const profileId =
    profileIdInKey(root.getAttribute('componentkey'), 'profile.card.ref', 'Topcard') ?? m.profileId ?? composeProfileId(root);
  return {
    kind: 'ok',
    profile: {
      name,
      ...splitName(name),
      headline: headline || undefined,
      company,
      school,
      location: location || undefined,
      degree,
      mutuals: m.mutuals,
      mutualText: m.mutualText,
      slug,
      profileId,
      profileUrl: profileUrl(slug),
      pending: pendingIn(root),
      stack: 'sdui',
    },
  };
}

function readClassic(root: Element, url: URL): ProfileRead {
  const name = textOf(root.querySelector('h1')) || inviteeIn(root);
  if (!name) return { kind: 'unrecognised', reason: 'classic top card without h1' };
  const headline = textOf(root.querySelector('.text-body-medium.break-words')) || undefined;
  const location = textOf(root.querySelector('.text-body-small.inline.t-black--light.break-words')) || undefined;

  let company: string | undefined;
  let school: string | undefined;
  const texts = textsFor(root, 'connect');
  for (const b of root.querySelectorAll('button[aria-label], a[aria-label]')) {
    const label = cleanText(b.getAttribute('aria-label'));
    const c = matchIn(texts, 'currentCompany', label)?.[1]?.trim();
    if (c && !company) company = textOf(b) || c;
    const s = matchIn(texts, 'education', label)?.[1]?.trim();
    if (s && !school) school = textOf(b) || s;
  }

  const badge = root.querySelector('.distance-badge');
  const degree = badge ? parseDegree(textOf(badge)) ?? parseDegree(cleanText(badge.textContent)) : undefined;

  const slug = slugFromPath(url) ?? slugFromHref(root.querySelector('a[href*="/in/"]')?.getAttribute('href'));
  const m = readMutuals(root);
  return {
    kind: 'ok',
    profile: {
      name,
      ...splitName(name),
      headline,
      company,
      school,
      location,
      degree,
      mutuals: m.mutuals,
      mutualText: m.mutualText,
      slug,
      profileId: m.profileId ?? composeProfileId(root),
      profileUrl: profileUrl(slug),
      pending: pendingIn(root),
      stack: 'classic',
    },
  };
}

function slugFromPath(url: URL): string | undefined {
  const m = url.pathname.match(/^\/in\/([^/]+)/);
  return m ? safeDecode(m[1]) : undefined;
}

export function readProfile(doc: Document, url: URL): ProfileRead {
  try {
    if (!/^\/in\/[^/]+/.test(url.pathname)) {
      return { kind: 'unrecognised', reason: `not a profile page: ${url.pathname}` };
    }
    const card = topCardOf(doc);
    if (!card) return { kind: 'unrecognised', reason: 'no profile top card (neither SDUI Topcard nor section[data-member-id])' };
    return card.stack === 'sdui' ? readSdui(card.root, url) : readClassic(card.root, url);
  } catch (e) {
    return { kind: 'unrecognised', reason: `profile read failed: ${String(e)}` };
  }
}
