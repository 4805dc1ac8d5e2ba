import { parseTemplate, variableNodes, type TemplateNode } from './syntax';
import { SECTION_GAP, VAR_GAP, stripGapMarks, tidyGaps } from './tidy';
import type { TemplateVars, VarName } from './variables';

export interface FillResult {
  /** The note, ready to edit: no `{variable}`, missing or unknown, and no curly brace at all. */
  text: string;
  /** Variables the template uses that had no value (in order of first use), inside optional sections too. */
  missing: VarName[];
}

// Values come from a web page: one line, no control characters, no gap marks of ours, and no curly
// braces, so a name like "{reason}" can never look like an unfilled variable in the note.
function clean(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\uE000\uE001]/g, '')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanVars(vars: TemplateVars): Partial<Record<VarName, string>> {
  const out: Partial<Record<VarName, string>> = {};
  for (const [k, v] of Object.entries(vars) as [VarName, string | undefined][]) {
    const c = clean(v);
    if (c) out[k] = c;
  }
  if (!out.fullName) {
    const full = [out.firstName, out.lastName].filter(Boolean).join(' ');
    if (full) out.fullName = full;
  }
  return out;
}

export function fillTemplate(body: string, vars: TemplateVars): FillResult {
  const values = cleanVars(vars);
  const { nodes } = parseTemplate(stripGapMarks(body).replace(/\r\n?/g, '\n'));
  const has = (n: Extract<TemplateNode, { kind: 'var' }>) => n.name !== null && values[n.name] !== undefined;

  const render = (list: TemplateNode[]): string =>
    list
      .map((n) => {
        // A brace outside a variable is a typo (validation says where); dropping it keeps the promise
        // that a note never shows template syntax, even when a gap joins "{first" and "Name}".
        if (n.kind === 'text') return n.text.replace(/[{}]/g, '');
        if (n.kind === 'var') return n.name && values[n.name] !== undefined ? values[n.name] : VAR_GAP;
        // An unclosed "[[" is a typo, not a section: its text stays, without the brackets.
        if (!n.closed) return render(n.children);
        const direct = n.children.filter((c): c is Extract<TemplateNode, { kind: 'var' }> => c.kind === 'var');
        return direct.every(has) ? render(n.children) : SECTION_GAP;
      })
      .join('');

  const missing: VarName[] = [];
  for (const n of variableNodes(nodes)) {
    if (n.name && !has(n) && !missing.includes(n.name)) missing.push(n.name);
  }
  const text = stripGapMarks(tidyGaps(render(nodes))).trim();
  return { text, missing };
}
