// Badge benchmark: main-thread time the extension adds to LinkedIn's invitation manager with 100 cards.
// Chromium is launched twice in the same run, without and with the built extension, on the same fixture
// (tests/fixtures/linkedin/invitations-sdui-100.html). Each run reads the page renderer's CDP
// Performance metrics (TaskDuration, ScriptDuration: cumulative main-thread seconds, content scripts
// included) once the page is settled — for the extension, once all 100 badges are mounted. Medians of
// RUNS runs each; the difference is what Connector costs, the ratio how much busier the page's main
// thread was. The service worker's work (storing the invitations) runs on another thread and is not counted.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXT_DIR = path.join(root, '.output/chrome-mv3');
const FIXTURE = path.join(root, 'tests/fixtures/linkedin/invitations-sdui-100.html');
const URL_RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
const RUNS = 5;
const CARDS = 100;
/** Quiet time after the page (and the badges) settled, so trailing work is counted in both modes. */
const SETTLE_MS = 500;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function open(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'connector-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: withExtension ? [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, ...ARGS] : ARGS,
  });
  const html = readFileSync(FIXTURE, 'utf8');
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    if (url.href === URL_RECEIVED) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('blockedbyclient');
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Run {
  taskMs: number;
  scriptMs: number;
  /** From navigation start until the 100th badge (extension only). */
  badgesAtMs?: number;
}

async function measure(context: BrowserContext, withExtension: boolean): Promise<Run> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(URL_RECEIVED, { waitUntil: 'load' });
  let badgesAtMs: number | undefined;
  if (withExtension) {
    const handle = await page.waitForFunction(
      (n) => (document.querySelectorAll('[data-connector="badge"]').length >= n ? performance.now() : false),
      CARDS,
      { timeout: 30_000, polling: 'raf' },
    );
    badgesAtMs = Math.round((await handle.jsonValue()) as number);
  }
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const run = { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), badgesAtMs };
  if (withExtension) {
    const count = await page.locator('[data-connector="badge"]').count();
    if (count !== CARDS) throw new Error(`expected ${CARDS} badges, found ${count}`);
  }
  await cdp.detach();
  await page.close();
  return run;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function benchBadges(): Promise<Record<string, unknown>> {
  if (!CHROMIUM) throw new Error('Chromium not found: install it with `apt-get install -y chromium`');
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error('Build the extension first: `npm run build`');
  const runs: Record<'without' | 'with', Run[]> = { without: [], with: [] };
  for (const mode of ['without', 'with'] as const) {
    const browser = await open(mode === 'with');
    try {
      // One warm-up page per browser: the first navigation pays for process start-up in both modes.
      await measure(browser.context, mode === 'with');
      for (let i = 0; i < RUNS; i++) runs[mode].push(await measure(browser.context, mode === 'with'));
    } finally {
      await browser.close();
    }
  }
  const task = { without: median(runs.without.map((r) => r.taskMs)), with: median(runs.with.map((r) => r.taskMs)) };
  const script = { without: median(runs.without.map((r) => r.scriptMs)), with: median(runs.with.map((r) => r.scriptMs)) };
  return {
    fixture: 'invitations-sdui-100.html',
    cards: CARDS,
    runs: RUNS,
    mainThreadTaskMs: { without: r1(task.without), with: r1(task.with) },
    mainThreadScriptMs: { without: r1(script.without), with: r1(script.with) },
    addedTaskMs: r1(task.with - task.without),
    addedScriptMs: r1(script.with - script.without),
    taskRatio: Math.round((task.with / task.without) * 100) / 100,
    allBadgesAfterMs: median(runs.with.map((r) => r.badgesAtMs ?? 0)),
  };
}

// `node --import tsx tests/bench/badges.ts` runs this benchmark alone.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchBadges(), null, 2));
}
