// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ReceivedInvitationSchema } from '@/src/core/model';
import {
  actionOfClick,
  invitationListRoot,
  readInvitations,
  type InvitationCard,
  type InvitationsRead,
} from '@/src/linkedin/invitations';
import { parseFixture as load } from './load-fixture';

function html(markup: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body><main>${markup}</main></body></html>`, 'text/html');
}

function cardsOf(read: InvitationsRead): InvitationCard[] {
  if (read.kind !== 'ok') throw new Error(`unrecognised: ${read.reason}`);
  return read.cards;
}

/** Everything but root/anchor, with absent fields left out, for exact comparison. */
const fields = (c: InvitationCard) => c.invitation;

describe('SDUI received invitations (invitations-sdui.html)', () => {
  const doc = load('invitations-sdui.html');
  const read = readInvitations(doc);
  const cards = cardsOf(read);

  it('reads the eleven person invitations and skips the company, newsletter and "People you may know" cards', () => {
    expect(read.kind === 'ok' && read.stack).toBe('sdui');
    expect(cards.map((c) => c.invitation.senderName)).toEqual([
      'Maren Oyelaran',
      'Tobias Lindqvist',
      'Dana Whitcombe',
      'Rico Vandersloot',
      'Elif Sarıkaya',
      'Jonah Abernathy',
      'Wen Hao Zhang',
      'Priya Natarajan',
      '<img src=x onerror=alert(1)>',
      'ليلى حداد',
      'Jamie 🚀 Okafor',
    ]);
    const names = cards.map((c) => c.invitation.senderName).join('|');
    for (const skipped of ['Corin Mallory', 'Ola Brandt', 'Kasimir Ruud', 'Fernhill', 'Quiet Stack']) {
      expect(names).not.toContain(skipped);
    }
  });

  it('reads every field of every card', () => {
    const p = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
    expect(cards.map(fields)).toEqual([
      {
        id: 'maren-oyelaran-5b2a91',
        stack: 'sdui',
        senderName: 'Maren Oyelaran',
        slug: 'maren-oyelaran-5b2a91',
        profileUrl: p('maren-oyelaran-5b2a91'),
        headline: 'Data Engineer at Brightwell Analytics',
        mutualText: '8 mutual connections',
        sentAgoText: '2 days ago',
        noteTruncated: false,
      },
      {
        id: 'tobias-lindqvist',
        stack: 'sdui',
        senderName: 'Tobias Lindqvist',
        slug: 'tobias-lindqvist',
        profileUrl: p('tobias-lindqvist'),
        headline: 'Recruiter | Talent Partner at Nordhavn Staffing',
        mutualText: 'Ines Carvalho and 3 other mutual connections',
        sentAgoText: '1 week ago',
        note: "I'd like to add you to my professional network on LinkedIn.",
        noteTruncated: false,
      },
      {
        id: 'dana-whitcombe-a19',
        stack: 'sdui',
        senderName: 'Dana Whitcombe',
        slug: 'dana-whitcombe-a19',
        profileUrl: p('dana-whitcombe-a19'),
        headline: 'Helping professionals grow | Coach | Speaker',
        sentAgoText: '3 days ago',
        note: 'Hi, I came across your profile and would love to connect and expand my network. Looking forward to connecting!',
        noteTruncated: false,
      },
      {
        id: 'rico-vandersloot',
        stack: 'sdui',
        senderName: 'Rico Vandersloot',
        slug: 'rico-vandersloot',
        profileUrl: p('rico-vandersloot'),
        headline: 'Founder & CEO at LeadSpring | We book meetings for B2B SaaS',
        mutualText: '1 mutual connection',
        sentAgoText: 'Yesterday',
        note: 'Hi there, we help growing teams cut cloud costs by 40% in 30 days. I would love to show you a quick demo. Do you have 15 minutes this week?',
        noteTruncated: false,
      },
      {
        id: 'elif-sarikaya-dev',
        stack: 'sdui',
        senderName: 'Elif Sarıkaya',
        slug: 'elif-sarikaya-dev',
        profileUrl: p('elif-sarikaya-dev'),
        headline: 'Backend Engineer at Northwind Logistics',
        mutualText: 'You both studied at Technical University of Delft',
        sentAgoText: '5 hours ago',
        note: "Hi Sam, we met at the Rust meetup in Berlin last Thursday where you talked about Acme's move to async queues. Your point about back-pressure stuck with me, we are doing the same migration at Northwind. Would love to compare notes!",
        noteTruncated: false,
      },
      {
        id: 'jonah-abernathy',
        stack: 'sdui',
        senderName: 'Jonah Abernathy',
        slug: 'jonah-abernathy',
        profileUrl: p('jonah-abernathy'),
        headline: 'Staff Engineer, Payments at Lumen Health',
        mutualText: '14 mutual connections',
        sentAgoText: '2 weeks ago',
        // Long note: whole text in the expandable box, only clamped by CSS, so it is judged in full.
        note: "Hello Sam, I read your write-up on moving Acme's billing from cron jobs to an event pipeline, especially the part on idempotency keys for retries. We hit the same duplicate-charge bug at Lumen Health and fixed it with an outbox table and a dedupe window. Happy to swap notes.",
        noteTruncated: false,
      },
      {
        id: 'wenhao-zhang-88',
        stack: 'sdui',
        senderName: 'Wen Hao Zhang',
        slug: 'wenhao-zhang-88',
        profileUrl: p('wenhao-zhang-88'),
        headline: 'Accessibility Lead at Openfield',
        mutualText: '2 mutual connections',
        sentAgoText: '4 days ago',
        // Only the start is in the page: the ellipsis is dropped and the note is marked truncated.
        note: 'Hi Sam, I noticed we both maintain open-source accessibility tooling and I wanted to ask whether',
        noteTruncated: true,
      },
      {
        id: 'priya-natarajan-writes',
        stack: 'sdui',
        senderName: 'Priya Natarajan',
        slug: 'priya-natarajan-writes',
        profileUrl: p('priya-natarajan-writes'),
        // "… follows you and is inviting you to connect" is context, neither headline nor note.
        headline: 'Product writer and newsletter author',
        sentAgoText: '3 weeks ago',
        noteTruncated: false,
      },
      {
        id: 'hostile-name-test-1',
        stack: 'sdui',
        senderName: '<img src=x onerror=alert(1)>',
        slug: 'hostile-name-test-1',
        profileUrl: p('hostile-name-test-1'),
        headline: '<script>alert("headline")</script> Growth',
        sentAgoText: '6 days ago',
        note: '</p><script>alert(2)</script> let us connect',
        noteTruncated: false,
      },
      {
        id: 'layla-haddad-ux',
        stack: 'sdui',
        senderName: 'ليلى حداد',
        slug: 'layla-haddad-ux',
        profileUrl: p('layla-haddad-ux'),
        headline: 'مصممة منتجات في مختبرات الساحل',
        mutualText: '5 mutual connections',
        sentAgoText: '1 month ago',
        note: 'مرحباً سام، أعجبني حديثك عن تصميم الواجهات في مؤتمر عمّان. هل يمكننا التواصل؟',
        noteTruncated: false,
      },
      {
        id: 'jamie-okafor-rocket',
        stack: 'sdui',
        senderName: 'Jamie 🚀 Okafor',
        slug: 'jamie-okafor-rocket',
        profileUrl: p('jamie-okafor-rocket'),
        headline: '🚀 Growth Hacker | 10x your pipeline | DM me',
        sentAgoText: '10 minutes ago',
        note: "Let's connect! 🙌 Always happy to grow my network with amazing people.",
        noteTruncated: false,
      },
    ]);
  });

  it('gives every card a unique id that survives a reload', () => {
    const ids = cards.map((c) => c.invitation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cardsOf(readInvitations(load('invitations-sdui.html'))).map((c) => c.invitation.id)).toEqual(ids);
  });

  it('returns schema-valid records, roots that are list items and anchors (the name link) inside them', () => {
    for (const c of cards) {
      expect(ReceivedInvitationSchema.parse(c.invitation)).toEqual(c.invitation);
      expect(c.root.getAttribute('role')).toBe('listitem');
      expect(c.root.contains(c.anchor)).toBe(true);
      expect(c.anchor.tagName).toBe('A');
      expect(c.anchor.getAttribute('href')).toContain(`/in/${c.invitation.slug}/`);
      expect(c.anchor.textContent).toContain(c.invitation.senderName);
    }
  });

  it('reads hostile text as text: no element is created from it', () => {
    expect(doc.querySelector('img[src="x"], script, [onerror]')).toBeNull();
  });

  it('observes the list column for late-mounting cards', () => {
    const column = invitationListRoot(doc);
    expect(column?.getAttribute('data-testid')).toBe('lazy-column');
    for (const c of cards) expect(column?.contains(c.root)).toBe(true);
  });

  it('reads a list that lives in a shadow root or is passed as an element', () => {
    const column = invitationListRoot(doc)!;
    expect(cardsOf(readInvitations(column))).toHaveLength(11);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.importNode(column, true));
    expect(cardsOf(readInvitations(shadow)).map((c) => c.invitation.id)).toEqual(cards.map((c) => c.invitation.id));
  });
});

describe('actionOfClick', () => {
  const doc = load('invitations-sdui.html');
  const byLabel = (d: Document, label: string) => {
    const el = Array.from(d.querySelectorAll('[aria-label]')).find((e) => e.getAttribute('aria-label') === label);
    if (!el) throw new Error(`no control labelled ${label}`);
    return el;
  };

  it('maps SDUI Accept and Ignore (and clicks on their inner spans) to the card id', () => {
    const accept = byLabel(doc, 'Accept Maren Oyelaran’s invitation');
    expect(actionOfClick(accept)).toEqual({ id: 'maren-oyelaran-5b2a91', action: 'accepted' });
    expect(actionOfClick(accept.querySelector('span span')!)).toEqual({ id: 'maren-oyelaran-5b2a91', action: 'accepted' });
    expect(actionOfClick(byLabel(doc, 'Ignore an invitation to connect from Wen Hao Zhang'))).toEqual({
      id: 'wenhao-zhang-88',
      action: 'ignored',
    });
  });

  it('handles the Accept rendered as a link on "follows you" cards', () => {
    const accept = byLabel(doc, 'Accept Priya Natarajan’s invitation');
    expect(accept.tagName).toBe('A');
    expect(actionOfClick(accept)).toEqual({ id: 'priya-natarajan-writes', action: 'accepted' });
  });

  it('ignores clicks that are not Accept/Ignore of a person invitation', () => {
    expect(actionOfClick(byLabel(doc, 'Accept Corin Mallory’s invitation'))).toBeUndefined();
    expect(actionOfClick(byLabel(doc, 'Ignore an invitation from Ola Brandt'))).toBeUndefined();
    expect(actionOfClick(byLabel(doc, 'Invite Kasimir Ruud to connect'))).toBeUndefined();
    expect(actionOfClick(byLabel(doc, 'Reply to Maren Oyelaran'))).toBeUndefined();
    expect(actionOfClick(doc.querySelector('h1')!)).toBeUndefined();
  });

  it('maps classic Accept and Ignore to the card id', () => {
    const classic = load('invitations-classic.html');
    expect(actionOfClick(byLabel(classic, 'Accept Henrik Aalto’s invitation').querySelector('span')!)).toEqual({
      id: 'henrik-aalto-4c1',
      action: 'accepted',
    });
    expect(actionOfClick(byLabel(classic, 'Ignore an invitation to connect from Desmond Achebe'))).toEqual({
      id: 'desmond-achebe-ops',
      action: 'ignored',
    });
    expect(actionOfClick(byLabel(classic, 'Accept Gideon Fairweather’s invitation'))).toBeUndefined();
  });
});

describe('classic Ember received invitations (invitations-classic.html)', () => {
  const doc = load('invitations-classic.html');
  const read = readInvitations(doc);
  const cards = cardsOf(read);
  const p = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

  it('reads the six person invitations and skips the company page invitation', () => {
    expect(read.kind === 'ok' && read.stack).toBe('classic');
    expect(cards.map(fields)).toEqual([
      {
        id: 'henrik-aalto-4c1',
        stack: 'classic',
        senderName: 'Henrik Aalto',
        slug: 'henrik-aalto-4c1',
        profileUrl: p('henrik-aalto-4c1'),
        headline: 'Site Reliability Engineer at Pohjola Cloud',
        mutualText: '6 mutual connections',
        sentAgoText: '3 weeks ago',
        noteTruncated: false,
      },
      {
        id: 'beatrix-olumide',
        stack: 'classic',
        senderName: 'Beatrix Olumide',
        slug: 'beatrix-olumide',
        profileUrl: p('beatrix-olumide'),
        headline: 'Business Development Executive | Open to opportunities',
        sentAgoText: '2 days ago',
        note: "Hello! I am always looking to connect with like-minded professionals. Let's connect!",
        noteTruncated: false,
      },
      {
        id: 'catalina-reyes-ml',
        stack: 'classic',
        senderName: 'Catalina Reyes',
        slug: 'catalina-reyes-ml',
        profileUrl: p('catalina-reyes-ml'),
        headline: 'ML Engineer at Solvista',
        mutualText: 'Mateus Prado is a mutual connection',
        sentAgoText: '1 week ago',
        // CSS clamp with the raw line present: judged on the full text despite "See more".
        note: "Hi Sam, Mateus told me you ran the evaluation harness for Acme's search ranking last year. I am building something similar for product search at Solvista and keep getting stuck on how to sample queries fairly. Would you be open to a short chat? Happy to share what we learned about click models in return.",
        noteTruncated: false,
      },
      {
        id: 'desmond-achebe-ops',
        stack: 'classic',
        senderName: 'Desmond Achebe',
        slug: 'desmond-achebe-ops',
        profileUrl: p('desmond-achebe-ops'),
        headline: 'DevOps Consultant',
        sentAgoText: '5 days ago',
        // JS clamp: only the visible lines exist; joined, ellipsis and "See more" dropped.
        note: 'Hi Sam, your talk on observability budgets at DevOpsDays Porto was great and I wanted to ask how you convinced',
        noteTruncated: true,
      },
      {
        id: 'noa-ben-david',
        stack: 'classic',
        senderName: 'נועה בן-דוד',
        slug: 'noa-ben-david',
        profileUrl: p('noa-ben-david'),
        headline: 'Security Researcher at Carmel Labs',
        mutualText: '11 mutual connections',
        sentAgoText: 'Yesterday',
        note: 'Hi Sam, I enjoyed your CTF write-up on the Acme badge reader. I found a similar replay issue in a hotel lock last month, would love to compare notes.',
        noteTruncated: false,
      },
      {
        id: 'hostile-classic-2',
        stack: 'classic',
        senderName: '"><svg onload=alert(1)> Ana 🌻 Moreau',
        slug: 'hostile-classic-2',
        profileUrl: p('hostile-classic-2'),
        headline: '<img src=x onerror=alert(3)> Marketing',
        sentAgoText: '4 hours ago',
        note: "I'd like to join your LinkedIn network.",
        noteTruncated: false,
      },
    ]);
  });

  it('anchors each badge after the name link, outside it, inside the card', () => {
    for (const c of cards) {
      expect(c.root.matches('li.invitation-card')).toBe(true);
      expect(c.anchor.matches('a.invitation-card__link')).toBe(true);
      expect(c.root.contains(c.anchor)).toBe(true);
    }
  });

  it('observes the classic list', () => {
    expect(invitationListRoot(doc)?.matches('ul.mn-invitation-list')).toBe(true);
  });
});

describe('page-level outcomes', () => {
  it('an empty SDUI list (LinkedIn empty state + a suggestion) is recognised with zero cards', () => {
    const doc = load('invitations-sdui-empty.html');
    expect(readInvitations(doc)).toEqual({ kind: 'ok', stack: 'sdui', cards: [] });
    expect(invitationListRoot(doc)?.getAttribute('data-testid')).toBe('lazy-column');
  });

  it('unknown markup on the invitation manager is "unrecognised", not an empty list', () => {
    const doc = load('invitations-unknown.html');
    const read = readInvitations(doc);
    expect(read.kind).toBe('unrecognised');
    expect(read.kind === 'unrecognised' && read.reason).toMatch(/no invitation list/);
    expect(invitationListRoot(doc)).toBeUndefined();
  });

  it('reads the 100-card benchmark page: 100 distinct ids, every note shape present', () => {
    const cards = cardsOf(readInvitations(load('invitations-sdui-100.html')));
    expect(cards).toHaveLength(100);
    expect(new Set(cards.map((c) => c.invitation.id)).size).toBe(100);
    expect(cards.filter((c) => c.invitation.note === undefined)).toHaveLength(15);
    expect(cards.filter((c) => c.invitation.noteTruncated)).toHaveLength(14);
    expect(cards.filter((c) => c.root.querySelector('a[aria-label^="Accept "]'))).toHaveLength(4);
  });

  it('skips a card it cannot read and keeps the rest', () => {
    const doc = html(`<div data-testid="lazy-column">
      <div role="listitem"><p>Someone</p><button aria-label="Ignore an invitation to connect from Someone">Ignore</button><button aria-label="Accept Someone’s invitation">Accept</button></div>
      <div role="listitem"><a href="/in/kit-oduya/"><strong>Kit Oduya</strong></a><p>Welder</p><button aria-label="Accept Kit Oduya's invitation">Accept</button></div>
    </div>`);
    expect(cardsOf(readInvitations(doc)).map((c) => [c.invitation.id, c.invitation.headline])).toEqual([['kit-oduya', 'Welder']]);
  });

  it('is "unrecognised" when cards exist but none can be read', () => {
    const doc = html(`<div data-testid="lazy-column">
      <div role="listitem"><p>Someone</p><button aria-label="Accept Someone’s invitation">Accept</button></div>
    </div>`);
    const read = readInvitations(doc);
    expect(read).toEqual({ kind: 'unrecognised', reason: expect.stringMatching(/none readable: no profile link/) });
  });

  it('is "unrecognised" when list items carry controls in a wording it does not know', () => {
    const doc = html(
      `<div data-testid="lazy-column"><div role="listitem"><a href="/in/jan-kowal/"><strong>Jan Kowal</strong></a>
       <button aria-label="Zignoruj zaproszenie od Jan Kowal">Zignoruj</button><button aria-label="Zaakceptuj zaproszenie od Jan Kowal">Zaakceptuj</button></div></div>`,
      'pl',
    );
    expect(readInvitations(doc)).toEqual({ kind: 'unrecognised', reason: expect.stringContaining('lang "pl"') });
  });

  it('reads another locale from the page lang (German)', () => {
    const doc = html(
      `<div data-testid="lazy-column"><div data-display-contents="true"><div role="listitem">
        <a href="/in/lena-vogt/"><strong>Lena Vogt</strong></a><p>Ingenieurin bei Kranich AG</p><p>12 gemeinsame Kontakte</p><p>vor 3 Tagen</p>
        <button aria-label="Einladung von Lena Vogt ignorieren">Ignorieren</button><button aria-label="Einladung von Lena Vogt annehmen">Annehmen</button>
        <p>Hallo Sam, wir haben uns auf der FrOSCon getroffen.</p></div></div></div>`,
      'de-DE',
    );
    expect(cardsOf(readInvitations(doc)).map(fields)).toEqual([
      {
        id: 'lena-vogt',
        stack: 'sdui',
        senderName: 'Lena Vogt',
        slug: 'lena-vogt',
        profileUrl: 'https://www.linkedin.com/in/lena-vogt/',
        headline: 'Ingenieurin bei Kranich AG',
        mutualText: '12 gemeinsame Kontakte',
        sentAgoText: 'vor 3 Tagen',
        note: 'Hallo Sam, wir haben uns auf der FrOSCon getroffen.',
        noteTruncated: false,
      },
    ]);
  });
});

describe('SDUI structural variants', () => {
  it('reads a card whose profile link wraps the whole name + headline block (screen-reader name copies)', () => {
    const doc = html(`<div data-testid="lazy-column"><div role="listitem" componentkey="auto-component-1">
      <a href="https://www.linkedin.com/in/ines-ferraz/"><figure><img alt="Ines Ferraz’s profile picture" src="data:,"></figure>
        <p><span>Ines Ferraz</span><span aria-hidden="true">Ines Ferraz</span></p><p>Geologist at Terra Norte</p></a>
      <p><a href="/search/results/people/?facetConnectionOf=x">3 mutual connections</a></p>
      <button aria-label="Ignore an invitation to connect from Ines Ferraz">Ignore</button><button aria-label="Accept Ines Ferraz’s invitation">Accept</button>
      </div></div>`);
    expect(cardsOf(readInvitations(doc)).map(fields)).toEqual([
      {
        id: 'ines-ferraz',
        stack: 'sdui',
        senderName: 'Ines Ferraz',
        slug: 'ines-ferraz',
        profileUrl: 'https://www.linkedin.com/in/ines-ferraz/',
        headline: 'Geologist at Terra Norte',
        mutualText: '3 mutual connections',
        noteTruncated: false,
      },
    ]);
  });

  it('finds cards without list roles (componentkey blocks under the column) and maps Ignore clicks there', () => {
    const card = (slug: string, name: string) => `<div componentkey="${slug}-key"><div>
      <a href="/in/${slug}/"><strong>${name}</strong></a><p>Baker</p>
      <button aria-label="Ignore an invitation to connect from ${name}">Ignore</button><button aria-label="Accept ${name}’s invitation">Accept</button></div>
      <p>Hello from ${name}.</p></div>`;
    const doc = html(`<div data-testid="lazy-column">${card('ada-kim', 'Ada Kim')}${card('bo-lund', 'Bo Lund')}</div>`);
    const cards = cardsOf(readInvitations(doc));
    expect(cards.map((c) => [c.invitation.id, c.invitation.note, c.root.getAttribute('componentkey')])).toEqual([
      ['ada-kim', 'Hello from Ada Kim.', 'ada-kim-key'],
      ['bo-lund', 'Hello from Bo Lund.', 'bo-lund-key'],
    ]);
    const ignore = doc.querySelector('[aria-label="Ignore an invitation to connect from Bo Lund"]')!;
    expect(actionOfClick(ignore)).toEqual({ id: 'bo-lund', action: 'ignored' });
  });

  it('keeps a person invitation whose mutual line links to a shared company', () => {
    const doc = html(`<div data-testid="lazy-column"><div role="listitem">
      <a href="/in/ravi-menon/"><strong>Ravi Menon</strong></a><p>Analyst</p>
      <p>You both work at <a href="/company/acme/">Acme</a> · 2 mutual connections</p>
      <button aria-label="Accept Ravi Menon’s invitation">Accept</button></div></div>`);
    expect(cardsOf(readInvitations(doc)).map((c) => c.invitation.id)).toEqual(['ravi-menon']);
  });

  it('does not read a card whose only profile link has no slug', () => {
    const doc = html(`<div data-testid="lazy-column"><div role="listitem" componentkey="card-7">
      <a href="/in/"><strong>Mo Said</strong></a>
      <button aria-label="Accept Mo Said’s invitation">Accept</button>
      <a href="/messaging/compose/?invitation=urn%3Ali%3Afsd_invitation%3A42">Reply</a></div></div>`);
    expect(readInvitations(doc).kind).toBe('unrecognised');
  });
});

describe('note truncation (SDUI)', () => {
  const card = (note: string) =>
    html(`<div data-testid="lazy-column"><div role="listitem">
      <a href="/in/sol-ide/"><strong>Sol Ide</strong></a><p>Chemist</p>
      <button aria-label="Ignore an invitation to connect from Sol Ide">Ignore</button><button aria-label="Accept Sol Ide’s invitation">Accept</button>
      ${note}</div></div>`);
  const only = (doc: Document) => cardsOf(readInvitations(doc))[0].invitation;

  it('prefers a hidden full-text copy over the clamped start', () => {
    const inv = only(
      card(`<p>We met at the lab open day and you showed me the…</p><span hidden>We met at the lab open day and you showed me the titration robot. Can I visit again?</span><button>…see more</button>`),
    );
    expect(inv.note).toBe('We met at the lab open day and you showed me the titration robot. Can I visit again?');
    expect(inv.noteTruncated).toBe(false);
  });

  it('marks an expandable box whose text LinkedIn itself cut as truncated', () => {
    const inv = only(
      card(`<p><span data-testid="expandable-text-box">We met at the lab open day and…<button data-testid="expandable-text-button" aria-hidden="true">… more</button></span></p>`),
    );
    expect(inv).toMatchObject({ note: 'We met at the lab open day and', noteTruncated: true });
  });

  it('keeps paragraph breaks of a multi-paragraph note and ignores meta lines after the actions', () => {
    const inv = only(card(`<p>First paragraph.</p><p>Second<br>line.</p><p>2 days ago</p>`));
    expect(inv).toMatchObject({ note: 'First paragraph.\nSecond\nline.', noteTruncated: false, sentAgoText: '2 days ago' });
  });

  it('clips oversized fields instead of dropping the card', () => {
    const inv = only(card(`<p>${'x'.repeat(6000)}</p>`));
    expect(inv.note).toHaveLength(5000);
  });
});
