import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Shared harness for end-to-end tests: Debian's Chromium with the built extension loaded, every
// https://www.linkedin.com/ URL answered from tests/fixtures/linkedin/ by request interception, and
// every request recorded so a test can prove the extension talks to no other host.

export const ROOT = path.resolve(__dirname, '../..');
export const EXT_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/linkedin');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

/** Maps a LinkedIn path (with query) to a fixture file name; return undefined for 404. */
export type Router = (pathAndQuery: string) => string | undefined;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL any page, frame or worker of the profile requested. */
  requests: string[];
  /** Requests to hosts other than www.linkedin.com and the extension itself. */
  foreignRequests(): string[];
  /** Set the fixture router used for LinkedIn URLs from now on. */
  route(router: Router): void;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Files the fixtures share (`<script src="/__fixtures__/scripts/…">`), served before any test router. */
const SHARED = '/__fixtures__/';

function sharedFixture(pathname: string): string | undefined {
  const name = path.normalize(decodeURIComponent(pathname.slice(SHARED.length)));
  if (name.startsWith('..') || path.isAbsolute(name)) return undefined;
  return existsSync(path.join(FIXTURES, name)) ? name : undefined;
}

export async function launch(initial: Router = () => undefined): Promise<Session> {
  if (!CHROMIUM) throw new Error('Chromium not found: install it with `apt-get install -y chromium`');
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error('Build the extension first: `npm run build`');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'connector-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let router = initial;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    if (url.host !== 'www.linkedin.com') return route.abort('blockedbyclient');
    const name = url.pathname.startsWith(SHARED) ? sharedFixture(url.pathname) : router(url.pathname + url.search);
    if (!name) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    const type = name.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : name.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'text/plain; charset=utf-8';
    return route.fulfill({ status: 200, contentType: type, body: fixture(name) });
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    foreignRequests: () =>
      requests.filter((u) => {
        const x = new URL(u);
        return !(x.protocol === 'chrome-extension:' || x.protocol === 'data:' || x.host === 'www.linkedin.com');
      }),
    route(r) {
      router = r;
    },
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Evaluate in the background service worker: read the store or the action badge. */
export async function inWorker<T>(s: Session, fn: string): Promise<T> {
  return s.worker.evaluate(fn) as Promise<T>;
}
