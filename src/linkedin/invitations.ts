import { ReceivedInvitationSchema, type ReceivedInvitation } from '../core/model';
import { langOf, matchesAny, textsFor, type InvitationText } from './locale-text';
import { cleanText, isHiddenWithin, labelOf, profileUrl, safeDecode, textOf } from './read-text';

// Adapter for the received-invitations list (DOM.md §1). Two stacks are served side by side:
// SDUI (hashed classes; keyed here on roles, aria labels, hrefs, data-testid and componentkey) and
// classic Ember (BEM `invitation-card__*`). A card is found from its Accept control, which only a
// received invitation has; fields are then read by position and text, never by hashed class.

export type InvitationCard = {
  root: Element;
  invitation: ReceivedInvitation;
  /** Element to place the badge after (the sender name link), inside root. */
  anchor: Element;
};

export type InvitationsRead =
  | { kind: 'ok'; stack: 'sdui' | 'classic'; cards: InvitationCard[] }
  | { kind: 'unrecognised'; reason: string };

type Stack = 'sdui' | 'classic';
type CardResult =
  | { kind: 'card'; card: InvitationCard }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string };

const BASE = 'https://www.linkedin.com/';
// Links without a label are profile or message links, never actions; skipping them keeps scans cheap.
const CONTROL = 'button, a[aria-label], [role="button"]';
const LAZY_COLUMN = '[data-testid="lazy-column"]';
const SEE_MORE_BUTTON = '[data-testid="expandable-text-button"]';
const CLASSIC_CARD = 'li.invitation-card, ul.mn-invitation-list > li';
const ENTITY_PATH = /^\/(?:company|school|groups|events|newsletters|showcase|pages)\//i;
const ELLIPSIS = /(?:…|\.\.\.)\s*$/;

const LIMITS = { id: 500, name: 300, url: 2000, slug: 300, headline: 1000, note: 5000, mutual: 300, time: 100 };

function isAccept(control: Element, texts: InvitationText[]): boolean {
  return matchesAny(texts, 'accept', labelOf(control));
}

function isIgnore(control: Element, texts: InvitationText[]): boolean {
  return matchesAny(texts, 'ignore', labelOf(control));
}

/** Path of a LinkedIn link without building a URL for the common relative/absolute forms. */
function linkedinPath(href: string | null): string | undefined {
  if (!href) return undefined;
  const rest = href.startsWith('/') && !href.startsWith('//') ? href : href.startsWith(BASE) ? href.slice(BASE.length - 1) : undefined;
  if (rest !== undefined) return rest.split(/[?#]/, 1)[0];
  return linkedinUrl(href)?.pathname;
}

function linkedinUrl(href: string | null): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    return /(^|\.)linkedin\.com$/i.test(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

function profileSlug(link: Element): string | undefined {
  const m = linkedinPath(link.getAttribute('href'))?.match(/^\/in\/([^/]+)\/?/i);
  return m ? safeDecode(m[1]) : undefined;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

function clip(value: string | undefined, max: number): string | undefined {
  if (!value) return undefined;
  return value.length > max ? value.slice(0, max) : value;
}

function stripEllipsis(text: string): string {
  return text.replace(ELLIPSIS, '').trimEnd();
}

/** The invitation URN carried by the card's "Message" link (`?invitation=urn:li:fsd_invitation:…`). */
function invitationUrn(root: Element): string | undefined {
  for (const link of Array.from(root.querySelectorAll('a[href*="/messaging/compose/"]'))) {
    const urn = linkedinUrl(link.getAttribute('href'))?.searchParams.get('invitation');
    if (urn) return urn;
  }
  return undefined;
}

/**
 * The slug first: it is the same in both stacks and across reloads (a person has at most one pending
 * invitation to you), whereas SDUI componentkeys seen in captures are per-render `auto-component-<uuid>`s.
 */
function cardId(root: Element, slug: string | undefined): string | undefined {
  return slug ?? invitationUrn(root) ?? root.getAttribute('componentkey') ?? undefined;
}

/**
 * Pages, events, newsletters and groups share the card shape. The Ignore label tells them apart where
 * the locale words it differently (en); otherwise a link to the entity does, unless it sits in a
 * mutual line ("You both work at <company>").
 */
function isEntityInvitation(root: Element, labels: string[], texts: InvitationText[]): boolean {
  if (labels.some((l) => matchesAny(texts, 'ignoreEntity', l))) return true;
  if (labels.some((l) => matchesAny(texts, 'ignorePerson', l))) return false;
  return Array.from(root.querySelectorAll('a[href]')).some((a) => {
    const path = linkedinPath(a.getAttribute('href'));
    if (path === undefined || !ENTITY_PATH.test(path)) return false;
    const line = a.closest('p, li, span');
    return !(line && root.contains(line) && matchesAny(texts, 'mutual', textOf(line)));
  });
}

function finish(
  stack: Stack,
  root: Element,
  anchor: Element,
  fields: Omit<ReceivedInvitation, 'id' | 'stack' | 'noteTruncated'> & { noteTruncated?: boolean },
): CardResult {
  const id = cardId(root, fields.slug);
  if (!id) return { kind: 'fail', reason: 'card has no id (no profile link, invitation URN or componentkey)' };
  const parsed = ReceivedInvitationSchema.safeParse({
    id: clip(id, LIMITS.id),
    stack,
    senderName: clip(fields.senderName, LIMITS.name),
    profileUrl: clip(fields.profileUrl, LIMITS.url),
    slug: clip(fields.slug, LIMITS.slug),
    headline: clip(fields.headline, LIMITS.headline),
    note: clip(fields.note, LIMITS.note),
    noteTruncated: fields.noteTruncated ?? false,
    mutualText: clip(fields.mutualText, LIMITS.mutual),
    sentAgoText: clip(fields.sentAgoText, LIMITS.time),
  });
  if (!parsed.success) return { kind: 'fail', reason: `card fields invalid: ${parsed.error.issues[0]?.path.join('.')}` };
  return { kind: 'card', card: { root, anchor, invitation: parsed.data } };
}

function nameFromAlt(root: Element): string | undefined {
  const alt = root.querySelector('a[href*="/in/"] img[alt]')?.getAttribute('alt') ?? '';
  const name = cleanText(alt.replace(/['’]s?\s+profile (?:picture|photo)$/i, ''));
  return name && name !== cleanText(alt) ? name : undefined;
}

// ---------------------------------------------------------------------------------------------
// SDUI

function sduiCardRoot(control: Element, scope: ParentNode, texts: InvitationText[]): Element | undefined {
  const item = control.closest('[role="listitem"]');
  if (item) return item;
  // Without list roles, the card is the largest ancestor under the list column that holds no other
  // card's Accept control.
  const column = control.closest(LAZY_COLUMN);
  if (!column || !scopeContains(scope, column)) return undefined;
  let node = control;
  while (node.parentElement && node.parentElement !== column && countAccepts(node.parentElement, texts) === 1) {
    node = node.parentElement;
  }
  return node;
}

function countAccepts(el: Element, texts: InvitationText[]): number {
  return Array.from(el.querySelectorAll(CONTROL)).filter((c) => isAccept(c, texts)).length;
}

function scopeContains(scope: ParentNode, el: Element): boolean {
  return (scope as Node).contains(el);
}

function sduiCardRoots(scope: ParentNode, texts: InvitationText[]): Element[] {
  const roots = new Set<Element>();
  for (const control of Array.from(scope.querySelectorAll(CONTROL))) {
    if (!isAccept(control, texts)) continue;
    const root = sduiCardRoot(control, scope, texts);
    if (root) roots.add(root);
  }
  return [...roots];
}

/** Text lines of a card: paragraphs that are not inside a control. */
function lines(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p')).filter((p) => !p.closest('button, [role="button"]'));
}

function readSduiNote(
  root: Element,
  actionsEnd: Element,
  exclude: (line: Element, text: string) => boolean,
  texts: InvitationText[],
): { note?: string; noteTruncated: boolean } {
  const seeMore =
    root.querySelector(SEE_MORE_BUTTON) ??
    Array.from(root.querySelectorAll('button, [role="button"]')).find((b) =>
      matchesAny(texts, 'seeMore', textOf(b)),
    );
  const box = root.querySelector('[data-testid="expandable-text-box"]');
  if (box) {
    // The expandable box holds the whole note and is only clamped by CSS, unless LinkedIn cut it.
    const text = textOf(box, true);
    if (!text) return { noteTruncated: false };
    const cut = seeMore !== undefined && seeMore !== null && ELLIPSIS.test(text);
    return { note: cut ? stripEllipsis(text) : text, noteTruncated: cut };
  }
  const after = lines(root).filter((p) => precedes(actionsEnd, p) && !p.closest('a'));
  const shown = after.filter((p) => !isHiddenWithin(p, root));
  const visible = shown
    .map((p) => textOf(p, true))
    .filter((t, i) => t && !exclude(shown[i], t))
    .join('\n');
  const stem = stripEllipsis(visible);
  // A hidden copy of the whole note (kept for screen readers or for "see more") beats the clamp.
  const concealed = Array.from(root.querySelectorAll('[hidden], .visually-hidden, .sr-only, .a11y-text'))
    .filter((el) => precedes(actionsEnd, el) && !el.closest('a, button'))
    .map((el) => cleanText(el.textContent ?? '', true));
  const full = concealed.find((t) => t.length > stem.length && (stem === '' || t.startsWith(stem.slice(0, 40))));
  if (full && seeMore) return { note: full, noteTruncated: false };
  if (!stem) return { noteTruncated: false };
  return { note: stem, noteTruncated: Boolean(seeMore) };
}

function readSduiCard(root: Element, texts: InvitationText[]): CardResult {
  const controls = Array.from(root.querySelectorAll(CONTROL));
  const labels = controls.map(labelOf);
  const accepts = labels.map((l) => matchesAny(texts, 'accept', l));
  const actions = controls.filter((_c, i) => accepts[i] || matchesAny(texts, 'ignore', labels[i]));
  if (!accepts.includes(true)) return { kind: 'skip', reason: 'no Accept control' };
  if (isEntityInvitation(root, labels, texts)) return { kind: 'skip', reason: 'not a person invitation' };

  const profileLinks = Array.from(root.querySelectorAll('a[href]')).filter((a) => profileSlug(a) !== undefined);
  if (profileLinks.length === 0) return { kind: 'fail', reason: 'no profile link' };
  const nameLink = profileLinks.find((a) => textOf(a) !== '') ?? profileLinks[0];
  const slug = profileSlug(nameLink);
  // The link may wrap only the name (<strong>) or the whole name + headline block (<p>s).
  const nameEl = nameLink.querySelector('strong') ?? nameLink.querySelector('p') ?? nameLink;
  const senderName = textOf(nameEl) || nameFromAlt(root);
  if (!senderName) return { kind: 'fail', reason: 'no sender name' };

  const actionsStart = actions[0];
  const actionsEnd = actions[actions.length - 1];
  const isMeta = (t: string) =>
    matchesAny(texts, 'mutual', t) || matchesAny(texts, 'time', t) || matchesAny(texts, 'context', t);
  const all = lines(root).filter((p) => !isHiddenWithin(p, root));
  const before = all.filter((p) => precedes(p, actionsStart));
  const afterLines = all.filter((p) => precedes(actionsEnd, p));

  let headline: string | undefined;
  let mutualText: string | undefined;
  let sentAgoText: string | undefined;
  for (const p of [...before, ...afterLines]) {
    if (p.contains(nameEl) || nameEl.contains(p)) continue;
    const t = textOf(p);
    if (!t || t === senderName) continue;
    // Meta lines are short; a note that mentions "yesterday" must stay a note.
    if (t.length <= 120 && matchesAny(texts, 'mutual', t)) mutualText ??= t;
    else if (t.length <= 60 && matchesAny(texts, 'time', t)) sentAgoText ??= t;
    else if (!headline && precedes(nameEl, p) && precedes(p, actionsStart) && !matchesAny(texts, 'context', t))
      headline = t;
  }
  const note = readSduiNote(root, actionsEnd, (_p, t) => t.length <= 120 && isMeta(t), texts);
  return finish('sdui', root, nameLink, {
    senderName,
    slug,
    profileUrl: profileUrl(slug),
    headline,
    mutualText,
    sentAgoText,
    ...note,
  });
}

// ---------------------------------------------------------------------------------------------
// Classic Ember

function readClassicCard(root: Element, texts: InvitationText[]): CardResult {
  const labels = Array.from(root.querySelectorAll(CONTROL)).map(labelOf);
  if (!labels.some((l) => matchesAny(texts, 'accept', l))) return { kind: 'skip', reason: 'no Accept control' };
  if (isEntityInvitation(root, labels, texts)) return { kind: 'skip', reason: 'not a person invitation' };

  const title = root.querySelector('.invitation-card__title');
  const profileLinks = Array.from(root.querySelectorAll('a[href]')).filter((a) => profileSlug(a) !== undefined);
  const nameLink =
    title?.closest('a[href]') ??
    profileLinks.find((a) => !a.classList.contains('invitation-card__picture') && textOf(a) !== '') ??
    profileLinks[0];
  if (!nameLink) return { kind: 'fail', reason: 'no profile link' };
  const slug = profileSlug(nameLink) ?? (profileLinks[0] ? profileSlug(profileLinks[0]) : undefined);
  const senderName = (title ? textOf(title) : textOf(nameLink)) || nameFromAlt(root);
  if (!senderName) return { kind: 'fail', reason: 'no sender name' };
  const text = (sel: string) => {
    const el = root.querySelector(sel);
    return el ? textOf(el) || undefined : undefined;
  };

  let note: string | undefined;
  let noteTruncated = false;
  const message = root.querySelector('.invitation-card__custom-message');
  if (message) {
    const raw = message.querySelector('.lt-line-clamp__raw-line');
    const more = message.querySelector('.lt-line-clamp__more');
    if (raw) {
      // CSS-clamped: the raw line holds the whole note.
      note = textOf(raw, true) || undefined;
    } else {
      // JS-clamped: only the visible lines are in the page, the rest behind "See more".
      const shown = textOf(message, true, '.lt-line-clamp__more, .lt-line-clamp__less');
      note = stripEllipsis(shown) || undefined;
      noteTruncated = note !== undefined && more !== null && !isHiddenWithin(more, root);
    }
  }
  return finish('classic', root, nameLink, {
    senderName,
    slug,
    profileUrl: profileUrl(slug),
    headline: text('.invitation-card__subtitle'),
    mutualText: text('.member-insights__count') ?? text('.member-insights__reason'),
    sentAgoText: text('.time-badge'),
    note,
    noteTruncated,
  });
}

// ---------------------------------------------------------------------------------------------
// Page level

/** List items in SDUI columns that carry controls none of our locale tables knows: a label drift. */
function unknownSduiItems(scope: ParentNode, texts: InvitationText[]): number {
  return Array.from(scope.querySelectorAll(`${LAZY_COLUMN} [role="listitem"]`)).filter((item) => {
    const labels = Array.from(item.querySelectorAll(CONTROL)).map(labelOf);
    return (
      labels.length > 0 &&
      !labels.some(
        (l) => matchesAny(texts, 'accept', l) || matchesAny(texts, 'ignore', l) || matchesAny(texts, 'invite', l),
      )
    );
  }).length;
}

function collect(stack: Stack, roots: Element[], texts: InvitationText[]): InvitationsRead {
  const cards: InvitationCard[] = [];
  const ids = new Set<string>();
  const failures: string[] = [];
  for (const root of roots) {
    const r = stack === 'sdui' ? readSduiCard(root, texts) : readClassicCard(root, texts);
    if (r.kind === 'fail') failures.push(r.reason);
    // The same invitation can be rendered twice (e.g. in a hidden bucket column): keep the first.
    if (r.kind !== 'card' || ids.has(r.card.invitation.id)) continue;
    ids.add(r.card.invitation.id);
    cards.push(r.card);
  }
  if (cards.length === 0 && failures.length > 0) {
    return { kind: 'unrecognised', reason: `${failures.length} ${stack} card(s) found, none readable: ${failures[0]}` };
  }
  return { kind: 'ok', stack, cards };
}

export function readInvitations(doc: Document | ShadowRoot | Element): InvitationsRead {
  const texts = textsFor(doc, 'invitation');
  if (doc.querySelector('ul.mn-invitation-list, li.invitation-card')) {
    return collect('classic', Array.from(doc.querySelectorAll(CLASSIC_CARD)), texts);
  }
  const roots = sduiCardRoots(doc, texts);
  if (roots.length > 0) return collect('sdui', roots, texts);
  const sduiList = doc.querySelector(`${LAZY_COLUMN}, [data-sdui-screen*="nvitation"]`);
  if (!sduiList) {
    return { kind: 'unrecognised', reason: 'no invitation list (neither the SDUI list column nor the classic list)' };
  }
  const unknown = unknownSduiItems(doc, texts);
  if (unknown > 0) {
    return {
      kind: 'unrecognised',
      reason: `${unknown} list item(s) with controls in an unknown wording (lang "${langOf(doc)}")`,
    };
  }
  return { kind: 'ok', stack: 'sdui', cards: [] };
}

/** Which card (and which action) a click target belongs to, for recording the user's own Accept/Ignore click. */
export function actionOfClick(target: Element): { id: string; action: 'accepted' | 'ignored' } | undefined {
  const control = target.closest(CONTROL);
  if (!control) return undefined;
  const texts = textsFor(control, 'invitation');
  const action = isAccept(control, texts) ? 'accepted' : isIgnore(control, texts) ? 'ignored' : undefined;
  if (!action) return undefined;
  const classic = control.closest(CLASSIC_CARD);
  let result: CardResult | undefined;
  if (classic) {
    result = readClassicCard(classic, texts);
  } else {
    const item = control.closest('[role="listitem"]');
    // An Ignore control has no Accept of its own to climb from; find the card through its list item
    // or through the Accept control that shares its card.
    const root =
      item ??
      (action === 'accepted'
        ? sduiCardRoot(control, control.ownerDocument, texts)
        : sduiCardRoots(control.ownerDocument, texts).find((r) => r.contains(control)));
    if (root) result = readSduiCard(root, texts);
  }
  return result?.kind === 'card' ? { id: result.card.invitation.id, action } : undefined;
}

/** The element to observe for late-mounting cards (the list column), or undefined. */
export function invitationListRoot(doc: Document): Element | undefined {
  const classic = doc.querySelector('ul.mn-invitation-list');
  if (classic) return classic;
  const texts = textsFor(doc, 'invitation');
  const first = sduiCardRoots(doc, texts)[0];
  const column = first?.closest(LAZY_COLUMN);
  if (column) return column;
  const columns = Array.from(doc.querySelectorAll(`main ${LAZY_COLUMN}, ${LAZY_COLUMN}`));
  return columns.find((c) => !c.closest('[hidden]')) ?? doc.querySelector('[data-sdui-screen*="nvitation"]') ?? undefined;
}
