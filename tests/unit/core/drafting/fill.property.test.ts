import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countChars, fillTemplate, trimToBudget, VAR_NAMES, type TemplateVars } from '@/src/core/drafting/engine';

// Properties that must hold for any template and any values a LinkedIn page could hand us.

const anyVars: fc.Arbitrary<TemplateVars> = fc.dictionary(
  fc.constantFrom(...VAR_NAMES),
  fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '  ', '{firstName}', '<b>x</b>', 'مريم')),
) as fc.Arbitrary<TemplateVars>;

// Ordinary values, some absent or blank: tidiness is judged on text whose values are themselves tidy.
const someVars: fc.Arbitrary<TemplateVars> = fc.dictionary(
  fc.constantFrom(...VAR_NAMES),
  fc.constantFrom('Ana', 'Acme Labs', 'مريم', '👋🏽', '', '   '),
) as fc.Arbitrary<TemplateVars>;

const variable = fc.constantFrom(...VAR_NAMES).map((n) => `{${n}}`);
const word = fc.constantFrom('Hi', 'great', 'to', 'meet', 'you', 'at', 'the', 'and', 'your', 'post', 'on', 'I', 'work');
const punct = fc.constantFrom(',', '.', '!', '?', ';');

// Templates written the way people write them: single spaces, punctuation after a word, brackets around
// a few words. Missing values must not leave "Hi ," or double spaces in such text.
const wellWritten = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 3, arbitrary: variable },
      { weight: 1, arbitrary: fc.tuple(word, variable).map(([w, v]) => `(${w} ${v})`) },
      { weight: 1, arbitrary: fc.tuple(word, variable).map(([w, v]) => `[[${w} ${v}]]`) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((parts) =>
    fc.array(fc.option(punct, { nil: '' }), { minLength: parts.length, maxLength: parts.length }).map((ps) =>
      parts.map((p, i) => p + ps[i]).join(' '),
    ),
  );

describe('fillTemplate properties', () => {
  it('never throws and never leaves a brace or an internal mark, for any body and values', () => {
    fc.assert(
      fc.property(fc.string(), anyVars, (body, vars) => {
        const { text } = fillTemplate(body, vars);
        expect(text).not.toMatch(/[{}\uE000\uE001]/);
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves a brace for bodies made of template syntax', () => {
    const syntaxy = fc
      .array(fc.oneof(variable, word, fc.constantFrom('{', '}', '[[', ']]', '{{', '}}', ' ', '\n', "'s")))
      .map((a) => a.join(''));
    fc.assert(
      fc.property(syntaxy, anyVars, (body, vars) => {
        expect(fillTemplate(body, vars).text).not.toMatch(/[{}]/);
      }),
      { numRuns: 400 },
    );
  });

  it('is plain substitution when every variable has a value', () => {
    const full = fc.record(
      Object.fromEntries(VAR_NAMES.map((n) => [n, fc.stringMatching(/^[A-Za-z]{1,8}( [A-Za-z]{1,8})?$/)])),
    ) as fc.Arbitrary<Record<(typeof VAR_NAMES)[number], string>>;
    fc.assert(
      fc.property(wellWritten, full, (body, vars) => {
        const expected = body
          .replace(/\{(\w+)\}/g, (_m, n: string) => vars[n as keyof typeof vars])
          .replace(/\[\[|\]\]/g, '');
        expect(fillTemplate(body, vars)).toEqual({ text: expected.trim(), missing: [] });
      }),
    );
  });

  it('leaves tidy text when values are missing', () => {
    fc.assert(
      fc.property(wellWritten, someVars, (body, vars) => {
        const { text } = fillTemplate(body, vars);
        expect(text).not.toMatch(/ {2}/);
        expect(text).not.toMatch(/ [,.;!?]/);
        expect(text).not.toMatch(/^[,.;!?]/);
        expect(text).not.toMatch(/\(\s*\)/);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 400 },
    );
  });

  it('reports exactly the used variables that had no value', () => {
    fc.assert(
      fc.property(wellWritten, anyVars, (body, vars) => {
        const used = [...body.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const lacking = used.filter((n) => {
          const v = (vars[n as keyof TemplateVars] ?? '').replace(/[\u0000-\u001F\u007F\uE000\uE001]/g, '').trim();
          if (n === 'fullName' && !v) return !`${vars.firstName ?? ''}${vars.lastName ?? ''}`.replace(/[\u0000-\u001F\u007F\uE000\uE001]/g, '').trim();
          return !v;
        });
        expect(new Set(fillTemplate(body, vars).missing)).toEqual(new Set(lacking));
      }),
      { numRuns: 400 },
    );
  });
});

describe('trimToBudget properties', () => {
  it('always fits the limit and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 0, max: 320 }), (text, limit) => {
        const out = trimToBudget(text, limit);
        expect(countChars(out)).toBeLessThanOrEqual(limit);
        if (countChars(text) <= limit) {
          expect(out).toBe(text.replace(/\r\n?/g, '\n'));
        } else if (limit > 0) {
          expect(out.endsWith('…')).toBe(true);
          expect(text.replace(/\r\n?/g, '\n').startsWith(out.slice(0, -1))).toBe(true);
          expect(out).not.toMatch(/[\uD800-\uDBFF]…$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('cuts between words when the text has words shorter than the budget', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 2, maxLength: 80 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 300 }), (text, limit) => {
        const out = trimToBudget(text, limit);
        if (out === text) return;
        const kept = out.slice(0, -1);
        expect(text.startsWith(`${kept} `)).toBe(true);
      }),
    );
  });
});
