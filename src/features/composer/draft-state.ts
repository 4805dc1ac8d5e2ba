import type { Template } from '../../core/model';
import type { TemplateVars, VarName } from '../../core/drafting/engine';

// The composer's draft as a pure reducer, so "when does the draft refill itself" is one tested rule:
// the draft follows the chosen template and the variables until the person edits it by hand, and
// follows again once they pick a template. Nothing here touches the DOM.

export type DraftVars = Omit<TemplateVars, 'reason'>;

/** Fills a template body with variables; the composer passes the drafting engine's fillTemplate. */
export type Fill = (body: string, vars: TemplateVars) => { text: string; missing: VarName[] };

export interface DraftState {
  templates: Template[];
  templateId?: string;
  /** What the page shows about the recipient plus the sender's name (everything but the reason). */
  vars: DraftVars;
  reason: string;
  draft: string;
  /** Variables the chosen template wanted but the page did not show. */
  missing: VarName[];
  /** The person typed in the draft: stop refilling it until they pick a template again. */
  edited: boolean;
  /** Insert was pressed once on an over-budget draft; the next press inserts anyway. */
  overBudgetArmed: boolean;
}

export type DraftAction =
  | { type: 'templates'; templates: Template[] }
  | { type: 'vars'; vars: DraftVars }
  | { type: 'pick'; templateId: string }
  | { type: 'reason'; reason: string }
  | { type: 'edit'; draft: string }
  | { type: 'replace'; draft: string }
  | { type: 'arm-over-budget' };

/** What the person chose and typed for one recipient: enough to rebuild the panel as they left it. */
export interface SavedDraft {
  templateId?: string;
  reason: string;
  draft: string;
  edited: boolean;
}

export function sortTemplates(templates: Template[]): Template[] {
  return [...templates].sort((a, b) => a.order - b.order);
}

/**
 * Starts from `start` (a saved draft, or just a preferred template) when given, else from the first
 * template in the person's order, filled with what is known so far. A template that no longer exists
 * falls back to the first; a hand-edited draft is kept word for word.
 */
export function initialDraft(templates: Template[], vars: DraftVars, fill: Fill, start: Partial<SavedDraft> = {}): DraftState {
  const edited = !!start.edited;
  const s: DraftState = {
    templates: sortTemplates(templates),
    templateId: start.templateId,
    vars,
    reason: start.reason ?? '',
    draft: edited ? start.draft ?? '' : '',
    missing: [],
    edited,
    overBudgetArmed: false,
  };
  return refill(s, fill);
}

export function savedDraft(s: DraftState): SavedDraft {
  return { templateId: s.templateId, reason: s.reason, draft: s.draft, edited: s.edited };
}

function refill(s: DraftState, fill: Fill): DraftState {
  if (s.edited) return s;
  const t = s.templates.find((x) => x.id === s.templateId) ?? s.templates[0];
  if (!t) return { ...s, draft: '', missing: [] };
  const { text, missing } = fill(t.body, { ...s.vars, reason: s.reason.trim() || undefined });
  return { ...s, templateId: t.id, draft: text, missing };
}

export function draftReducer(fill: Fill) {
  return (s: DraftState, a: DraftAction): DraftState => {
    switch (a.type) {
      case 'templates': {
        const templates = sortTemplates(a.templates);
        const keep = templates.some((t) => t.id === s.templateId);
        return refill({ ...s, templates, templateId: keep ? s.templateId : undefined }, fill);
      }
      case 'vars':
        return refill({ ...s, vars: a.vars }, fill);
      case 'pick':
        return refill({ ...s, templateId: a.templateId, edited: false, overBudgetArmed: false }, fill);
      case 'reason':
        return { ...refill({ ...s, reason: a.reason }, fill), overBudgetArmed: false };
      case 'edit':
        return { ...s, draft: a.draft, edited: true, missing: [], overBudgetArmed: false };
      case 'replace':
        // A deliberate rewrite (Trim to fit): keep it, and keep later reason edits from undoing it.
        return { ...s, draft: a.draft, edited: true, overBudgetArmed: false };
      case 'arm-over-budget':
        return { ...s, overBudgetArmed: true };
    }
  };
}
