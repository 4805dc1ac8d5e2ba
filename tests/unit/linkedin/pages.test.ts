import { describe, expect, it } from 'vitest';
import { PageKindSchema, type PageKind } from '@/src/core/model';
import { detectPage, isInvitationManagerReceived, isPage, PAGE_PATTERNS } from '@/src/linkedin/pages';

const L = 'https://www.linkedin.com';

const URLS: Record<PageKind, string[]> = {
  'invitations-received': [
    `${L}/mynetwork/invitation-manager/`,
    `${L}/mynetwork/invitation-manager`,
    `${L}/mynetwork/invitation-manager/received/`,
    `${L}/mynetwork/invitation-manager/received`,
    `${L}/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/`,
    `${L}/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_SCHOOL/?skipRedirect=true`,
    `${L}/mynetwork/invitation-manager/received/?filterCriteria=VERIFIED#top`,
    'https://linkedin.com/mynetwork/invitation-manager/received/',
  ],
  'invitations-sent': [
    `${L}/mynetwork/invitation-manager/sent/`,
    `${L}/mynetwork/invitation-manager/sent`,
    `${L}/mynetwork/invitation-manager/sent/CONNECTION/`,
  ],
  mynetwork: [`${L}/mynetwork/`, `${L}/mynetwork`, `${L}/mynetwork/grow/`, `${L}/mynetwork/grow/?skipRedirect=true`],
  profile: [`${L}/in/ada-lovelace-1815/`, `${L}/in/ada-lovelace-1815`, `${L}/in/%C3%A9lodie-martin/?originalSubdomain=fr`, `${L}/in/ACoAAAbcdEf/`],
  'search-people': [`${L}/search/results/people/?keywords=rust`, `${L}/search/results/people/`],
  'custom-invite': [
    `${L}/preload/custom-invite/?vanityName=ada-lovelace-1815`,
    `${L}/preload/search-custom-invite/?vanityName=ada-lovelace-1815`,
  ],
  messaging: [`${L}/messaging/`, `${L}/messaging`, `${L}/messaging/thread/2-YmFzZTY0PT0=/`, `${L}/messaging/compose/?recipient=ACoA`],
  feed: [`${L}/feed/`, `${L}/feed`, `${L}/feed/?shareActive=true`],
  other: [
    `${L}/`,
    `${L}/in/ada-lovelace-1815/details/experience/`,
    `${L}/in/ada-lovelace-1815/recent-activity/all/`,
    `${L}/in/ada-lovelace-1815/edit/intro/`,
    `${L}/in/`,
    `${L}/feed/update/urn:li:activity:7000000000000000000/`,
    `${L}/mynetwork/invite-connect/connections/`,
    `${L}/mynetwork/invitation-manager/received/a/b/`,
    `${L}/mynetwork/invitation-managerx/`,
    `${L}/search/results/all/?keywords=rust`,
    `${L}/search/results/companies/`,
    `${L}/preload/withdraw-invite/`,
    `${L}/company/fernhill-robotics/`,
    `${L}/jobs/`,
    `${L}/messagingfoo/`,
    // Right path, wrong site: never ours.
    'https://evil.example/mynetwork/invitation-manager/received/',
    'https://www.linkedin.com.evil.example/in/ada/',
    'http://www.linkedin.com/mynetwork/invitation-manager/received/',
  ],
};

const kinds = PageKindSchema.options;
const matchers = Object.keys(PAGE_PATTERNS) as (keyof typeof PAGE_PATTERNS)[];

describe('detectPage', () => {
  it('has example URLs for every page kind', () => {
    for (const kind of kinds) expect(URLS[kind].length, kind).toBeGreaterThan(0);
  });

  const rows = kinds.flatMap((kind) => URLS[kind].map((url) => [kind, url] as const));
  it.each(rows)('%s ← %s', (kind, url) => {
    expect(detectPage(new URL(url))).toBe(kind);
  });

  // Every detector against every other kind's URLs: exactly the own kind's matcher fires.
  it.each(rows)('only the %s detector claims %s', (kind, url) => {
    const claiming = matchers.filter((m) => isPage(m, new URL(url)));
    expect(claiming).toEqual(kind === 'other' ? [] : [kind]);
  });

  it('isInvitationManagerReceived agrees with detectPage on every URL', () => {
    for (const [kind, url] of rows) {
      expect(isInvitationManagerReceived(new URL(url)), url).toBe(kind === 'invitations-received');
    }
  });
});
