// `npm run train:first-look`: records, for each tuning set, the scores the analyzer gave its notes before anyone tuned
// the rules on them: the analyzer as it was at the commit that added the set (the rules' part of it, once there are
// learned words too). The wording model (train-wording.ts)
// learns from these, not from today's scores: today's rules were tuned on these very notes, so their scores there are
// better than on a note they have never seen, and a model trained on them would learn to trust the rules too much.
// Sets already in the file keep their scores (the commit that added a set does not change); new sets are added.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TUNING } from '../bench/analyzer';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const FIRST_LOOK = path.join(root, 'tests/fixtures/notes/first-look.json');

export type FirstLook = Record<string, { commit: string; scores: Record<string, number> }>;

// Runs in the old checkout: its own analyzer on the set's notes, printing id → score.
const PROBE = `
import { readFileSync } from 'node:fs';
const [set, file] = process.argv.slice(2);
const { analyzeNote } = await import(process.cwd() + '/src/core/analyzer/index.ts');
// Since the wording model, the score is the rules' and the words' together: the words are learned against the rules'
// part alone, so that is what is recorded where the analyzer can tell it.
const judge = await import(process.cwd() + '/src/core/analyzer/judge.ts');
const cross = await import(process.cwd() + '/src/core/analyzer/cross-sender.ts');
const out = {};
for (const line of readFileSync(file, 'utf8').split('\\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  out[r.id] = judge.rulesScore
    ? judge.rulesScore(judge.readNote(r.text, { recipient: r.recipient }), cross.crossSender(r.text))
    : analyzeNote(r.text, { recipient: r.recipient }).score;
}
console.log(JSON.stringify(out));`;

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function main() {
  const have: FirstLook = existsSync(FIRST_LOOK) ? (JSON.parse(readFileSync(FIRST_LOOK, 'utf8')) as FirstLook) : {};
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'first-look-'));
  writeFileSync(path.join(tmp, 'probe.mjs'), PROBE);
  try {
    for (const file of TUNING) {
      const set = file.replace('.jsonl', '');
      if (have[set]) continue;
      const rel = `tests/fixtures/notes/${file}`;
      // The oldest commit that added the file; a set not committed yet is scored by the analyzer as committed now.
      const added = git('log', '--diff-filter=A', '--format=%H', '--', rel).split('\n').filter(Boolean).at(-1);
      const commit = added ? git('rev-parse', `${added}^`) : git('rev-parse', 'HEAD');
      const dir = path.join(tmp, commit.slice(0, 12));
      if (!existsSync(dir)) {
        git('worktree', 'add', '--detach', dir, commit);
        symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
      }
      const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(tmp, 'probe.mjs'), set, path.join(root, rel)], { cwd: dir, encoding: 'utf8' });
      have[set] = { commit, scores: JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number> };
      process.stderr.write(`first look: ${set} at ${commit.slice(0, 9)}\n`);
    }
  } finally {
    for (const d of git('worktree', 'list', '--porcelain').split('\n')) if (d.startsWith(`worktree ${tmp}`)) git('worktree', 'remove', '--force', d.slice(9));
    rmSync(tmp, { recursive: true, force: true });
  }
  const sorted = Object.fromEntries(TUNING.map((f) => f.replace('.jsonl', '')).filter((s) => have[s]).map((s) => [s, have[s]]));
  writeFileSync(FIRST_LOOK, JSON.stringify(sorted, null, 1) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
