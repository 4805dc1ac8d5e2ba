import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_LENGTH, templateErrors, validateTemplate } from '@/src/core/drafting/engine';

const codes = (body: string, limit?: number) => validateTemplate(body, { limit }).map((p) => p.code);

describe('validateTemplate', () => {
  it('accepts a good template', () => {
    expect(validateTemplate('Hi {firstName}, [[at {company}]] {{reason}}.', { limit: 200 })).toEqual([]);
  });

  it('refuses an empty template', () => {
    expect(codes('  \n ')).toEqual(['empty']);
  });

  it('names unknown variables and suggests the likely one', () => {
    const [p] = validateTemplate('Hi {frstName}');
    expect(p).toMatchObject({ code: 'unknown-variable', severity: 'error', index: 3 });
    expect(p.message).toContain('{frstName}');
    expect(p.message).toContain('did you mean {firstName}?');
    expect(validateTemplate('at {employer}')[0].message).toContain('{company}');
    expect(validateTemplate('{zzzzzzzzzz}')[0].message).not.toContain('did you mean');
  });

  it('explains empty braces', () => {
    expect(validateTemplate('Hi {}')[0].message).toMatch(/Empty braces/);
  });

  it('finds unbalanced braces', () => {
    expect(codes('Hi {firstName')).toEqual(['unbalanced-braces']);
    expect(codes('Hi firstName}')).toEqual(['unbalanced-braces']);
    expect(codes('Hi {{firstName}')).toEqual(['unbalanced-braces']);
    expect(codes('Hi {first\nName}')).toContain('unbalanced-braces');
  });

  it('finds unbalanced optional sections', () => {
    expect(codes('Hi [[at {company}')).toEqual(['unbalanced-brackets']);
    expect(codes('Hi at {company}]]')).toEqual(['unbalanced-brackets']);
    expect(codes('Hi [[a [[b]] c')).toEqual(['unbalanced-brackets']);
    expect(codes('single [brackets] are text')).toEqual([]);
  });

  it('reports problems in the order they appear', () => {
    const problems = validateTemplate('{nope} then ]] then {');
    expect(problems.map((p) => p.index)).toEqual([0, 12, 20]);
  });

  it('refuses a body longer than the store accepts', () => {
    expect(codes('a'.repeat(MAX_TEMPLATE_LENGTH + 1))).toEqual(['too-long']);
  });

  it('refuses text that cannot fit the note limit even without variables', () => {
    expect(codes('a '.repeat(150), 200)).toEqual(['too-long']);
    expect(codes('a '.repeat(150), 300)).toEqual([]);
  });

  it('warns, without refusing, when the sample recipient makes the note too long', () => {
    const body = `${'word '.repeat(36)}{reason}`;
    expect(validateTemplate(body, { limit: 200 })).toMatchObject([{ code: 'over-limit', severity: 'warning' }]);
    expect(templateErrors(body, { limit: 200 })).toEqual([]);
  });

  it('skips limit checks when no limit is given', () => {
    expect(codes('a '.repeat(150))).toEqual([]);
  });
});
