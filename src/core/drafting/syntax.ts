import { resolveVarName, type VarName } from './variables';

// Template syntax: {name} or {{name}} is a variable; [[ … ]] is an optional section that disappears when
// a variable directly inside it has no value. Anything else is literal text. The parser never throws:
// malformed pieces become literal text or are listed as stray so validation can explain them.

export type TemplateNode =
  | { kind: 'text'; text: string; start: number }
  | { kind: 'var'; raw: string; name: VarName | null; start: number; end: number }
  | { kind: 'section'; children: TemplateNode[]; start: number; closed: boolean };

export interface ParsedTemplate {
  nodes: TemplateNode[];
  /** Offsets of "]]" that close nothing. */
  strayCloses: number[];
}

const TOKEN = /\{\{([^{}\n]*)\}\}|\{([^{}\n]*)\}|\[\[|\]\]/g;

export function parseTemplate(body: string): ParsedTemplate {
  const root: TemplateNode[] = [];
  const stack: Extract<TemplateNode, { kind: 'section' }>[] = [];
  const strayCloses: number[] = [];
  const current = () => (stack.length ? stack[stack.length - 1].children : root);
  const pushText = (text: string, start: number) => {
    if (text) current().push({ kind: 'text', text, start });
  };

  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    pushText(body.slice(last, at), last);
    last = at + m[0].length;
    if (m[0] === '[[') {
      const section = { kind: 'section' as const, children: [], start: at, closed: false };
      current().push(section);
      stack.push(section);
    } else if (m[0] === ']]') {
      const section = stack.pop();
      if (section) section.closed = true;
      else strayCloses.push(at);
    } else {
      const raw = (m[1] ?? m[2] ?? '').trim();
      current().push({ kind: 'var', raw, name: resolveVarName(raw), start: at, end: last });
    }
  }
  pushText(body.slice(last), last);
  return { nodes: root, strayCloses };
}

/** Every variable node in document order, including those inside sections. */
export function variableNodes(nodes: TemplateNode[]): Extract<TemplateNode, { kind: 'var' }>[] {
  const out: Extract<TemplateNode, { kind: 'var' }>[] = [];
  const walk = (list: TemplateNode[]) => {
    for (const n of list) {
      if (n.kind === 'var') out.push(n);
      else if (n.kind === 'section') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
