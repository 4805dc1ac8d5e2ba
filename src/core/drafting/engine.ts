// The drafting engine: templates with variables → a note the person edits and inserts themselves.
// Pure: no DOM, no browser APIs. Syntax: {firstName} or {{firstName}}; [[ … ]] is an optional section
// dropped when a variable directly inside it has no value. See fill.ts, tidy.ts, budget.ts, validate.ts.

export { VARIABLES, VAR_NAMES, SAMPLE_VARS, resolveVarName, suggestVarName } from './variables';
export type { VarName, TemplateVars, VariableInfo } from './variables';
export { fillTemplate } from './fill';
export type { FillResult } from './fill';
export { countChars, trimToBudget } from './budget';
export { validateTemplate, templateErrors, MAX_TEMPLATE_LENGTH } from './validate';
export type { TemplateProblem, TemplateProblemCode, ValidateOptions } from './validate';
