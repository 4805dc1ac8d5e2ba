// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isPendingShown, readProfile } from '@/src/linkedin/profile';
import { parseFixture } from './load-fixture';

const at = (slug: string) => new URL(`https://www.linkedin.com/in/${slug}/`);

describe('readProfile', () => {
  it('reads the SDUI top card', () => {
    const r = readProfile(parseFixture('profile-sdui.html'), at('amara-okafor-4b27a1'));
    expect(r).toEqual({
      kind: 'ok',
      profile: {
        name: 'Amara Okafor',
        firstName: 'Amara',
        lastName: 'Okafor',
        headline: 'Head of Platform Engineering at Lumen Freight',
        company: 'Lumen Freight',
        school: 'University of Leeds',
        location: 'Leeds, England, United Kingdom',
        degree: '2nd',
        mutuals: ['Tomás Reyes', 'Ines Wolff'],
        mutualText: 'Tomás Reyes, Ines Wolff and 3 other mutual connections',
        slug: 'amara-okafor-4b27a1',
        profileId: 'ACoAACx7Qm4BvR2pLk9sTz3uWy5Hn8dJfGe1aQc',
        profileUrl: 'https://www.linkedin.com/in/amara-okafor-4b27a1/',
        pending: false,
        stack: 'sdui',
      },
    });
  });

  it('reads the classic Ember top card', () => {
    const r = readProfile(parseFixture('profile-classic.html'), at('lucia-fernandez-pm'));
    expect(r).toEqual({
      kind: 'ok',
      profile: {
        name: 'Lucía Fernández',
        firstName: 'Lucía',
        lastName: 'Fernández',
        headline: 'Product Manager, Payments at Corvid Bank',
        company: 'Corvid Bank',
        school: 'Universidad Politécnica de Madrid',
        location: 'Madrid, Community of Madrid, Spain',
        degree: '2nd',
        mutuals: ['Hugo Martin', 'Sara Lindholm'],
        mutualText: 'Hugo Martin, Sara Lindholm and 4 other mutual connections',
        slug: 'lucia-fernandez-pm',
        profileId: 'ACoAAAt9Xk2BwQ7rLm3PzS8vNc4YhJd6GfE0aRu',
        profileUrl: 'https://www.linkedin.com/in/lucia-fernandez-pm/',
        pending: false,
        stack: 'classic',
      },
    });
  });

  it('keeps hostile names and companies as inert text and drops bidi overrides', () => {
    const r = readProfile(parseFixture('profile-hostile.html'), at('hostile-name-test'));
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.profile.name).toBe('<img src=x onerror=alert(1)>');
    expect(r.profile.firstName).toBe('<img');
    expect(r.profile.headline).toBe('{firstName}, I build <script>alert(2)</script> tools & "things"');
    expect(r.profile.company).toBe('O\'Brien & "Partners" Ltd');
    expect(r.profile.school).toBe('جامعة القاهرة');
    expect(r.profile.location).toBe('القاهرة، مصر');
    expect(r.profile.mutuals).toEqual(['"><svg onload=alert(3)>']);
    expect(r.profile.degree).toBe('3rd+');
  });

  it('says unrecognised for markup of neither stack, and off profile pages', () => {
    const unknown = readProfile(parseFixture('profile-unknown.html'), at('jordan-vale'));
    expect(unknown.kind).toBe('unrecognised');
    const feed = readProfile(parseFixture('profile-sdui.html'), new URL('https://www.linkedin.com/feed/'));
    expect(feed.kind).toBe('unrecognised');
    const empty = readProfile(new DOMParser().parseFromString('', 'text/html'), at('x'));
    expect(empty.kind).toBe('unrecognised');
  });

  it('takes the slug from the top card when the URL does not carry it', () => {
    const r = readProfile(parseFixture('profile-sdui.html'), new URL('https://www.linkedin.com/in/amara-okafor-4b27a1/overlay/contact-info/'));
    expect(r.kind === 'ok' && r.profile.slug).toBe('amara-okafor-4b27a1');
  });

  it('reads a lone school line as the school and a lone company line as the company', () => {
    const doc = parseFixture('profile-sdui.html');
    const line = [...doc.querySelectorAll('p')].find((p) => p.textContent === 'Lumen Freight · University of Leeds')!;
    line.textContent = 'University of Leeds';
    let r = readProfile(doc, at('amara-okafor-4b27a1'));
    expect(r.kind === 'ok' && [r.profile.company, r.profile.school]).toEqual([undefined, 'University of Leeds']);
    line.textContent = 'Lumen Freight';
    r = readProfile(doc, at('amara-okafor-4b27a1'));
    expect(r.kind === 'ok' && [r.profile.company, r.profile.school]).toEqual(['Lumen Freight', undefined]);
  });
});

describe('isPendingShown', () => {
  it('is false while the top card offers Connect, even if a suggestion card shows Pending', () => {
    const doc = parseFixture('profile-sdui.html');
    expect(doc.querySelector('aside a[aria-label^="Pending"]')).not.toBeNull();
    expect(isPendingShown(doc)).toBe(false);
  });

  it('is true once the top card shows the withdraw link (SDUI) or the Pending button (classic)', () => {
    const sdui = parseFixture('profile-sdui.html');
    const link = sdui.querySelector('section a[href*="/preload/custom-invite/"]')!;
    link.setAttribute('href', '/preload/withdraw-invite/?vanityName=amara-okafor-4b27a1');
    expect(isPendingShown(sdui)).toBe(true);

    const classic = parseFixture('profile-classic.html');
    classic.querySelector('section[data-member-id] button[aria-label^="Invite"]')!
      .setAttribute('aria-label', 'Pending, click to withdraw invitation sent to Lucía Fernández');
    expect(isPendingShown(classic)).toBe(true);
    const r = readProfile(classic, at('lucia-fernandez-pm'));
    expect(r.kind === 'ok' && r.profile.pending).toBe(true);
  });

  it('reads Polish labels on a Polish page', () => {
    const doc = parseFixture('profile-classic.html');
    doc.documentElement.lang = 'pl';
    doc.querySelector('section[data-member-id] button[aria-label^="Invite"]')!
      .setAttribute('aria-label', 'W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika Lucía Fernández');
    expect(isPendingShown(doc)).toBe(true);
  });

  it('is false on unknown markup', () => {
    expect(isPendingShown(parseFixture('profile-unknown.html'))).toBe(false);
  });
});

describe('profile id', () => {
  it('comes from the Topcard componentkey when no mutuals or Message link carry it', () => {
    const doc = parseFixture('profile-sdui.html');
    doc.querySelectorAll('a[href*="connectionOf="], a[href*="/messaging/compose/"]').forEach((a) => a.remove());
    const r = readProfile(doc, at('amara-okafor-4b27a1'));
    expect(r.kind === 'ok' && r.profile.profileId).toBe('ACoAACx7Qm4BvR2pLk9sTz3uWy5Hn8dJfGe1aQc');
    expect(r.kind === 'ok' && r.profile.mutuals).toEqual([]);
  });
});
