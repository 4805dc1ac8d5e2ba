import { describe, expect, it } from 'vitest';
import type { ProfileInfo } from '@/src/linkedin/profile';
import { createRecipientMemory, resolveRecipient, toRecipient, toVars } from '@/src/features/composer/recipient-context';
import { sameName } from '@/src/core/names';

const person = (over: Partial<ProfileInfo>): ProfileInfo => ({
  name: 'Tomasz Wrenfield',
  firstName: 'Tomasz',
  lastName: 'Wrenfield',
  mutuals: [],
  pending: false,
  stack: 'sdui',
  ...over,
});

const profile = person({ slug: 'tomasz-wrenfield', headline: 'Platform engineer', company: 'Quarry Labs', mutuals: ['Edda Lind'] });
const card = person({ name: 'Rosa Quint', firstName: 'Rosa', lastName: 'Quint', slug: 'rosa-quint', company: 'Harbor & Co' });
const NOW = 1_000_000;

describe('resolveRecipient', () => {
  it('uses the profile on screen when the dialog names that person', () => {
    expect(resolveRecipient({ page: profile, dialogName: 'Tomasz Wrenfield', now: NOW })).toBe(profile);
  });

  it('uses the clicked search card over the page', () => {
    const r = resolveRecipient({ page: undefined, clicked: { slug: 'rosa-quint', name: 'Rosa Quint', card, at: NOW }, now: NOW });
    expect(r).toBe(card);
  });

  it('never takes the profile when the dialog is for someone else (a "People you may know" Connect)', () => {
    const r = resolveRecipient({
      page: profile,
      clicked: { slug: 'ola-berg', name: 'Ola Berg', at: NOW },
      dialogName: 'Ola Berg',
      now: NOW,
    });
    expect(r?.name).toBe('Ola Berg');
    expect(r?.slug).toBe('ola-berg');
    expect(r?.company).toBeUndefined();
  });

  it('the profile\'s own Connect click resolves to the full profile (matched by slug)', () => {
    const r = resolveRecipient({ page: profile, clicked: { slug: 'tomasz-wrenfield', at: NOW }, now: NOW });
    expect(r).toBe(profile);
  });

  it('falls back to the dialog\'s name alone, keeping the slug the URL gave', () => {
    const r = resolveRecipient({ clicked: { slug: 'dana-k', at: NOW }, dialogName: 'Dana Kowal', now: NOW });
    expect(r).toMatchObject({ name: 'Dana Kowal', firstName: 'Dana', slug: 'dana-k' });
  });

  it('forgets a Connect click after ten minutes', () => {
    const r = resolveRecipient({ page: profile, clicked: { slug: 'rosa-quint', card, at: NOW }, now: NOW + 11 * 60_000 });
    expect(r).toBe(profile);
  });

  it('knows nobody when nothing was seen', () => {
    expect(resolveRecipient({ now: NOW })).toBeUndefined();
  });
});

describe('names', () => {
  it('match across case, punctuation and credentials', () => {
    expect(sameName('Ana  Ruiz', 'ana ruiz, PhD')).toBe(true);
    expect(sameName('Ana Ruiz', 'Ann Ruiz')).toBe(false);
    expect(sameName(undefined, 'x')).toBe(false);
  });
});

describe('memory', () => {
  it('remembers the page and the last click', () => {
    const m = createRecipientMemory();
    m.rememberPage(profile);
    expect(m.resolve('Tomasz Wrenfield', NOW)).toBe(profile);
    m.rememberClick({ slug: 'rosa-quint', name: 'Rosa Quint', card }, NOW);
    expect(m.resolve('Rosa Quint', NOW + 1000)).toBe(card);
    m.clear();
    expect(m.resolve(undefined, NOW)).toBeUndefined();
  });
});

describe('variables and analyzer context', () => {
  it('maps what the page shows to template variables', () => {
    expect(toVars(profile, 'Alex')).toMatchObject({
      firstName: 'Tomasz',
      fullName: 'Tomasz Wrenfield',
      company: 'Quarry Labs',
      role: 'Platform engineer',
      mutual: 'Edda Lind',
      myName: 'Alex',
    });
    expect(toVars(undefined, '')).toEqual(expect.objectContaining({ firstName: undefined, myName: undefined }));
  });

  it('gives the analyzer the recipient it needs to spot specific notes', () => {
    expect(toRecipient(profile)).toEqual({
      firstName: 'Tomasz',
      lastName: 'Wrenfield',
      company: 'Quarry Labs',
      headline: 'Platform engineer',
      school: undefined,
      location: undefined,
    });
  });
});

describe('names the dialog shows', () => {
  it('the gating step\'s name completes a Connect known only by slug (the custom-invite page)', () => {
    const m = createRecipientMemory();
    m.rememberClick({ slug: 'noor-h' }, NOW);
    m.rememberDialogName('Noor Haddad', NOW + 10);
    expect(m.resolve(undefined, NOW + 20)).toMatchObject({ name: 'Noor Haddad', firstName: 'Noor', slug: 'noor-h' });
  });

  it('a name that matches the profile keeps the full profile', () => {
    const m = createRecipientMemory();
    m.rememberPage(profile);
    m.rememberDialogName('Tomasz Wrenfield', NOW);
    expect(m.resolve(undefined, NOW)).toBe(profile);
  });

  it('a glued name ("NameHeadline") is not the same person', () => {
    expect(sameName('Priya NatarajanSupply chain analyst', 'Priya Natarajan')).toBe(false);
  });
});
