// People search results (DOM.md §2 entry points, §0 table). SDUI: every result is a
// `[role="listitem"]` whose Connect is `a[href*="/preload/search-custom-invite/?vanityName="]` and whose
// `componentkey="SearchResults<ACoA…>"` carries the profile id. Classic (2026-01): `entity-result__*`
// cards inside `li.reusable-search__result-container`.

import { sameName } from '../core/names';
import { matchIn, textsFor, type ConnectText } from './locale-text';
import { inviteeIn, inviteeOf, pendingIn, type ProfileInfo } from './profile';
import { parseDegree, profileIdIn, profileIdInKey, profileUrl, slugFromHref, splitName, textOf, vanityNameFromHref } from './read-text';

const CARD = [
  '[role="listitem"]',
  '[data-view-name="search-entity-result-universal-template"]',
  'li.reusable-search__result-container',
].join(', ');

const CONTROL = 'a, button, [role="button"], [role="menuitem"]';

/** What a click on a Connect control (profile, search result, More menu) says about its target. */
export function connectTargetOf(target: Element): { slug?: string; name?: string } | undefined {
  try {
    const control = target.closest(CONTROL);
    if (!control) return undefined;
    const href = control.getAttribute('href');
    const slug = href && /\/preload\/(search-)?custom-invite\//.test(href) ? vanityNameFromHref(href) : undefined;
    const name = inviteeOf(control);
    if (!slug && !name) return undefined;
    return { slug, name };
  } catch {
    return undefined;
  }
}

/** "<role> at <company>" from a "Current: …" line (`currentLine`) or a headline (`roleAt`). */
function roleAndCompany(texts: ConnectText[], key: 'currentLine' | 'roleAt', text: string) {
  const m = matchIn(texts, key, text.trim());
  return m && m[2].trim() ? { role: m[1].trim(), company: m[2].trim() } : undefined;
}

/**
 * The card's own name link: the innermost /in/ link with text, not a mutual connection (those are
 * <strong>). Innermost because React wraps the whole card in a second /in/ link.
 */
function nameLinkOf(card: Element): Element | undefined {
  return [...card.querySelectorAll('a[href*="/in/"]')].find(
    (a) => !a.querySelector('strong, a[href*="/in/"]') && textOf(a) !== '',
  );
}

export function readSearchCard(el: Element): ProfileInfo | undefined {
  try {
    const card = el.closest(CARD);
    if (!card) return undefined;
    const sdui = card.matches('[role="listitem"]');
    const nameLink = nameLinkOf(card);
    // "People you may know" cards wrap the name <p> and the headline <p> in one link: the name is the first.
    const innerP = nameLink?.querySelector('p') ?? undefined;
    const nameP = nameLink?.closest('p') ?? innerP;
    const name = textOf(innerP ?? nameLink) || inviteeIn(card);
    if (!name) return undefined;

    let degree: ProfileInfo['degree'];
    if (nameP) {
      for (const s of nameP.querySelectorAll('span')) {
        if (!s.closest('a')) degree ??= parseDegree(textOf(s));
      }
    }
    degree ??= parseDegree(textOf(card.querySelector('.entity-result__badge-text, .dist-value')));

    // After the name paragraph come headline and location paragraphs, then optional "Current: …",
    // then the mutuals paragraph (links with <strong> names).
    const paras = [...card.querySelectorAll('p, .entity-result__primary-subtitle, .entity-result__secondary-subtitle')].filter(
      (p) => p !== nameP && !p.contains(nameLink ?? null) && !p.querySelector('strong') && !p.closest('button'),
    );
    const plain = paras.filter((p) => !p.querySelector('a')).map((p) => textOf(p)).filter(Boolean);
    const headline = plain[0];
    const texts = textsFor(card, 'connect');
    const location = plain[1] && !roleAndCompany(texts, 'currentLine', plain[1]) ? plain[1] : undefined;
    const current = [...card.querySelectorAll('p')].map((p) => roleAndCompany(texts, 'currentLine', textOf(p))).find(Boolean);
    const company = current?.company ?? (headline ? roleAndCompany(texts, 'roleAt', headline)?.company : undefined);

    const mutualP = [...card.querySelectorAll('p')].find((p) => p.querySelector('a strong, strong a'));
    const mutuals = mutualP
      ? [...mutualP.querySelectorAll('a[href*="/in/"] strong')].map((s) => textOf(s)).filter((t) => t && !/^\d/.test(t))
      : [];

    const connectHref = card.querySelector('a[href*="custom-invite/?vanityName="]')?.getAttribute('href');
    const slug = slugFromHref(nameLink?.getAttribute('href')) ?? vanityNameFromHref(connectHref);
    const idHolder = card.querySelector('[componentkey^="SearchResults"]');
    const profileId =
      profileIdInKey(idHolder?.getAttribute('componentkey'), 'SearchResults') ??
      profileIdIn(card.querySelector('a[href*="connectionOf="]')?.getAttribute('href')) ??
      profileIdIn(card.querySelector('[data-chameleon-result-urn]')?.getAttribute('data-chameleon-result-urn'));
    return {
      name,
      ...splitName(name),
      headline,
      company,
      location,
      degree,
      mutuals: [...new Set(mutuals)],
      mutualText: mutualP ? textOf(mutualP) : undefined,
      slug,
      profileId,
      profileUrl: profileUrl(slug),
      pending: pendingIn(card),
      stack: sdui ? 'sdui' : 'classic',
    };
  } catch {
    return undefined;
  }
}

/**
 * The result card of the person a Connect control invites, or undefined when the card around the
 * control disagrees with the control's own slug or "Invite <name>" label (one list item holding
 * several people, or a card read wrong): a wrong recipient is worse than none.
 */
export function cardForConnect(control: Element): ProfileInfo | undefined {
  const connect = connectTargetOf(control);
  const card = readSearchCard(control);
  if (!connect || !card) return undefined;
  if (connect.slug && card.slug && card.slug !== connect.slug) return undefined;
  if (connect.name && !sameName(card.name, connect.name)) return undefined;
  return card;
}
