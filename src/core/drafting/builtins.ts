import type { Template } from '../model';
import { fillTemplate, type FillResult } from './fill';
import type { TemplateVars } from './variables';

// The Connector way: say why you connect ({reason}, which the person types), point at something
// specific, offer something, no pitch. Each fits LinkedIn's 200-character free limit with typical values.
// {reason} stays outside optional sections on purpose: without it the note turns generic, and the
// composer reports it as missing instead of hiding the gap.

export const BUILTIN_TEMPLATES: Template[] = [
  {
    id: 'builtin-met-at-event',
    name: 'Met at an event',
    body: 'Hi {firstName}, good to meet you at {reason}. I’d like to stay in touch[[ and hear how things go at {company}]]. If an intro from me would ever help, just ask.',
    builtin: true,
    order: 0,
  },
  {
    id: 'builtin-read-your-post',
    name: 'Read your post',
    body: 'Hi {firstName}, your post on {reason} stayed with me. I’d like to follow your work and swap notes now and then. Happy to share what has worked for me.',
    builtin: true,
    order: 1,
  },
  {
    id: 'builtin-shared-school',
    name: 'Shared school',
    body: 'Hi {firstName}, [[fellow {school} alum here! ]]I’m reaching out about {reason}. If I can help with anything from my side, just ask.',
    builtin: true,
    order: 2,
  },
  {
    id: 'builtin-mutual-connection',
    name: 'Mutual connection',
    body: 'Hi {firstName}, [[we both know {mutual}. ]]I’m reaching out about {reason} and would value your view. Happy to return the favour.',
    builtin: true,
    order: 3,
  },
  {
    id: 'builtin-same-field',
    name: 'Same field',
    body: 'Hi {firstName}, I also work on {reason}[[ and follow what {company} does]]. I’d like to compare notes now and then; glad to share what I learn.',
    builtin: true,
    order: 4,
  },
];

// After a connection is made: thank them, ask why they connected or what they work on, offer to help.
// Messages, not notes: no 200-character limit, but short enough to read on a phone.
export const THANKS_TEMPLATES: Template[] = [
  {
    id: 'thanks-they-invited',
    name: 'Thanks for connecting',
    body: 'Thanks for connecting, {firstName}! What made you reach out? I’d like to hear what you’re working on[[ at {company}]]. If I can be a resource for anything, just ask.[[\n{myName}]]',
    builtin: true,
    order: 0,
  },
  {
    id: 'thanks-i-invited',
    name: 'Thanks for accepting',
    body: 'Hi {firstName}, thanks for accepting my invitation. What are you focused on these days? If an intro or a second pair of eyes would help, let me know.[[\n{myName}]]',
    builtin: true,
    order: 1,
  },
];

export type ThanksOccasion = 'they-invited' | 'i-invited';

/** The thank-you message for a new connection: who sent the invitation decides the wording. */
export function draftThanks(vars: TemplateVars, occasion: ThanksOccasion = 'they-invited'): FillResult {
  const template = THANKS_TEMPLATES.find((t) => t.id === `thanks-${occasion}`) ?? THANKS_TEMPLATES[0];
  return fillTemplate(template.body, vars);
}
