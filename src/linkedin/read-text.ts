// Reading LinkedIn markup the way a person sees it, as plain text (textContent only, never HTML),
// and the small parsers the adapters share for what that text and LinkedIn's hrefs carry.

/** Subtrees that never hold the text we want: code, icons, controls inside the element read. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON']);
const HIDING_CLASS = /(?:^|\s)(?:visually-hidden|sr-only|a11y-text)(?:\s|$)/;
const BLOCK = new Set(['P', 'DIV', 'LI', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Bidi overrides and zero-width marks can reorder or hide text once it lands in a note or a badge;
// ZWJ stays because emoji sequences in names need it.
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function isNever(el: Element, skip: string | undefined): boolean {
  return (
    NEVER.has(el.tagName) || el.getAttribute('role') === 'button' || (skip !== undefined && el.matches(skip))
  );
}

/** Elements hidden from sight; `visually-hidden` & co. repeat visible text for screen readers. */
function isConcealed(el: Element, level: number): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (level >= 2) return false;
  if (level === 0 && el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDING_CLASS.test(cls);
}

function collect(node: Node, level: number, out: string[], top: boolean, skip: string | undefined): void {
  if (node.nodeType === 3) {
    // Source line breaks are layout-insignificant in HTML; only <br> and blocks break lines.
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (!top && (isNever(el, skip) || isConcealed(el, level))) return;
  if (el.tagName === 'BR') {
    out.push('\n');
    return;
  }
  const block = !top && BLOCK.has(el.tagName);
  if (block) out.push('\n');
  for (let child = el.firstChild; child; child = child.nextSibling) collect(child, level, out, false, skip);
  if (block) out.push('\n');
}

/** Invisible marks removed, spaces collapsed; line breaks kept (one per break, none at the ends) when `lines` is set. */
export function cleanText(text: string | null | undefined, lines = false): string {
  const spaced = (text ?? '').replace(INVISIBLE, '').replace(/[^\S\n]+/g, ' ');
  if (!lines) return spaced.replace(/\s+/g, ' ').trim();
  return spaced
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * What a sighted reader sees in `el`: blocks and <br> separate words (lines with `lines`), nested
 * controls are left out. Falls back to screen-reader copies when the visible copy is aria-hidden
 * (Ember names are `<span aria-hidden>Name</span><span class=visually-hidden>…`), and finally to
 * anything not `hidden`. `skip` names further subtrees to leave out.
 */
export function textOf(el: Element | null | undefined, lines = false, skip?: string): string {
  if (!el) return '';
  for (let level = 0; level <= 2; level++) {
    const out: string[] = [];
    collect(el, level, out, true, skip);
    const text = cleanText(out.join(''), lines);
    if (text) return text;
  }
  return '';
}

/** True when `el` or an ancestor (up to, not including, `stop`) is hidden from sight. */
export function isHiddenWithin(el: Element, stop: Element): boolean {
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    if (isConcealed(n, 0)) return true;
  }
  return false;
}

/** Accessible label: aria-label, else the visible text. */
export function labelOf(el: Element): string {
  return cleanText(el.getAttribute('aria-label')) || textOf(el);
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The `ACoA…` fsd_profile id in a URN or (encoded) href, where quotes, `:` or `&` delimit it. */
export function profileIdIn(s: string | null | undefined): string | undefined {
  return safeDecode(s ?? '').match(/(?<![A-Za-z0-9_-])(ACo[A-Za-z0-9_-]{10,})/)?.[1];
}

/**
 * The id glued inside a componentkey: `com.linkedin.sdui.profile.card.ref<id>Topcard`,
 * `SearchResults<id>`. The suffix is cut by name because the id alphabet contains letters.
 */
export function profileIdInKey(key: string | null | undefined, prefix: string, suffix = ''): string | undefined {
  const k = key ?? '';
  const at = k.indexOf(prefix + 'ACo');
  if (at < 0 || !k.endsWith(suffix)) return undefined;
  const id = k.slice(at + prefix.length, k.length - suffix.length);
  return /^ACo[A-Za-z0-9_-]{10,}$/.test(id) ? id : undefined;
}

/** Slug of a `/in/<slug>/` href (absolute or relative), decoded. */
export function slugFromHref(href: string | null | undefined): string | undefined {
  const m = (href ?? '').match(/\/in\/([^/?#]+)/);
  return m ? safeDecode(m[1]) : undefined;
}

/** Canonical profile URL: always www.linkedin.com, the slug re-encoded. */
export function profileUrl(slug: string | undefined): string | undefined {
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : undefined;
}

/** `vanityName` of a `/preload/(search-)custom-invite/?vanityName=<slug>` href. */
export function vanityNameFromHref(href: string | null | undefined): string | undefined {
  const m = (href ?? '').match(/[?&]vanityName=([^&#]+)/);
  return m ? safeDecode(m[1].replace(/\+/g, ' ')) : undefined;
}

export function splitName(name: string): { firstName: string; lastName?: string } {
  // "Jane Doe, PhD" → credentials after a comma are not part of the name a note addresses.
  const words = name.split(',')[0].trim().split(/\s+/).filter(Boolean);
  const firstName = words[0] ?? name;
  const lastName = words.slice(1).join(' ') || undefined;
  return { firstName, lastName };
}

/** "1st" / "· 2nd" / "• 3rd+" / "· 1." / "1st degree connection" / "Kontakt 1. stopnia". */
export function parseDegree(s: string): '1st' | '2nd' | '3rd' | '3rd+' | undefined {
  const m = s.match(/(?:^|[\s·•])([123])(?:st|nd|rd|\.)?(\+)?(?=\s|$|[^\w])/);
  if (!m) return undefined;
  if (m[1] === '1') return '1st';
  if (m[1] === '2') return '2nd';
  return m[2] ? '3rd+' : '3rd';
}
