// Reading what a person sees, as plain text. LinkedIn duplicates many strings for screen readers
// (an aria-hidden copy next to a .visually-hidden copy); skipping aria-hidden keeps one copy, and the
// screen-reader copy is the more complete one ("1st degree connection" rather than "1st").

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);
// Bidi overrides and zero-width marks can reorder or hide text once it lands in a note; ZWJ stays
// because emoji sequences in names need it.
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return cleanText(parts.join(''));
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
