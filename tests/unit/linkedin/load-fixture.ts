import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../fixtures/linkedin');

/**
 * A fixture's HTML with its shared scripts (`<script src="/__fixtures__/…">`, served by the e2e
 * harness) inlined from disk, since happy-dom fetches nothing here.
 */
export function fixtureHtml(name: string): string {
  return readFileSync(path.join(DIR, name), 'utf8').replace(
    /<script src="\/__fixtures__\/([^"]+)"><\/script>/g,
    (_tag, file: string) => `<script>${readFileSync(path.join(DIR, file), 'utf8')}</script>`,
  );
}

/**
 * Replaces the happy-dom document with a fixture. Its scripts (the simulated LinkedIn dialog) run
 * only when the test file enables JavaScript evaluation in its environment options.
 */
export function loadFixture(name: string): Document {
  document.open();
  document.write(fixtureHtml(name));
  document.close();
  return document;
}

/** Parses a fixture without running its scripts (what an adapter sees on a freshly loaded page). */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

export function clickOn(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
