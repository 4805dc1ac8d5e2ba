import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { FIXTURES, launch, type Router, type Session } from './harness';
import { readAll } from './store-reader';

// The note composer in real Chromium with the built extension: Connect → "Add a note to your
// invitation?" (hint) → Add a note → the panel → template, reason, meter → Insert fills LinkedIn's
// textarea so its own counter reacts → the person clicks LinkedIn's Send → the store has the
// outgoing invitation with its verdict. Playwright's CSS locators pierce open shadow roots, which is
// how they reach both LinkedIn's interop dialog and our panel.

const PANEL = '[data-connector="composer"]';
const REOPEN = '[data-connector="composer-reopen"]';
const HINT_HOST = '[data-connector="composer-hint"]';
const HINT = `${HINT_HOST} [role="note"]`;
const INSERT = `${PANEL} [data-connector-action="insert"]`;

const routes: Record<string, string> = {
  '/in/amara-okafor-4b27a1/': 'profile-sdui.html',
  '/in/classic-person/': 'profile-classic.html',
  '/in/hostile-name-test/': 'profile-hostile.html',
  '/search/results/people/': 'search-people.html',
  '/preload/custom-invite/': 'custom-invite.html',
};
const router: Router = (p) => routes[p.split('?')[0]];
const have = (name: string) => existsSync(path.join(FIXTURES, name));

interface Outgoing {
  id: string;
  recipientName: string;
  slug?: string;
  profileId?: string;
  note: string;
  verdict: string;
  score: number;
  confirmedPending: boolean;
}

let s: Session;
beforeAll(async () => {
  s = await launch(router);
});
afterAll(async () => {
  await s?.close();
});

async function open(p: string): Promise<Page> {
  const page = await s.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(`https://www.linkedin.com${p}`);
  return page;
}

async function outgoing(predicate: (o: Outgoing) => boolean, timeoutMs = 10_000): Promise<Outgoing | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readAll<Outgoing>(s, 'outgoing');
    const hit = rows.find(predicate);
    if (hit || Date.now() > end) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const score = (panel: Locator) => panel.locator('[role="meter"]').getAttribute('aria-valuenow').then(Number);

/** The visible, top-card Connect control of a profile page (the sticky bar repeats it). */
const topConnect = (page: Page, name: string) => page.locator(`main section [aria-label="Invite ${name} to connect"]`).first();

describe('profile (SDUI, dialog in the interop shadow root)', () => {
  it('Connect → hint → Add a note → panel → template + reason → Insert → Send → recorded', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    await topConnect(page, 'Amara Okafor').click();

    const hint = page.locator(HINT);
    await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toContain('Connector: choose Add a note to write a personal note');
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    expect(await hint.count()).toBe(0);
    // The host lives in the page (inside LinkedIn's dialog, in its shadow root), and shows who this is for.
    expect(await panel.locator('[aria-label="Recipient"]').textContent()).toContain('Amara Okafor');
    expect(await panel.locator('[aria-label="Recipient"]').textContent()).toContain('Lumen Freight');
    expect(await panel.locator('[data-count]').getAttribute('data-limit')).toBe('200');
    expect(await panel.locator("section").textContent()).toContain('1 personalized invitation remaining for this month');

    await panel.locator('select').selectOption({ label: 'Read your post' });
    const draft = panel.locator('textarea');
    expect(await draft.inputValue()).toMatch(/^Hi Amara, your post /);
    const before = await score(panel);
    await panel.locator('input').fill('on-call rotations for small platform teams');
    const text = await draft.inputValue();
    expect(text).toContain('on-call rotations for small platform teams');
    await expect.poll(() => score(panel)).not.toBe(before);

    // The panel sits beside the dialog and does not cover LinkedIn's textarea.
    const linkedinBox = page.locator('textarea#custom-message');
    const a = (await panel.locator('section').boundingBox())!;
    const b = (await linkedinBox.boundingBox())!;
    expect(a.x >= b.x + b.width || a.x + a.width <= b.x || a.y >= b.y + b.height || a.y + a.height <= b.y).toBe(true);

    await page.locator(INSERT).click();
    await expect.poll(() => linkedinBox.inputValue()).toBe(text);
    const counter = page.locator('.send-invite span', { hasText: /^\d+\/200$/ });
    expect(await counter.textContent()).toBe(`${text.length}/200`);
    expect(await panel.locator('[data-status]').getAttribute('data-status')).toBe('inserted');

    await page.locator('[aria-label="Send invitation"]').click();
    const row = await outgoing((o) => o.slug === 'amara-okafor-4b27a1');
    expect(row).toMatchObject({
      id: 'amara-okafor-4b27a1',
      recipientName: 'Amara Okafor',
      profileId: 'ACoAACx7Qm4BvR2pLk9sTz3uWy5Hn8dJfGe1aQc',
      note: text,
    });
    expect(['personal', 'template']).toContain(row!.verdict);
    // The dialog is gone, so is the panel; the profile now shows Pending, which confirms the record.
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    await expect.poll(async () => (await outgoing((o) => o.slug === 'amara-okafor-4b27a1'))?.confirmedPending).toBe(true);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('the panel works from the keyboard, and Escape closes it but not LinkedIn\'s dialog', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    await topConnect(page, 'Amara Okafor').click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor();
    await panel.locator('select').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('the queueing talk at LeedsJS');
    expect(await panel.locator('input').inputValue()).toBe('the queueing talk at LeedsJS');
    // Tab on to Insert and press it.
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'insert'; i++) {
      await page.keyboard.press('Tab');
      focused = await panel.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-connector-action') ?? '');
    }
    expect(focused).toBe('insert');
    await page.keyboard.press('Enter');
    const draft = await panel.locator('textarea').inputValue();
    await expect.poll(() => page.locator('textarea#custom-message').inputValue()).toBe(draft);

    await panel.locator('input').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    expect(await page.locator('textarea#custom-message').count()).toBe(1);

    // A "Connector" button stays beside the dialog, focused; Enter brings the panel back as it was.
    const reopen = page.locator(`${REOPEN} button`);
    await expect.poll(() => reopen.textContent(), { timeout: 10_000 }).toBe('Connector');
    await expect
      .poll(() => page.locator(REOPEN).evaluate((host) => host.shadowRoot?.activeElement?.textContent ?? ''))
      .toBe('Connector');
    await page.keyboard.press('Enter');
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    expect(await page.locator(REOPEN).count()).toBe(0);
    expect(await panel.locator('input').inputValue()).toBe('the queueing talk at LeedsJS');
    expect(await panel.locator('textarea').inputValue()).toBe(draft);
    await expect.poll(() => panel.evaluate((host) => host.shadowRoot?.activeElement?.tagName ?? '')).toBe('INPUT');

    // The × too, by mouse; and Escape on the button is LinkedIn's: its dialog closes.
    await panel.getByRole('button', { name: 'Close the Connector panel (Escape)' }).click();
    await reopen.waitFor();
    await reopen.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('textarea#custom-message').count()).toBe(0);
    await expect.poll(() => page.locator(REOPEN).count()).toBe(0);
    await page.close();
  });

  it('warns about an over-long draft; LinkedIn\'s box refuses it (maxlength), so Insert explains instead', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    await topConnect(page, 'Amara Okafor').click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor();
    const long = `Hi Amara, ${'your routing talk was the clearest explanation of backpressure I have heard. '.repeat(4)}`.trim();
    await panel.locator('textarea').fill(long);
    // Preact renders after the input event; poll instead of reading once (this raced on a loaded machine).
    await expect.poll(() => panel.locator('[role="alert"]').textContent()).toContain("over LinkedIn's 200-character limit");
    const insert = page.locator(INSERT);
    await insert.click();
    await insert.click();
    expect(await page.locator('textarea#custom-message').inputValue()).toBe('');
    await expect.poll(() => panel.locator('[data-status]').textContent()).toBe(
      "Nothing inserted: LinkedIn's box takes at most 200 characters. Shorten the draft or Trim to fit.",
    );
    expect(await insert.textContent()).toBe("Insert into LinkedIn's box");
    // The warning and the status made the panel taller: it moved up, so Insert is still on screen.
    const viewport = page.viewportSize()!.height;
    await expect.poll(async () => {
      const b = (await insert.boundingBox())!;
      return b.y + b.height <= viewport;
    }).toBe(true);

    await panel.getByRole('button', { name: 'Trim to fit' }).click();
    const trimmed = await panel.locator('textarea').inputValue();
    expect(trimmed.length).toBeLessThanOrEqual(200);
    expect(await panel.locator('[role="alert"]').count()).toBe(0);
    await insert.click();
    await expect.poll(() => page.locator('textarea#custom-message').inputValue()).toBe(trimmed);
    await page.close();
  });

  it('on a short window the panel scrolls and Insert stays in sight', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    await page.setViewportSize({ width: 1280, height: 520 });
    await topConnect(page, 'Amara Okafor').click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor();
    await panel.locator('textarea').fill(`Hi Amara, ${'your routing talk on backpressure in Kafka consumers was the clearest I have heard. '.repeat(3)}`.trim());
    await expect.poll(() => panel.locator('[role="alert"]').count()).toBe(1);
    const insert = page.locator(INSERT);
    await expect.poll(() => panel.locator('.panel').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expect.poll(async () => {
      const b = (await insert.boundingBox())!;
      return b.y >= 0 && b.y + b.height <= 520;
    }).toBe(true);
    await page.close();
  });

  it('when LinkedIn\'s box refuses the text, the note goes to the clipboard with a "press Ctrl/⌘+V" hint', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    const page = await open('/in/amara-okafor-4b27a1/');
    await topConnect(page, 'Amara Okafor').click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor();
    // A box whose page script throws away whatever arrives (as a framework re-render might).
    await page.evaluate(() => {
      const ta = document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('textarea')!;
      ta.addEventListener('input', () => (ta.value = ''));
    });
    await panel.locator('input').fill('your on-call handbook');
    const text = await panel.locator('textarea').inputValue();
    await page.locator(INSERT).click();
    const status = panel.locator('[data-status]');
    await expect.poll(() => status.getAttribute('data-status')).toBe('clipboard');
    expect(await status.textContent()).toContain("Couldn't fill LinkedIn's box — the note is on your clipboard: press Ctrl/⌘+V");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    const bg = async () => {
      await topConnect(page, 'Amara Okafor').click();
      await page.locator('[aria-label="Add a note"]').click();
      const box = page.locator(`${PANEL} section`);
      await box.waitFor();
      const colour = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.locator('[aria-label="Dismiss"]').click();
      await expect.poll(() => page.locator(PANEL).count()).toBe(0);
      return colour;
    };
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await bg();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    await page.close();
  });

  it('templates saved in the options page show in the next dialog without a page reload; the reason is kept', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    const panel = page.locator(PANEL);
    const openPanel = async () => {
      await topConnect(page, 'Amara Okafor').click();
      await page.locator('[aria-label="Add a note"]').click();
      await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    };
    const options = () => panel.locator('option').allTextContents();
    await openPanel();
    await expect.poll(options).toContain('Read your post');
    await panel.locator('input').fill('the freight routing meetup in Leeds');
    await page.locator('[aria-label="Dismiss"]').click();
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);

    const dashboard = await s.newPage();
    await dashboard.goto(`chrome-extension://${s.extensionId}/options.html`);
    const save = (message: object) =>
      dashboard.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    const own = { id: 'own-e2e', name: 'Freight people', body: 'Hi {firstName}, good to meet you at {reason}. How is {company} doing?', builtin: false, order: 0 };
    expect(await save({ type: 'templates/save', templates: [own] })).toMatchObject({ ok: true });
    // The background refuses what the engine cannot fill, with a message saying where.
    expect(await save({ type: 'templates/save', templates: [{ ...own, body: 'Hi {frstName}' }] })).toEqual({
      ok: false,
      error: 'Template 1 (Freight people): unknown variable {frstName} — did you mean {firstName}?',
    });

    try {
      await openPanel();
      await expect.poll(options).toEqual(['Freight people']);
      expect(await panel.locator('input').inputValue()).toBe('the freight routing meetup in Leeds');
      expect(await panel.locator('textarea').inputValue()).toBe(
        'Hi Amara, good to meet you at the freight routing meetup in Leeds. How is Lumen Freight doing?',
      );
    } finally {
      await save({ type: 'templates/reset' });
      await dashboard.close();
      await page.close();
    }
  });

  it('records "Send without a note" as verdict none', async () => {
    const page = await open('/in/amara-okafor-4b27a1/');
    // A second person on the same page: the "People you may know" card, not the profile.
    await page.locator('[aria-label="Invite Priya Natarajan to connect"]').click();
    await page.locator(HINT).waitFor({ timeout: 10_000 });
    await page.locator('[aria-label="Send without a note"]').click();
    const row = await outgoing((o) => o.slug === 'priya-natarajan-77');
    expect(row).toMatchObject({ recipientName: 'Priya Natarajan', note: '', verdict: 'none', score: 0 });
    await expect.poll(() => page.locator(HINT).count()).toBe(0);
    await page.close();
  });
});

describe.runIf(have('profile-classic.html'))('profile (classic, light-DOM dialog)', () => {
  it('uses the 0/300 counter as the limit and fills the box', async () => {
    const page = await open('/in/classic-person/');
    const connect = page.locator('main [aria-label^="Invite "][aria-label$=" to connect"]').first();
    const name = (await connect.getAttribute('aria-label'))!.replace(/^Invite (.+) to connect$/, '$1');
    await connect.click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    expect(await panel.locator('[data-count]').getAttribute('data-limit')).toBe('300');
    expect(await panel.locator('[aria-label="Recipient"]').textContent()).toContain(name);
    await panel.locator('input').fill('the data platform meetup in Utrecht');
    const text = await panel.locator('textarea').inputValue();
    await page.locator(INSERT).click();
    const box = page.locator('[role="dialog"] textarea').first();
    await expect.poll(() => box.inputValue()).toBe(text);
    expect(await page.locator('[role="dialog"] span', { hasText: /^\d+\/300$/ }).textContent()).toBe(`${text.length}/300`);
    await page.locator('[role="dialog"] [aria-label="Send invitation"]').click();
    const row = await outgoing((o) => o.recipientName === name);
    expect(row?.note).toBe(text);
    await page.close();
  });
});

describe.runIf(have('profile-classic.html'))('profile (classic): a limit only the counter shows', () => {
  it('warns, asks twice, then inserts the over-long draft as it is', async () => {
    const page = await open('/in/classic-person/');
    await page.locator('main [aria-label^="Invite "][aria-label$=" to connect"]').first().click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    const long = `Hello, ${'your write-up on data contracts between platform and product teams was the clearest I have read. '.repeat(4)}`.trim();
    await panel.locator('textarea').fill(long);
    expect(await panel.locator('[role="alert"]').textContent()).toContain("over LinkedIn's 300-character limit");
    const insert = page.locator(INSERT);
    await insert.click();
    expect(await page.locator('[role="dialog"] textarea').first().inputValue()).toBe('');
    expect(await insert.textContent()).toBe('Insert anyway');
    await insert.click();
    await expect.poll(() => page.locator('[role="dialog"] textarea').first().inputValue()).toBe(long);
    await page.close();
  });
});

describe.runIf(have('search-people.html'))('people search', () => {
  it('a result card\'s Connect gives the panel that person, not another card', async () => {
    const page = await open('/search/results/people/?keywords=platform');
    const connects = page.locator('main [aria-label^="Invite "][aria-label$=" to connect"]');
    const second = connects.nth(1);
    const name = (await second.getAttribute('aria-label'))!.replace(/^Invite (.+) to connect$/, '$1');
    await second.click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    expect(await panel.locator('[aria-label="Recipient"] .name').textContent()).toBe(name);
    await panel.locator('input').fill('your write-up on shipping small');
    const text = await panel.locator('textarea').inputValue();
    expect(text).toContain(name.split(' ')[0]);
    await page.locator(INSERT).click();
    await expect.poll(() => page.locator('textarea[name="message"], textarea#custom-message').first().inputValue()).toBe(text);
    await page.locator('[aria-label="Send invitation"]').click();
    const row = await outgoing((o) => o.recipientName === name);
    expect(row?.note).toBe(text);
    expect(row?.slug).toBeTruthy();
    await page.close();
  });
});

describe.runIf(have('custom-invite.html'))('the /preload/custom-invite/ page', () => {
  it('offers the panel with the dialog\'s recipient name and the slug from the URL', async () => {
    const page = await open('/preload/custom-invite/?vanityName=noor-haddad-22');
    await page.locator(HINT).waitFor({ timeout: 10_000 });
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    const who = await panel.locator('[aria-label="Recipient"] .name').textContent();
    expect(who).toBe('Noor Haddad');
    await panel.locator('input').fill('the Rust meetup last Thursday');
    await page.locator(INSERT).click();
    const text = await panel.locator('textarea').inputValue();
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe(text);
    await page.locator('[aria-label="Send invitation"]').click();
    const row = await outgoing((o) => o.slug === 'noor-haddad-22');
    expect(row?.recipientName).toBe(who);
    await page.close();
  });
});

describe.runIf(have('profile-hostile.html'))('hostile page text', () => {
  it('a script-shaped name runs nothing and shows as text', async () => {
    const page = await open('/in/hostile-name-test/');
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    const connect = page.locator('main [aria-label^="Invite "][aria-label$=" to connect"]').first();
    await connect.click();
    await page.locator('[aria-label="Add a note"]').click();
    const panel = page.locator(PANEL);
    await panel.locator('[data-connector-action="insert"]').waitFor({ timeout: 10_000 });
    expect(await panel.locator('img, script, iframe, svg').count()).toBe(0);
    const who = (await panel.locator('[aria-label="Recipient"] .name').textContent()) ?? '';
    expect(who).toMatch(/[<>]/);
    expect(who).toContain('<img src=x onerror=alert(1)>');
    await panel.locator('input').fill('your talk');
    expect(await panel.locator('textarea').inputValue()).not.toContain('{');
    await page.waitForTimeout(300);
    expect(alerts).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request left for any host but LinkedIn and the extension', () => {
    expect(s.foreignRequests()).toEqual([]);
  });
});
