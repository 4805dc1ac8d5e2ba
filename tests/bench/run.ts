// `npm run bench`: every speed and size target as JSON on stdout. Times are only compared as ratios
// measured in the same run (the machines are shared and noisy). Progress goes to stderr.
import { benchAnalyzer } from './analyzer';
import { benchBadges } from './badges';
import { benchComposer } from './composer';
import { benchSize } from './size';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
for (const [name, run] of [
  ['analyzer', benchAnalyzer],
  ['badges', benchBadges],
  ['composer', benchComposer],
  ['size', benchSize],
] as const) {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    results[name] = await run();
  } catch (e) {
    results[name] = { error: e instanceof Error ? e.message : String(e) };
    process.exitCode = 1;
  }
}
console.log(JSON.stringify(results, null, 2));
