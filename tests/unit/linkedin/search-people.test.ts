// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardForConnect, connectTargetOf, readSearchCard } from '@/src/linkedin/search-people';
import { parseFixture } from './load-fixture';

const connectOf = (doc: Document, slug: string) =>
  doc.querySelector(`a[href*="vanityName=${slug}"]`)!.querySelector('span span') ?? doc.querySelector(`a[href*="vanityName=${slug}"]`)!;

describe('readSearchCard', () => {
  const doc = parseFixture('search-people.html');

  it('reads the card around a clicked Connect link', () => {
    expect(readSearchCard(connectOf(doc, 'jonas-lindqvist-dev'))).toEqual({
      name: 'Jonas Lindqvist',
      firstName: 'Jonas',
      lastName: 'Lindqvist',
      headline: 'Data engineering, streaming systems, good coffee',
      company: 'Nordpeak Analytics',
      location: 'Gothenburg, Västra Götaland County, Sweden',
      degree: '2nd',
      mutuals: ['Ada Brennan', 'Kofi Mensah'],
      mutualText: 'Ada Brennan, Kofi Mensah and 12 other mutual connections',
      slug: 'jonas-lindqvist-dev',
      profileId: 'ACoAAD3kP9sBq2WxYz7uVt1RsNm4Lk8JhGf5eDc',
      profileUrl: 'https://www.linkedin.com/in/jonas-lindqvist-dev/',
      pending: false,
      stack: 'sdui',
    });
  });

  it('takes the company from "<role> at <company>" when there is no Current line', () => {
    const mei = readSearchCard(connectOf(doc, 'mei-tanaka-ux'));
    expect(mei).toMatchObject({
      name: 'Mei Tanaka',
      company: 'Kestrel Health',
      degree: '3rd+',
      location: 'Osaka, Japan',
      mutuals: ['Ada Brennan'],
      mutualText: 'Ada Brennan is a mutual connection',
      profileId: 'ACoAAE7hR2tBn5VcXq8zWp4LmK1sJd9YfTg3uIo',
      pending: false,
    });
  });

  it('marks a card whose action is the withdraw link as pending, and guesses no company from a bare headline', () => {
    const rafael = readSearchCard(doc.querySelector('a[href*="/preload/withdraw-invite/?vanityName=rafael-duarte-b8"]')!);
    expect(rafael).toMatchObject({ name: 'Rafael Duarte', slug: 'rafael-duarte-b8', pending: true, company: undefined });
  });

  it('reads a "People you may know" card whose link wraps the name and headline paragraphs', () => {
    const profile = parseFixture('profile-sdui.html');
    expect(readSearchCard(connectOf(profile, 'priya-natarajan-77'))).toMatchObject({
      name: 'Priya Natarajan',
      firstName: 'Priya',
      lastName: 'Natarajan',
      headline: 'Supply chain analyst',
      slug: 'priya-natarajan-77',
      pending: false,
    });
    // The invitation manager's suggestion card: a screen-reader copy of the name sits beside it.
    const invitations = parseFixture('invitations-sdui.html');
    const connect = invitations.querySelector('[aria-label="Invite Kasimir Ruud to connect"]')!;
    expect(readSearchCard(connect)).toMatchObject({ name: 'Kasimir Ruud', headline: 'Platform Engineer at Tidewater' });
  });

  it('returns undefined outside a result card', () => {
    expect(readSearchCard(doc.querySelector('a[href*="/premium/"]')!)).toBeUndefined();
    expect(readSearchCard(doc.body)).toBeUndefined();
  });
});

describe('connectTargetOf', () => {
  it('reads slug and name from a search Connect link (click on an inner span)', () => {
    const doc = parseFixture('search-people.html');
    expect(connectTargetOf(connectOf(doc, 'mei-tanaka-ux'))).toEqual({ slug: 'mei-tanaka-ux', name: 'Mei Tanaka' });
  });

  it('reads the profile Connect link and the classic Connect button', () => {
    const sdui = parseFixture('profile-sdui.html');
    expect(connectTargetOf(sdui.querySelector('section a[href*="/preload/custom-invite/"] span')!)).toEqual({
      slug: 'amara-okafor-4b27a1',
      name: 'Amara Okafor',
    });
    const classic = parseFixture('profile-classic.html');
    expect(connectTargetOf(classic.querySelector('section[data-member-id] button[aria-label^="Invite"] span')!)).toEqual({
      slug: undefined,
      name: 'Lucía Fernández',
    });
  });

  it('ignores Pending, Message and other controls', () => {
    const search = parseFixture('search-people.html');
    expect(connectTargetOf(search.querySelector('a[href*="withdraw-invite"]')!)).toBeUndefined();
    const sdui = parseFixture('profile-sdui.html');
    expect(connectTargetOf(sdui.querySelector('a[href*="/messaging/compose/"]')!)).toBeUndefined();
    expect(connectTargetOf(sdui.querySelector('h2')!)).toBeUndefined();
  });

  it('decodes percent-encoded slugs and reads Polish labels on a Polish page', () => {
    const a = new DOMParser().parseFromString('<html lang="pl"><body><a></a></body></html>', 'text/html').querySelector('a')!;
    a.setAttribute('href', '/preload/custom-invite/?vanityName=zofia-n%C4%99dza-1a');
    a.setAttribute('aria-label', 'Zaproś użytkownika Zofia Nędza do nawiązania kontaktu');
    expect(connectTargetOf(a)).toEqual({ slug: 'zofia-nędza-1a', name: 'Zofia Nędza' });
  });
});

describe('readSearchCard on the live shape (card wrapped in an /in/ link, as React renders it)', () => {
  it('reads the same fields when the card link nests the name link and the Connect link', () => {
    const doc = parseFixture('search-people.html');
    for (const wrapper of [...doc.querySelectorAll('[data-fixture-anchor]')]) {
      const a = doc.createElement('a');
      for (const at of [...wrapper.attributes]) if (at.name !== 'data-fixture-anchor') a.setAttribute(at.name, at.value);
      a.append(...wrapper.childNodes);
      wrapper.replaceWith(a);
    }
    const connect = connectOf(doc, 'jonas-lindqvist-dev');
    expect(connect.closest('a[href*="/in/"]')).not.toBeNull();
    expect(readSearchCard(connect)).toMatchObject({
      name: 'Jonas Lindqvist',
      headline: 'Data engineering, streaming systems, good coffee',
      location: 'Gothenburg, Västra Götaland County, Sweden',
      mutuals: ['Ada Brennan', 'Kofi Mensah'],
      slug: 'jonas-lindqvist-dev',
    });
    // A card without mutuals: the wrapper link has text and no <strong>, yet must not be taken for the name.
    doc.querySelector('[componentkey="mut-1"]')!.remove();
    expect(readSearchCard(connectOf(doc, 'mei-tanaka-ux'))).toMatchObject({ name: 'Mei Tanaka', mutuals: [] });
  });
});

describe('cardForConnect', () => {
  it('returns the card of the person the Connect control invites', () => {
    const doc = parseFixture('search-people.html');
    expect(cardForConnect(connectOf(doc, 'mei-tanaka-ux'))?.slug).toBe('mei-tanaka-ux');
  });

  it('refuses a card that disagrees with the control (one list item holding two people)', () => {
    const doc = new DOMParser().parseFromString(
      `<main><ul><li role="listitem">
        <a href="https://www.linkedin.com/in/ada-brennan/"><p>Ada Brennan</p></a><p>Designer</p>
        <a id="c" href="/preload/search-custom-invite/?vanityName=kofi-mensah" aria-label="Invite Kofi Mensah to connect">Connect</a>
      </li></ul></main>`,
      'text/html',
    );
    const control = doc.getElementById('c')!;
    expect(connectTargetOf(control)?.slug).toBe('kofi-mensah');
    expect(cardForConnect(control)).toBeUndefined();
  });
});
