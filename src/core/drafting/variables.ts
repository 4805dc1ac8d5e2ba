// The variables a template may use. Names are what people type between braces; labels and samples are
// what the dashboard shows next to the editor and what its live preview is filled with.

export const VAR_NAMES = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'role',
  'school',
  'location',
  'mutual',
  'reason',
  'myName',
] as const;

export type VarName = (typeof VAR_NAMES)[number];
export type TemplateVars = Partial<Record<VarName, string>>;

export interface VariableInfo {
  name: VarName;
  label: string;
  sample: string;
}

export const VARIABLES: readonly VariableInfo[] = [
  { name: 'firstName', label: 'Their first name', sample: 'Maya' },
  { name: 'lastName', label: 'Their last name', sample: 'Okafor' },
  { name: 'fullName', label: 'Their full name', sample: 'Maya Okafor' },
  { name: 'company', label: 'Their company', sample: 'Northwind Labs' },
  { name: 'role', label: 'Their role or headline', sample: 'product designer' },
  { name: 'school', label: 'Their school', sample: 'University of Leeds' },
  { name: 'location', label: 'Their location', sample: 'Lisbon' },
  { name: 'mutual', label: 'A mutual connection', sample: 'Sam Rivera' },
  { name: 'reason', label: 'Why you connect (you type it)', sample: 'design systems for small teams' },
  { name: 'myName', label: 'Your first name', sample: 'Alex' },
];

export const SAMPLE_VARS: Record<VarName, string> = Object.fromEntries(
  VARIABLES.map((v) => [v.name, v.sample]),
) as Record<VarName, string>;

// People type {FirstName}, {first_name} or {first name}; all mean the same variable.
const canonical = (raw: string) => raw.toLowerCase().replace(/[\s_-]+/g, '');
const BY_KEY = new Map<string, VarName>(VAR_NAMES.map((n) => [canonical(n), n]));

export function resolveVarName(raw: string): VarName | null {
  return BY_KEY.get(canonical(raw)) ?? null;
}

// Words people reach for that are not variables; suggested in validation messages.
const ALIASES: Record<string, VarName> = {
  name: 'firstName',
  first: 'firstName',
  last: 'lastName',
  surname: 'lastName',
  headline: 'role',
  title: 'role',
  job: 'role',
  position: 'role',
  employer: 'company',
  university: 'school',
  college: 'school',
  city: 'location',
  mutualconnection: 'mutual',
  why: 'reason',
  me: 'myName',
  myfirstname: 'myName',
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The variable someone probably meant by an unknown name, if one is close enough. */
export function suggestVarName(raw: string): VarName | null {
  const key = canonical(raw);
  if (!key) return null;
  if (ALIASES[key]) return ALIASES[key];
  let best: VarName | null = null;
  let bestD = 3;
  for (const n of VAR_NAMES) {
    const d = distance(key, canonical(n));
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best;
}
