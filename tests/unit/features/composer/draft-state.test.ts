import { describe, expect, it } from 'vitest';
import type { Template } from '@/src/core/model';
import { fillTemplate } from '@/src/core/drafting/engine';
import { draftReducer, initialDraft, savedDraft, type Fill } from '@/src/features/composer/draft-state';

const fill: Fill = (body, vars) => fillTemplate(body, vars);
const reduce = draftReducer(fill);

const templates: Template[] = [
  { id: 'b', name: 'Second', body: 'Hello {firstName} from {company}.', builtin: false, order: 1 },
  { id: 'a', name: 'First', body: 'Hi {firstName}, {reason}.', builtin: true, order: 0 },
];

const start = () => initialDraft(templates, { firstName: 'Ines' }, fill);

describe('draft state', () => {
  it('starts from the first template in the person\'s order, filled', () => {
    const s = start();
    expect(s.templates.map((t) => t.id)).toEqual(['a', 'b']);
    expect(s.templateId).toBe('a');
    expect(s.draft).toBe('Hi Ines.');
    expect(s.missing).toEqual(['reason']);
  });

  it('refills the draft as the reason is typed', () => {
    const s = reduce(start(), { type: 'reason', reason: 'we met at the Lisbon meetup' });
    expect(s.draft).toBe('Hi Ines, we met at the Lisbon meetup.');
    expect(s.missing).toEqual([]);
  });

  it('stops refilling once the person edits the draft, until they pick a template again', () => {
    let s = reduce(start(), { type: 'edit', draft: 'My own words' });
    s = reduce(s, { type: 'reason', reason: 'your talk on caching' });
    expect(s.draft).toBe('My own words');
    expect(s.reason).toBe('your talk on caching');
    s = reduce(s, { type: 'pick', templateId: 'a' });
    expect(s.edited).toBe(false);
    expect(s.draft).toBe('Hi Ines, your talk on caching.');
  });

  it('picking another template fills it with the known variables', () => {
    const s = reduce(reduce(start(), { type: 'vars', vars: { firstName: 'Ines', company: 'Acme Tiles' } }), {
      type: 'pick',
      templateId: 'b',
    });
    expect(s.draft).toBe('Hello Ines from Acme Tiles.');
  });

  it('trimming is kept: later reason edits do not bring the long text back', () => {
    let s = reduce(start(), { type: 'reason', reason: 'a long reason' });
    s = reduce(s, { type: 'replace', draft: 'Hi Ines…' });
    s = reduce(s, { type: 'reason', reason: 'a longer reason still' });
    expect(s.draft).toBe('Hi Ines…');
  });

  it('the over-budget confirmation is disarmed by any change to the draft', () => {
    let s = reduce(start(), { type: 'arm-over-budget' });
    expect(s.overBudgetArmed).toBe(true);
    s = reduce(s, { type: 'edit', draft: 'x' });
    expect(s.overBudgetArmed).toBe(false);
    s = reduce(reduce(s, { type: 'arm-over-budget' }), { type: 'reason', reason: 'r' });
    expect(s.overBudgetArmed).toBe(false);
  });

  it('templates arriving from the background keep the choice when it still exists', () => {
    let s = reduce(start(), { type: 'pick', templateId: 'b' });
    s = reduce(s, { type: 'templates', templates: [...templates, { id: 'c', name: 'New', body: 'Yo', builtin: false, order: 2 }] });
    expect(s.templateId).toBe('b');
    s = reduce(s, { type: 'templates', templates: [{ id: 'c', name: 'New', body: 'Yo {firstName}', builtin: false, order: 0 }] });
    expect(s.templateId).toBe('c');
    expect(s.draft).toBe('Yo Ines');
  });

  it('no templates at all leaves an empty draft to write by hand', () => {
    expect(initialDraft([], {}, fill).draft).toBe('');
  });

  it('starts where the person left off: template and reason refill with today\'s variables', () => {
    const s = initialDraft(templates, { firstName: 'Ines', company: 'Acme Tiles' }, fill, {
      templateId: 'b',
      reason: 'the tile fair',
      draft: 'Hello Ines from an older company.',
      edited: false,
    });
    expect(s.templateId).toBe('b');
    expect(s.reason).toBe('the tile fair');
    expect(s.draft).toBe('Hello Ines from Acme Tiles.');
  });

  it('a hand-edited draft comes back word for word, and stays edited', () => {
    const before = reduce(reduce(start(), { type: 'reason', reason: 'your talk' }), { type: 'edit', draft: 'Ines, my own words.' });
    const s = initialDraft(templates, { firstName: 'Ines' }, fill, savedDraft(before));
    expect(s.draft).toBe('Ines, my own words.');
    expect(s.edited).toBe(true);
    expect(s.reason).toBe('your talk');
    expect(reduce(s, { type: 'reason', reason: 'something else' }).draft).toBe('Ines, my own words.');
  });

  it('a preferred template that no longer exists falls back to the first', () => {
    expect(initialDraft(templates, { firstName: 'Ines' }, fill, { templateId: 'gone' }).templateId).toBe('a');
    expect(initialDraft(templates, { firstName: 'Ines' }, fill, { templateId: 'b' }).draft).toBe('Hello Ines.');
  });
});
