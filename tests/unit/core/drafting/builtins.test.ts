import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '@/src/core/model';
import { BUILTIN_TEMPLATES, THANKS_TEMPLATES, draftThanks } from '@/src/core/drafting/builtins';
import { countChars, fillTemplate, SAMPLE_VARS, validateTemplate } from '@/src/core/drafting/engine';

// Typical values from real-looking profiles, a little longer than the dashboard samples.
const TYPICAL = {
  ...SAMPLE_VARS,
  firstName: 'Alexandra',
  company: 'Contoso Health Systems',
  school: 'Universidade de Lisboa',
  mutual: 'Jordan Whitaker',
  reason: 'your talk on onboarding at UX Lisbon',
};

describe('BUILTIN_TEMPLATES', () => {
  it('has 4 to 6 templates with unique ids and orders', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    expect(BUILTIN_TEMPLATES.length).toBeLessThanOrEqual(6);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    expect(BUILTIN_TEMPLATES.map((t) => t.order)).toEqual(BUILTIN_TEMPLATES.map((_, i) => i));
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s is a valid, built-in template', (_n, t) => {
    expect(TemplateSchema.parse(t)).toEqual(t);
    expect(t.builtin).toBe(true);
    expect(validateTemplate(t.body, { limit: 200 })).toEqual([]);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s fits 200 characters filled with typical values', (_n, t) => {
    for (const vars of [SAMPLE_VARS, TYPICAL]) {
      const { text, missing } = fillTemplate(t.body, vars);
      expect(missing).toEqual([]);
      expect(countChars(text)).toBeLessThanOrEqual(200);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s says why: it uses {reason} outside any optional section', (_n, t) => {
    expect(t.body).toContain('{reason}');
    expect(fillTemplate(t.body, { ...SAMPLE_VARS, company: '', school: '', mutual: '' }).text).toContain(SAMPLE_VARS.reason);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s reads as a sentence with only the reason known', (_n, t) => {
    const { text } = fillTemplate(t.body, { reason: 'the meetup' });
    expect(text).toMatch(/^Hi, /);
    expect(text).not.toMatch(/ {2}| [,.!?]|\(\s*\)/);
  });

  it('contains no pitch', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.body).not.toMatch(/\b(demo|offer you|our product|our services|quick call|expand my network)\b/i);
    }
  });
});

describe('THANKS_TEMPLATES and draftThanks', () => {
  it('are valid built-in templates', () => {
    for (const t of THANKS_TEMPLATES) {
      expect(TemplateSchema.parse(t)).toEqual(t);
      expect(validateTemplate(t.body)).toEqual([]);
    }
  });

  it('thanks them, asks what they work on and offers help', () => {
    const { text } = draftThanks({ firstName: 'Maya', company: 'Northwind Labs' });
    expect(text).toMatch(/^Thanks for connecting, Maya!/);
    expect(text).toContain('?');
    expect(text).toMatch(/resource|help/);
    expect(text).toContain('Northwind Labs');
  });

  it('words the message for an invitation the user sent', () => {
    expect(draftThanks({ firstName: 'Maya' }, 'i-invited').text).toMatch(/^Hi Maya, thanks for accepting/);
  });

  it('signs with the user’s name when known and leaves no gap when not', () => {
    expect(draftThanks({ firstName: 'Maya', myName: 'Alex' }).text.endsWith('\nAlex')).toBe(true);
    const { text, missing } = draftThanks({});
    expect(text).toMatch(/^Thanks for connecting! What made you reach out\?/);
    expect(text).not.toMatch(/\n$| {2}/);
    expect(missing).toEqual(['firstName', 'company', 'myName']);
  });
});
