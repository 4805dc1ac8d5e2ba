import { countChars } from './budget';
import { fillTemplate } from './fill';
import { parseTemplate, type TemplateNode } from './syntax';
import { SAMPLE_VARS, suggestVarName } from './variables';

/** The longest template body the store accepts (TemplateSchema in src/core/model.ts). */
export const MAX_TEMPLATE_LENGTH = 2000;

export type TemplateProblemCode =
  | 'empty'
  | 'too-long'
  | 'unknown-variable'
  | 'unbalanced-braces'
  | 'unbalanced-brackets'
  | 'over-limit';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** Errors make a template unsaveable; warnings are advice shown next to the field. */
  severity: 'error' | 'warning';
  message: string;
  /** Offset into the body where the problem is, when there is one place. */
  index?: number;
}

export interface ValidateOptions {
  /** The note limit to check against (200/300); no length-vs-limit checks without it. */
  limit?: number;
}

function near(body: string, at: number): string {
  const start = Math.max(0, at - 12);
  return body.slice(start, at + 12).replace(/\s+/g, ' ').trim();
}

/** Everything wrong with a template body, errors first; an empty list means it can be saved. */
export function validateTemplate(body: string, options: ValidateOptions = {}): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!body.trim()) {
    return [{ code: 'empty', severity: 'error', message: 'A template needs some text.' }];
  }
  if (body.length > MAX_TEMPLATE_LENGTH) {
    problems.push({
      code: 'too-long',
      severity: 'error',
      message: `A template can be at most ${MAX_TEMPLATE_LENGTH} characters; this one has ${body.length}.`,
    });
  }

  const { nodes, strayCloses } = parseTemplate(body);
  const walk = (list: TemplateNode[]) => {
    for (const n of list) {
      if (n.kind === 'var' && !n.name) {
        const hint = suggestVarName(n.raw);
        problems.push({
          code: 'unknown-variable',
          severity: 'error',
          index: n.start,
          message: n.raw
            ? `Unknown variable {${n.raw}}${hint ? `: did you mean {${hint}}?` : '.'}`
            : 'Empty braces {}: put a variable name inside, such as {firstName}.',
        });
      } else if (n.kind === 'text') {
        // Any balanced {…} on one line is a variable, so a brace left in plain text is unbalanced.
        const m = /[{}]/.exec(n.text);
        if (m) {
          const at = n.start + m.index;
          problems.push({
            code: 'unbalanced-braces',
            severity: 'error',
            index: at,
            message:
              m[0] === '{'
                ? `A "{" is never closed near "${near(body, at)}"; variables look like {firstName}.`
                : `A "}" has no opening "{" near "${near(body, at)}"; variables look like {firstName}.`,
          });
        }
      } else if (n.kind === 'section') {
        if (!n.closed) {
          problems.push({
            code: 'unbalanced-brackets',
            severity: 'error',
            index: n.start,
            message: `An optional section "[[" is never closed near "${near(body, n.start)}"; close it with "]]".`,
          });
        }
        walk(n.children);
      }
    }
  };
  walk(nodes);
  for (const at of strayCloses) {
    problems.push({
      code: 'unbalanced-brackets',
      severity: 'error',
      index: at,
      message: `A "]]" closes nothing near "${near(body, at)}"; optional sections look like [[ at {company}]].`,
    });
  }

  const limit = options.limit;
  if (limit !== undefined && !problems.some((p) => p.severity === 'error')) {
    const bare = countChars(fillTemplate(body, {}).text);
    const sample = countChars(fillTemplate(body, SAMPLE_VARS).text);
    if (bare > limit) {
      problems.push({
        code: 'too-long',
        severity: 'error',
        message: `Even with every variable left out this note has ${bare} characters; LinkedIn allows ${limit}.`,
      });
    } else if (sample > limit) {
      problems.push({
        code: 'over-limit',
        severity: 'warning',
        message: `Filled with the sample recipient this note has ${sample} characters, over LinkedIn's ${limit}.`,
      });
    }
  }
  return problems.sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity));
}

export const templateErrors = (body: string, options: ValidateOptions = {}) =>
  validateTemplate(body, options).filter((p) => p.severity === 'error');
