// Reading text out of LinkedIn markup the way a person sees it: textContent only (never HTML),
// without screen-reader duplicates, controls or clamping widgets, whitespace normalised.

/** Subtrees that never hold the text we want: code, icons, controls inside the element read. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'BUTTON']);

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

const HIDING_CLASS = /(?:^|\s)(?:visually-hidden|sr-only|a11y-text)(?:\s|$)/;

const BLOCK = new Set(['P', 'DIV', 'LI', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

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

/** Spaces collapsed; line breaks kept (one per break, none at the ends) when `lines` is set. */
export function normalise(text: string, lines = false): string {
  const spaced = text.replace(/[^\S\n]+/g, ' ');
  if (!lines) return spaced.replace(/\s+/g, ' ').trim();
  return spaced
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * What a sighted reader sees in `el`. Falls back to screen-reader copies when the visible copy is
 * aria-hidden (Ember names are `<span aria-hidden>Name</span><span class=visually-hidden>…`), and
 * finally to anything not `hidden`. `skip` names further subtrees to leave out.
 */
export function visibleText(el: Element, lines = false, skip?: string): string {
  for (let level = 0; level <= 2; level++) {
    const out: string[] = [];
    collect(el, level, out, true, skip);
    const text = normalise(out.join(''), lines);
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
