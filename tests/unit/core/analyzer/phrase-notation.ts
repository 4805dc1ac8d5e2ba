// The phrase notation (see `phrase` in src/core/analyzer/phrases.ts) parsed for tests that generate texts a phrase
// matches: letters, whitespace, groups, and anything else as an opaque item (`raw`: its source, quantifier included).
export type Item =
  | { k: 'c'; c: string; opt: boolean }
  | { k: ' '; opt: boolean }
  | { k: 'g'; alts: Item[][]; opt: boolean }
  | { k: 'x'; opt: boolean; raw?: string };

export function parse(src: string, at = { i: 0 }): Item[][] {
  const alts: Item[][] = [[]];
  while (at.i < src.length) {
    const from = at.i;
    const c = src[at.i++];
    let item: Item;
    if (c === ')') break;
    if (c === '|') {
      alts.push([]);
      continue;
    }
    if (c === '(') {
      if (src[at.i] === '?') {
        // Lookarounds and flags: skip, nothing to read from them.
        parse(src, at);
        item = { k: 'x', opt: false };
      } else item = { k: 'g', alts: parse(src, at), opt: false };
    } else if (c === '[') {
      while (at.i < src.length && src[at.i] !== ']') at.i += src[at.i] === '\\' ? 2 : 1;
      at.i++;
      item = { k: 'x', opt: false };
    } else if (c === '\\') {
      const e = src[at.i++];
      item = e === 's' ? { k: ' ', opt: false } : /[a-z]/i.test(e) ? { k: 'x', opt: false } : { k: 'c', c: e, opt: false };
    } else if (c === '@') continue;
    else if (c === ' ') item = { k: ' ', opt: false };
    else if (c === '.' || c === '^' || c === '$') item = { k: 'x', opt: false };
    else item = { k: 'c', c, opt: false };
    // Quantifiers: optional, or repeated (a repeated letter is not a fixed word).
    const q = src[at.i];
    if (q === '?' || q === '*') {
      item.opt = true;
      at.i++;
      if (q === '*' && item.k === 'c') item = { k: 'x', opt: true };
    } else if (q === '+') {
      at.i++;
      if (item.k === 'c') item = { k: 'x', opt: false };
    } else if (q === '{') {
      const close = src.indexOf('}', at.i);
      const [lo] = src.slice(at.i + 1, close).split(',');
      at.i = close + 1;
      item = item.k === 'c' ? { k: 'x', opt: lo === '0' } : { ...item, opt: lo === '0' };
    }
    if (src[at.i] === '?') at.i++; // lazy
    if (item.k === 'x') item.raw = src.slice(from, at.i);
    alts[alts.length - 1].push(item);
  }
  return alts;
}
