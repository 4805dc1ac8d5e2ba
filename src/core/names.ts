// Comparing people's names as LinkedIn shows them in different places (a card, an aria-label, a
// dialog): case, punctuation and suffixes differ, the person does not.

export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names match when one's words start the other's ("Ana Ruiz" vs "Ana Ruiz, PhD"). */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = normaliseName(a).split(' ').filter(Boolean);
  const y = normaliseName(b).split(' ').filter(Boolean);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => w === long[i]);
}
