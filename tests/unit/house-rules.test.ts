import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Privacy and safety promises that must hold for every line of product code, not just the lines a
// feature test happens to exercise.

const root = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const product = [...files(path.join(root, 'src')), ...files(path.join(root, 'entrypoints'))].map((p) => ({
  file: path.relative(root, p),
  // Comments may name the things we avoid; only code counts.
  code: readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1'),
}));

function offenders(pattern: RegExp) {
  return product.filter((f) => pattern.test(f.code)).map((f) => f.file);
}

describe('product code', () => {
  it('exists (the rules below would pass vacuously otherwise)', () => {
    expect(product.length).toBeGreaterThan(10);
  });

  it('never renders text as HTML or evaluates strings', () => {
    expect(offenders(/innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/)).toEqual([]);
  });

  it('makes no network requests of its own', () => {
    expect(offenders(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/)).toEqual([]);
  });

  it('never clicks for the person', () => {
    expect(offenders(/\.click\(\)|dispatchEvent\(\s*new\s+(Mouse|Pointer)Event\(\s*['"](click|mousedown|pointerdown)/)).toEqual([]);
  });

  it('does not call LinkedIn private APIs', () => {
    expect(offenders(/voyager|\/api\/graphql/i)).toEqual([]);
  });

  it('keeps LinkedIn markup knowledge in src/linkedin/', () => {
    // Selectors for LinkedIn's own markup (aria labels, componentkey, LinkedIn classes) live in adapters.
    const outside = product.filter((f) => !f.file.startsWith('src/linkedin/'));
    const leaks = outside
      .filter((f) => /componentkey|data-sdui|interop-outlet|artdeco-|invitation-card|aria-label\^=/.test(f.code))
      .map((f) => f.file);
    expect(leaks).toEqual([]);
  });
});
