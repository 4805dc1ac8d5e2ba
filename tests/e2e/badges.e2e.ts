import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Router, type Session } from './harness';

// The badge feature in real Chromium with the built extension: verdicts per card, keyboard, late
// cards, single-page navigation in and out, hostile names, the toolbar count and the popup.

const BADGE = '[data-connector="badge"]';
const RECEIVED = '/mynetwork/invitation-manager/received/';

const routes: Record<string, string> = {
  '/feed/': 'spa-shell.html',
  [RECEIVED]: 'spa-shell.html',
};
const router: Router = (p) => routes[p.split('?')[0]];

let s: Session;
beforeAll(async () => {
  s = await launch(router);
});
afterAll(async () => {
  await s?.close();
});

async function open(path: string): Promise<Page> {
  const page = await s.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** Verdicts of the badges in document order, with the card (profile slug) each sits in. */
function badges(page: Page) {
  return page.$$eval(BADGE, (hosts) =>
    hosts.map((h) => ({
      verdict: h.getAttribute('data-verdict'),
      slug: h.closest('[role="listitem"], li')?.querySelector('a[href*="/in/"]')?.getAttribute('href') ?? null,
    })),
  );
}

describe('single-page navigation', () => {
  it('adds badges on feed → invitations and removes them all on the way back, without a reload', async () => {
    const page = await open('/feed/');
    await page.evaluate(() => ((window as unknown as { noReload: number }).noReload = 1));
    await page.waitForTimeout(600);
    expect(await page.locator(BADGE).count()).toBe(0);

    await page.click('#nav-network');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, BADGE, { timeout: 10_000 });
    const shown = await badges(page);
    expect(shown.map((b) => b.slug)).toEqual([
      'https://www.linkedin.com/in/ines-varga-7q2/',
      'https://www.linkedin.com/in/olu-adeyemi-k81/',
      'https://www.linkedin.com/in/hana-sato-vx3/',
    ]);
    expect(shown[0].verdict).toBe('none');

    await page.click('#nav-home');
    await page.waitForFunction(() => location.pathname === '/feed/');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, BADGE, { timeout: 10_000 });
    expect(await page.locator('connector-badge').count()).toBe(0);

    await page.goBack();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, BADGE, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { noReload?: number }).noReload)).toBe(1);
    await page.close();
  });
});
