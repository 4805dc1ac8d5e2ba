import { describe, expect, it } from 'vitest';
import { fillTemplate, SAMPLE_VARS, VARIABLES, VAR_NAMES } from '@/src/core/drafting/engine';

describe('fillTemplate: variables', () => {
  it('fills every listed variable with its value', () => {
    const body = VAR_NAMES.map((n) => `${n}=<{${n}}>`).join(' ');
    const { text, missing } = fillTemplate(body, SAMPLE_VARS);
    for (const v of VARIABLES) expect(text).toContain(`${v.name}=<${v.sample}>`);
    expect(missing).toEqual([]);
  });

  it('accepts double braces, inner spaces and any casing or separator', () => {
    const vars = { firstName: 'Ana', company: 'Acme' };
    expect(fillTemplate('Hi {{firstName}} at {{ company }}', vars).text).toBe('Hi Ana at Acme');
    expect(fillTemplate('Hi {FirstName}, {first_name}, {first name}', vars).text).toBe('Hi Ana, Ana, Ana');
  });

  it('derives fullName from first and last name when the page gave no full name', () => {
    expect(fillTemplate('{fullName}', { firstName: 'Ana', lastName: 'Lima' }).text).toBe('Ana Lima');
    expect(fillTemplate('{fullName}', { firstName: 'Ana', fullName: 'Dr Ana Lima' }).text).toBe('Dr Ana Lima');
  });

  it('normalises values to one tidy line', () => {
    expect(fillTemplate('At {company}.', { company: '  North\n\twind  Labs ' }).text).toBe('At North wind Labs.');
  });

  it('treats whitespace-only values as missing', () => {
    expect(fillTemplate('Hi {firstName}, hello', { firstName: '   ' })).toEqual({ text: 'Hi, hello', missing: ['firstName'] });
  });

  it('keeps the person’s own line breaks', () => {
    expect(fillTemplate('Hi {firstName},\n\nThanks!\n{myName}', { firstName: 'Ana', myName: 'Bo' }).text).toBe(
      'Hi Ana,\n\nThanks!\nBo',
    );
  });
});

describe('fillTemplate: missing variables never leave braces and the sentence is tidied', () => {
  const cases: [string, string][] = [
    ['Hi {firstName}, nice to meet you.', 'Hi, nice to meet you.'],
    ['Hi {firstName}!', 'Hi!'],
    ['Hi {firstName} {lastName}, hello', 'Hi, hello'],
    ['{firstName}, great to meet you.', 'Great to meet you.'],
    ['{firstName},\nGreat to meet you.', 'Great to meet you.'],
    ['I saw you work at {company}. Loved it.', 'I saw you work. Loved it.'],
    ['We met at the {reason} last week.', 'We met last week.'],
    ['I enjoyed your talk at {company}’s offsite.', 'I enjoyed your talk at the offsite.'],
    ["{company}'s team is great.", 'The team is great.'],
    ['Great to meet you (via {mutual}).', 'Great to meet you.'],
    ['Great to meet you ({mutual}) today.', 'Great to meet you today.'],
    ['We both know Sam and {mutual}.', 'We both know Sam.'],
    ['Thanks. {reason}. See you', 'Thanks. See you'],
    ['Nice to meet you, {firstName}.', 'Nice to meet you.'],
    ['Nice to meet you, {firstName}, really.', 'Nice to meet you, really.'],
    ['Hello\n\n{reason}\n\nBest,\n{myName}', 'Hello\n\nBest,'],
    ['I met {firstName} yesterday', 'I met yesterday'],
  ];
  it.each(cases)('%j → %j', (body, expected) => {
    expect(fillTemplate(body, {}).text).toBe(expected);
  });

  it('removes unknown variables too (validation reports them) and does not list them as missing', () => {
    expect(fillTemplate('Hi {nickname}, hello {firstName}', { firstName: 'Ana' })).toEqual({
      text: 'Hi, hello Ana',
      missing: [],
    });
  });

  it('lists each missing variable once, in order of first use, including inside optional sections', () => {
    expect(fillTemplate('{reason} {firstName} [[at {company}]] {reason}', {}).missing).toEqual([
      'reason',
      'firstName',
      'company',
    ]);
  });

  it('does not touch the person’s own spacing or punctuation away from a gap', () => {
    expect(fillTemplate('Well ,  this  stays ( ) as typed. Hi {firstName}!', {}).text).toBe(
      'Well ,  this  stays ( ) as typed. Hi!',
    );
  });
});

describe('fillTemplate: optional sections', () => {
  const body = 'Hi {firstName}, good to meet you[[ and hear about {company}]]. Bye';

  it('keeps the section (without brackets) when its variables have values', () => {
    expect(fillTemplate(body, { firstName: 'Ana', company: 'Acme' }).text).toBe(
      'Hi Ana, good to meet you and hear about Acme. Bye',
    );
  });

  it('drops the whole section when a variable inside is missing', () => {
    expect(fillTemplate(body, { firstName: 'Ana' })).toEqual({
      text: 'Hi Ana, good to meet you. Bye',
      missing: ['company'],
    });
  });

  it('drops a section if any one of several variables is missing', () => {
    expect(fillTemplate('A[[ {company} and {school}]] B', { company: 'Acme' }).text).toBe('A B');
  });

  it('keeps a section without variables', () => {
    expect(fillTemplate('A [[always]] B', {}).text).toBe('A always B');
  });

  it('lets nested sections decide for themselves', () => {
    const nested = 'I saw [[your talk in {location}[[ at {company}]]]] today';
    expect(fillTemplate(nested, { location: 'Lisbon', company: 'Acme' }).text).toBe(
      'I saw your talk in Lisbon at Acme today',
    );
    expect(fillTemplate(nested, { location: 'Lisbon' }).text).toBe('I saw your talk in Lisbon today');
    expect(fillTemplate(nested, { company: 'Acme' }).text).toBe('I saw today');
  });

  it('does not remove the word before a dropped section (sections carry their own connectors)', () => {
    expect(fillTemplate('Say hi to [[{mutual} ]]the team.', {}).text).toBe('Say hi to the team.');
  });

  it('drops a section that is a whole line without leaving an empty line', () => {
    expect(fillTemplate('Hi,\n[[We both know {mutual}.]]\nBye', {}).text).toBe('Hi,\nBye');
  });

  it('renders malformed brackets as text without the markers and never throws', () => {
    expect(fillTemplate('Hey [[ {firstName} there', {}).text).toBe('Hey there');
    expect(fillTemplate('Hey ]] there', {}).text).toBe('Hey  there');
  });
});

describe('fillTemplate: hostile and international values stay plain text', () => {
  it('inserts markup verbatim, as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(fillTemplate('Hi {firstName}!', { firstName: name }).text).toBe(`Hi ${name}!`);
  });

  it('does not expand variables inside values', () => {
    const { text } = fillTemplate('Hi {firstName}, {reason}', { firstName: '{reason}', reason: '{{company}}' });
    expect(text).toBe('Hi (reason), ((company))');
    expect(text).not.toMatch(/[{}]/);
  });

  it('keeps right-to-left and emoji values intact', () => {
    expect(fillTemplate('Hi {firstName}, at {company}.', { firstName: 'مريم', company: 'שלום 👋🏽' }).text).toBe(
      'Hi مريم, at שלום 👋🏽.',
    );
  });

  it('removes control characters that a page could smuggle into a value', () => {
    expect(fillTemplate('Hi {firstName}!', { firstName: 'A\u0000n\u0007a\uE000' }).text).toBe('Hi Ana!');
  });
});
