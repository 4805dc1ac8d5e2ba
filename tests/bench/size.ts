import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Sizes of the built Chrome extension, raw and gzip, per file and in total (the content script is
// what every LinkedIn page pays for).
export async function benchSize(dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.output/chrome-mv3')): Promise<Record<string, unknown>> {
  const files: Record<string, { bytes: number; gzipBytes: number }> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html|json)$/.test(name)) {
        const buf = readFileSync(p);
        files[path.relative(dir, p)] = { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
      }
    }
  };
  walk(dir);
  const total = Object.values(files).reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzipBytes: a.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 });
  return { contentScript: files['content-scripts/linkedin.js'], total, files };
}
