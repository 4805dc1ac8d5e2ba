import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, type Router, type Session } from './harness';
import { readAll, waitForBadge } from './store-reader';

// The badge feature in real Chromium with the built extension: one badge per person card with its
// verdict, keyboard use, late cards, single-page navigation in and out, hostile names, the toolbar
// count, the popup, and no request to any host but www.linkedin.com.

const BADGE = '[data-connector="badge"]';
const RECEIVED = '/mynetwork/invitation-manager/received/';
const SCREENSHOT = path.join(ROOT, 'tests/e2e/screenshots/badges.png');
const TRUNCATED = 'Judged on the visible part only (note truncated)';
const ME = { firstName: 'Sam', lastName: 'Rivera', company: 'Acme', headline: 'Platform engineer at Acme' };

/** Serves `current` at the invitation manager and the SPA shell at /feed/. */
function router(current: { file: string }): Router {
  return (p) => {
    const pathname = p.split('?')[0];
    if (pathname === '/feed/') return 'spa-shell.html';
    if (pathname === RECEIVED || pathname === '/mynetwork/invitation-manager/' || pathname === `${RECEIVED}PEOPLE_WITH_MUTUAL_CONNECTION/`)
      return current.file;
    return undefined;
  };
}

async function saveSettings(s: Session) {
  const page = await s.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const reply = await page.evaluate(
    (me) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'settings/save',
        settings: { me, noteLimit: 200 },
      }),
    ME,
  );
  expect(reply).toMatchObject({ ok: true });
  await page.close();
}

async function openReceived(s: Session, current: { file: string }, file: string): Promise<Page> {
  current.file = file;
  const page = await s.newPage();
  await page.goto(`https://www.linkedin.com${RECEIVED}`);
  return page;
}

/**
 * Person invitations by the contract LinkedIn's own labels give (DOM.md §1): a card whose Ignore control
 * says "Ignore an invitation to connect from …". Pages, newsletters and suggestions do not.
 */
function cardsOnPage(page: Page, cardSelector: string) {
  return page.$$eval(
    cardSelector,
    (cards, badge) =>
      cards.map((c) => {
        const name = c.querySelector('a[href*="/in/"]')?.getAttribute('href')?.match(/\/in\/([^/]+)/)?.[1] ?? '';
        const person = [...c.querySelectorAll('[aria-label]')].some((e) =>
          e.getAttribute('aria-label')!.startsWith('Ignore an invitation to connect from '),
        );
        const hosts = [...c.querySelectorAll(badge)];
        return {
          slug: name,
          person,
          badges: hosts.length,
          verdict: hosts[0]?.getAttribute('data-verdict') ?? null,
          afterProfileLink: hosts[0] ? hosts[0].previousElementSibling?.matches('a[href*="/in/"]') ?? false : null,
        };
      }),
    BADGE,
  );
}

async function waitForBadges(page: Page, n: number) {
  await page.waitForFunction(
    ([sel, count]) => document.querySelectorAll(sel as string).length === count,
    [BADGE, n] as const,
    { timeout: 10_000 },
  );
}

/** The badge button inside the card of the sender with this profile slug. */
function badgeButton(page: Page, slug: string) {
  return page.locator(`[role="listitem"]:has(a[href*="/in/${slug}/"]) ${BADGE} button, li:has(a[href*="/in/${slug}/"]) ${BADGE} button`).first();
}

async function reasonsOf(page: Page, slug: string): Promise<string[]> {
  const button = badgeButton(page, slug);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.locator(`[role="listitem"]:has(a[href*="/in/${slug}/"]) ${BADGE} .panel li, li:has(a[href*="/in/${slug}/"]) ${BADGE} .panel li`);
  await panel.first().waitFor();
  return panel.allTextContents();
}

/** Elements matching `selector` anywhere, shadow roots included. */
function deepCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  }, selector);
}

/**
 * The popup reads the active tab's status with tabs.query({active, currentWindow}). Opened in a tab of
 * its own it would find itself; loaded in a background tab of the same window while the LinkedIn page
 * is in front, it finds the LinkedIn tab, as the real popup does.
 */
async function popupFor(s: Session, linkedin: Page): Promise<Page> {
  const popup = await s.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await linkedin.bringToFront();
  await popup.reload();
  await popup.locator('main.popup').waitFor();
  return popup;
}

describe('badges on the invitation manager', () => {
  const current = { file: 'invitations-sdui.html' };
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    s = await launch(router(current));
    s.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
    await saveSettings(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('SDUI: exactly one badge per person card, after the sender link, none on pages, newsletters or suggestions', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    await page.waitForTimeout(300);
    const cards = await cardsOnPage(page, '[role="listitem"]');
    const people = cards.filter((c) => c.person);
    expect(people).toHaveLength(11);
    for (const c of people) expect(c, c.slug).toMatchObject({ badges: 1, afterProfileLink: true });
    for (const c of cards.filter((x) => !x.person)) expect(c.badges, c.slug).toBe(0);
    expect(cards.filter((c) => !c.person).map((c) => c.slug)).toEqual(['corin-mallory', 'ola-brandt', 'kasimir-ruud']);
    const verdict = Object.fromEntries(people.map((c) => [c.slug, c.verdict]));
    expect(verdict).toMatchObject({
      'maren-oyelaran-5b2a91': 'none',
      'priya-natarajan-writes': 'none',
      'tobias-lindqvist': 'template',
      'dana-whitcombe-a19': 'template',
      'elif-sarikaya-dev': 'personal',
      'jonah-abernathy': 'personal',
    });
    for (const v of Object.values(verdict)) expect(['none', 'template', 'personal']).toContain(v);
    // Stays put: a second look after more mutations adds nothing.
    await page.evaluate(() => document.querySelector('[data-testid="lazy-column"]')!.append(document.createElement('div')));
    await page.waitForTimeout(300);
    expect(await page.locator(BADGE).count()).toBe(11);
    await page.close();
  });

  it('classic: exactly one badge per person card, none on the company invitation', async () => {
    const page = await openReceived(s, current, 'invitations-classic.html');
    await page.waitForSelector(BADGE);
    await page.waitForTimeout(500);
    const cards = await cardsOnPage(page, 'li.invitation-card');
    const people = cards.filter((c) => c.person);
    expect(people.length).toBeGreaterThanOrEqual(5);
    for (const c of people) expect(c, c.slug).toMatchObject({ badges: 1, afterProfileLink: true });
    const others = cards.filter((c) => !c.person);
    expect(others.length).toBeGreaterThanOrEqual(1);
    for (const c of others) expect(c.badges, c.slug).toBe(0);
    expect(await page.locator(BADGE).count()).toBe(people.length);
    const verdict = Object.fromEntries(people.map((c) => [c.slug, c.verdict]));
    expect(Object.values(verdict)).toContain('none');
    expect(Object.values(verdict)).toContain('personal');
    await page.close();
  });

  it('also badges /mynetwork/invitation-manager/ and the received filters', async () => {
    current.file = 'invitations-sdui.html';
    for (const p of ['/mynetwork/invitation-manager/', `${RECEIVED}PEOPLE_WITH_MUTUAL_CONNECTION/`]) {
      const page = await s.newPage();
      await page.goto(`https://www.linkedin.com${p}`);
      await waitForBadges(page, 11);
      await page.close();
    }
  });

  it('follows light and dark mode', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    const colours = async () =>
      badgeButton(page, 'tobias-lindqvist').evaluate((b) => {
        const c = getComputedStyle(b);
        return [c.backgroundColor, c.color];
      });
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(dark).not.toEqual(light);
    // Dark mode: light text on a dark background.
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(lum(dark[1])).toBeGreaterThan(lum(dark[0]));
    expect(lum(light[1])).toBeLessThan(lum(light[0]));
    await page.close();
  });

  it('opens and closes the reasons from the keyboard', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    const button = badgeButton(page, 'tobias-lindqvist');
    await button.focus();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[role="listitem"]:has(a[href*="/in/tobias-lindqvist/"]) ${BADGE} .panel`);
    await expect(panel.locator('li').count()).resolves.toBeGreaterThan(0);
    expect((await panel.locator('li').allTextContents()).join(' ')).not.toBe('');
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // Focus came back to the badge, so Space opens it again.
    await page.keyboard.press(' ');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-connector'))).toBe('badge');
    await page.close();
  });

  it('says "truncated" only where the full note is not in the page, and explains with the user as context', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    expect(await reasonsOf(page, 'wenhao-zhang-88')).toContain(TRUNCATED);
    const jonah = await reasonsOf(page, 'jonah-abernathy');
    expect(jonah).not.toContain(TRUNCATED);
    expect(jonah.join(' ')).toMatch(/Acme/);
    expect(await reasonsOf(page, 'maren-oyelaran-5b2a91')).toContain('No note');
    await page.close();
  });

  it('runs no script from a hostile sender name (SDUI and classic)', async () => {
    for (const file of ['invitations-sdui.html', 'invitations-classic.html']) {
      const page = await openReceived(s, current, file);
      await page.waitForSelector(BADGE);
      await page.waitForTimeout(300);
      // Open every badge's reasons: the panel shows note-derived text too.
      for (const b of await page.locator(`${BADGE} button`).all()) await b.click();
      await page.waitForTimeout(300);
      expect(await deepCount(page, 'img[src="x"]'), file).toBe(0);
      expect(await deepCount(page, 'svg[onload]'), file).toBe(0);
      const labels = await page.locator(`${BADGE} button`).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
      expect(labels.some((l) => l.includes('<img src=x onerror=alert(1)>') || l.includes('<svg onload=alert(1)>'))).toBe(true);
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('badges cards that mount later and re-judges a note when "see more" reveals it', async () => {
    const page = await openReceived(s, current, 'spa-late-cards.html');
    await waitForBadges(page, 2);
    await waitForBadges(page, 5);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitForBadges(page, 8);
    const cards = await cardsOnPage(page, '[role="listitem"]');
    expect(cards.map((c) => c.badges)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await reasonsOf(page, 'gideon-park-cut')).toContain(TRUNCATED);
    await page.click('#see-more-gideon-park-cut');
    await page.waitForFunction(
      ([sel, text]) => {
        const host = [...document.querySelectorAll(sel as string)].find((h) => h.closest('[role="listitem"]')?.querySelector('a[href*="gideon-park-cut"]'));
        const items = [...(host?.shadowRoot?.querySelectorAll('.panel li') ?? [])].map((l) => l.textContent);
        return items.length > 0 && !items.includes(text as string);
      },
      [BADGE, TRUNCATED] as const,
      { timeout: 5_000 },
    );
    expect(await page.locator(BADGE).count()).toBe(8);
    await page.close();
  });

  it('adds badges on feed → invitations and removes them all on the way back, without a reload', async () => {
    current.file = 'spa-shell.html';
    const page = await s.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.evaluate(() => ((window as unknown as { noReload: number }).noReload = 1));
    await page.waitForTimeout(600);
    expect(await page.locator(BADGE).count()).toBe(0);

    await page.click('#nav-network');
    await waitForBadges(page, 3);
    const cards = await cardsOnPage(page, '[role="listitem"]');
    expect(cards.map((c) => [c.slug, c.badges])).toEqual([
      ['ines-varga-7q2', 1],
      ['olu-adeyemi-k81', 1],
      ['hana-sato-vx3', 1],
      ['', 0],
    ]);
    expect(cards[0].verdict).toBe('none');

    await page.click('#nav-home');
    await page.waitForFunction(() => location.pathname === '/feed/');
    await waitForBadges(page, 0);
    expect(await deepCount(page, 'connector-badge')).toBe(0);

    await page.goBack();
    await waitForBadges(page, 3);
    expect(await page.evaluate(() => (window as unknown as { noReload?: number }).noReload)).toBe(1);
    await page.close();
  });

  it('pauses on markup it does not know and says so in the popup', async () => {
    const page = await openReceived(s, current, 'invitations-unknown.html');
    // The grace period before "could not read" is about 3 s.
    await page.waitForTimeout(3_800);
    expect(await page.locator(BADGE).count()).toBe(0);
    const statuses = await readAll<{ kind: string; recognised: boolean; url?: string }>(s, 'pageStatus');
    expect(statuses.some((x) => x.kind === 'invitations-received' && x.recognised === false)).toBe(true);
    const popup = await popupFor(s, page);
    await expect(popup.locator('.paused').textContent()).resolves.toMatch(
      /Connector could not read this LinkedIn page; badges are paused.*Received invitations/,
    );
    await popup.close();
    await page.close();
  });

  it('saves a screenshot of the badges with one badge’s reasons open', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    // LinkedIn's default text, matched against the built-in library by the background (invitations/matches).
    expect(await reasonsOf(page, 'tobias-lindqvist')).toContain("Matches LinkedIn's default invitation");
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // The first five cards (No note, Template with its reasons open, Template, a page invitation,
    // Template), the window's full 1280 px wide.
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = await page.locator('[role="listitem"]').first().boundingBox();
    const fifth = await page.locator('[role="listitem"]').nth(4).boundingBox();
    expect(first && fifth).toBeTruthy();
    const y = Math.floor(first!.y);
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y, width: 1280, height: Math.ceil(fifth!.y + fifth!.height + 12) - y } });
    await page.close();
  });

  it('requested nothing outside www.linkedin.com', () => {
    expect(s.foreignRequests()).toEqual([]);
  });
});

describe('toolbar count and popup', () => {
  const current = { file: 'invitations-sdui.html' };
  let s: Session;
  beforeAll(async () => {
    s = await launch(router(current));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('counts pending No note + Template invitations on the toolbar, lists them grouped in the popup, and follows Accept', async () => {
    const page = await openReceived(s, current, 'invitations-sdui.html');
    await waitForBadges(page, 11);
    const verdicts = await page.locator(BADGE).evaluateAll((hs) => hs.map((h) => h.getAttribute('data-verdict')));
    const attention = verdicts.filter((v) => v === 'none' || v === 'template').length;
    expect(attention).toBeGreaterThan(0);
    expect(await waitForBadge(s, String(attention))).toBe(String(attention));

    const stored = await readAll<{ status: string; analysis: { verdict: string } }>(s, 'invitations');
    expect(stored).toHaveLength(11);
    expect(stored.filter((i) => i.status === 'pending' && i.analysis.verdict !== 'personal')).toHaveLength(attention);

    const popup = await popupFor(s, page);
    expect(await popup.locator('.paused').count()).toBe(0);
    const rows = await popup
      .locator('[data-connector="popup-invitation"]')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-verdict')));
    expect(rows).toHaveLength(11);
    // Grouped: rows of one verdict are contiguous, one section per verdict present.
    const order = rows.filter((v, i) => v !== rows[i - 1]);
    expect(new Set(order).size).toBe(order.length);
    expect(await popup.locator('section.group').count()).toBe(order.length);
    await popup.close();

    // The person accepts a template invitation on LinkedIn: the count follows (Connector only watches).
    await page.bringToFront();
    await page.locator('button[aria-label="Accept Tobias Lindqvist’s invitation"]').click();
    expect(await waitForBadge(s, String(attention - 1))).toBe(String(attention - 1));
    const tobias = (await readAll<{ id: string; status: string }>(s, 'invitations')).find((i) => i.id === 'tobias-lindqvist');
    expect(tobias?.status).toBe('accepted');
    await page.close();
    expect(s.foreignRequests()).toEqual([]);
  });
});
