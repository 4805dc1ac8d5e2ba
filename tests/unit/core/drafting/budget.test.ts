import { describe, expect, it } from 'vitest';
import { countChars, trimToBudget } from '@/src/core/drafting/engine';

describe('countChars counts like LinkedIn’s textarea (maxlength: UTF-16 code units, a line break is one)', () => {
  it('counts plain text by length', () => {
    expect(countChars('Hi Ana')).toBe(6);
  });
  it('counts an emoji outside the BMP as two and a skin-tone wave as four', () => {
    expect(countChars('👋')).toBe(2);
    expect(countChars('👋🏽')).toBe(4);
  });
  it('counts a precomposed accent as one and a combining accent as two', () => {
    expect(countChars('é')).toBe(1);
    expect(countChars('e\u0301')).toBe(2);
  });
  it('counts CRLF and CR as one line break, as the textarea value normalises them', () => {
    expect(countChars('a\r\nb\rc\nd')).toBe(7);
  });
});

describe('trimToBudget', () => {
  const text = 'Hi Maya, good to meet you at the design meetup in Lisbon last week.';

  it('returns the text unchanged when it fits', () => {
    expect(trimToBudget(text, 200)).toBe(text);
    expect(trimToBudget(text, countChars(text))).toBe(text);
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    const out = trimToBudget(text, 30);
    expect(out).toBe('Hi Maya, good to meet you at…');
    expect(countChars(out)).toBeLessThanOrEqual(30);
  });

  it('does not leave a dangling comma before the ellipsis', () => {
    expect(trimToBudget('Hi Maya, good to meet you', 10)).toBe('Hi Maya…');
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(trimToBudget('aaaa bbbb cccc', 10)).toBe('aaaa bbbb…');
  });

  it('cuts inside a single very long word rather than returning nothing', () => {
    expect(trimToBudget('x'.repeat(50), 10)).toBe('xxxxxxxxx…');
  });

  it('never splits an emoji or a flag', () => {
    const out = trimToBudget('🇵🇹🇵🇹🇵🇹', 6);
    expect(out).toBe('🇵🇹…');
    expect(trimToBudget('👋👋👋👋', 4)).toBe('👋…');
  });

  it('handles limits of 0 and 1', () => {
    expect(trimToBudget(text, 0)).toBe('');
    expect(trimToBudget(text, 1)).toBe('…');
  });
});
