// LinkedIn enforces its note limit with the textarea's maxlength (and shows `n/N` from the value).
// maxlength counts the API value in UTF-16 code units, with every line break as one unit (HTML spec,
// whatwg/html#1712): so an emoji such as 👋 counts 2, "é" typed as one code point counts 1, and "\r\n"
// pasted in becomes "\n" and counts 1. countChars mirrors that, so our budget agrees with LinkedIn's.

export function countChars(text: string): number {
  return text.replace(/\r\n?/g, '\n').length;
}

const ELLIPSIS = '…';
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The longest prefix of whole characters (grapheme clusters where the runtime knows them) within `units`. */
function prefixWithin(text: string, units: number): string {
  if (segmenter) {
    let end = 0;
    for (const { segment } of segmenter.segment(text)) {
      if (end + segment.length > units) break;
      end += segment.length;
    }
    return text.slice(0, end);
  }
  let end = Math.min(units, text.length);
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Shorten `text` to at most `limit` units (as countChars counts them), cutting at a word boundary and
 * ending with "…". Only for when the person asks for it: Connector never trims a note silently.
 */
export function trimToBudget(text: string, limit: number): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.length <= limit) return normalized;
  if (limit < 1) return '';
  const room = limit - ELLIPSIS.length;
  const head = prefixWithin(normalized, room);
  const nextChar = normalized[head.length] ?? '';
  let kept = head;
  if (!/\s/.test(nextChar)) {
    const lastSpace = head.search(/\s\S*$/);
    // One enormous word: cutting inside it beats returning nothing.
    if (lastSpace > 0) kept = head.slice(0, lastSpace);
  }
  kept = kept.replace(/[\s,;:.\-–—([{"'“‘]+$/u, '');
  return kept + ELLIPSIS;
}
