// Analyzer benchmark: quality on the labelled sets, score calibration, speed, cold start and the size it adds to the
// content script, on the labelled sets in tests/fixtures/notes (see TUNING, HELDOUT and BLIND below). The dev set
// lives outside the repo (../shared/notes-dev.jsonl) and is skipped with a note when absent. The blind sets are read
// only with BENCH_BLIND=1, so whoever tunes the analyzer can run the bench without ever seeing their numbers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeNote, type AnalyzeContext } from '../../src/core/analyzer';
import type { Recipient, Verdict } from '../../src/core/model';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

interface Row {
  id: string;
  text: string;
  label: Verdict;
  placeholders: boolean;
  recipient?: Recipient;
}

function load(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Reliability of the score: for notes in each score band, how many are personal. An honest score has the fraction
 *  rise with the band (monotone) and sit near the band's mean score / 100 (small calibration error). */
export function reliability(rows: Row[]) {
  const judged = rows.filter((r) => r.label !== 'none').map((r) => ({ r, a: analyzeNote(r.text, { recipient: r.recipient }) }));
  const bins = Array.from({ length: 10 }, (_, i) => ({ band: `${i * 10}-${i * 10 + 9}`, n: 0, personal: 0, scoreSum: 0 }));
  bins[9].band = '90-100';
  for (const { r, a } of judged) {
    if (a.verdict === 'none') continue;
    const b = bins[Math.min(9, Math.floor(a.score / 10))];
    b.n++;
    b.scoreSum += a.score;
    if (r.label === 'personal') b.personal++;
  }
  const table = bins.filter((b) => b.n).map((b) => ({ band: b.band, n: b.n, fractionPersonal: round(b.personal / b.n), meanScore: Math.round(b.scoreSum / b.n) }));
  const n = table.reduce((x, b) => x + b.n, 0);
  let monotone = true;
  for (let i = 1; i < table.length; i++) if (table[i].fractionPersonal < table[i - 1].fractionPersonal) monotone = false;
  const calibrationError = n ? round(table.reduce((x, b) => x + b.n * Math.abs(b.meanScore / 100 - b.fractionPersonal), 0) / n) : 0;
  return { table, monotone, calibrationError };
}

export function score(rows: Row[]) {
  const predicted = rows.map((r) => analyzeNote(r.text, { recipient: r.recipient }).verdict);
  const plain = rows.map((r, i) => ({ gold: r.label, got: predicted[i] })).filter((_, i) => !rows[i].placeholders);
  const classes = [...new Set(plain.flatMap((x) => [x.gold, x.got]))].sort();
  const perClass: Record<string, { precision: number; recall: number; f1: number; support: number }> = {};
  let f1sum = 0;
  for (const c of classes) {
    const tp = plain.filter((x) => x.gold === c && x.got === c).length;
    const fp = plain.filter((x) => x.gold !== c && x.got === c).length;
    const fn = plain.filter((x) => x.gold === c && x.got !== c).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
    f1sum += f1;
  }
  const placeholderRows = rows.filter((r) => r.placeholders);
  return {
    rows: rows.length,
    rowsWithoutPlaceholders: plain.length,
    accuracy: round(predicted.filter((v, i) => v === rows[i].label).length / rows.length),
    accuracyWithoutPlaceholders: round(plain.filter((x) => x.gold === x.got).length / plain.length),
    perClass,
    macroF1: round(classes.length ? f1sum / classes.length : 0),
    templatePrecision: perClass.template?.precision ?? null,
    placeholderRowsCorrect: `${placeholderRows.filter((r) => analyzeNote(r.text).verdict === r.label).length}/${placeholderRows.length}`,
  };
}

/** Notes per second of wall time and per second of this process's CPU time, each the median of WINDOWS short runs, and
 *  the best run's wall rate. The machines running the bench are shared: a neighbour's burst slows one window, not the
 *  median, and when they are loaded the CPU-time rate stays close to the analyzer's own cost. */
function speed(rows: Row[], withOthers: boolean, fresh = false): { wall: number; cpu: number; best: number } {
  // `fresh` gives every call a never-seen text, so the MinHash signature cache cannot help (a page of new notes).
  const texts = rows.map((r, i) => (fresh ? `${r.text} ~${i}` : r.text));
  const others = withOthers ? texts.slice(0, 50).map((text, i) => ({ sender: `s${i}`, text })) : undefined;
  const ctx = rows.map((r): AnalyzeContext => ({ recipient: r.recipient, others, sender: 'me' }));
  for (let i = 0; i < 2000; i++) analyzeNote(texts[i % texts.length], ctx[i % texts.length]); // warm up the JIT
  const WINDOWS = 7;
  const walls: number[] = [];
  const cpus: number[] = [];
  let serial = texts.length;
  for (let w = 0; w < WINDOWS; w++) {
    // The next window's texts are made before its clock starts: making them is the bench's work, not the analyzer's.
    if (fresh) for (let i = 0; i < texts.length; i++) texts[i] = texts[i].replace(/~\d+$/, `~${serial++}`);
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) analyzeNote(texts[i], ctx[i]);
    const used = process.cpuUsage(cpu0);
    walls.push((texts.length / (performance.now() - start)) * 1000);
    cpus.push((texts.length / ((used.user + used.system) / 1000)) * 1000);
  }
  const median = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
  return { wall: Math.round(median(walls)), cpu: Math.round(median(cpus)), best: Math.round(Math.max(...walls)) };
}

/** The minified bundle of one analyzer entry: judge.ts is what the content script imports, index.ts the whole analyzer
 *  (with cross-sender detection, which runs in the background). */
async function bundle(entry: 'judge' | 'index'): Promise<Uint8Array> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [path.join(root, `src/core/analyzer/${entry}.ts`)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return out.outputFiles[0].contents;
}

/** What the analyzer adds to the real content script (see analyzer-share.ts), or why it could not be measured. */
function contentScriptShare(): Record<string, number> | { error: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'analyzer-share.ts')], { cwd: root, encoding: 'utf8' });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as Record<string, number>;
  } catch {
    return { error: `analyzer-share.ts exited ${r.status}: ${r.stderr.slice(-300)}` };
  }
}

/** Milliseconds of the first judgeNote call in a fresh Node process running the minified bundle (what the first
 *  badge or the composer's first meter update pays: regex compilation, lazily built tables, cold JIT). Median of RUNS
 *  processes; a second call is timed too, for comparison. */
function coldStart(code: Uint8Array, runs = 7): { firstCallMs: number; secondCallMs: number; importMs: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'analyzer-cold-'));
  try {
    writeFileSync(path.join(dir, 'analyzer.mjs'), code);
    const probe = `
      const t0 = performance.now();
      const { judgeNote: analyzeNote } = await import('./analyzer.mjs');
      const t1 = performance.now();
      analyzeNote('Hi Ana, your talk at RustConf on arena allocators was great. Would love to connect!', { recipient: { firstName: 'Ana' } });
      const t2 = performance.now();
      analyzeNote('Hi Ben, I came across your profile and would like to add you to my professional network.', { recipient: { firstName: 'Ben' } });
      const t3 = performance.now();
      console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;
    writeFileSync(path.join(dir, 'probe.mjs'), probe);
    const samples: number[][] = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8' });
      if (r.status === 0) samples.push(JSON.parse(r.stdout) as number[]);
    }
    const median = (k: number) => {
      const v = samples.map((x) => x[k]).sort((a, b) => a - b);
      return v.length ? Math.round(v[v.length >> 1] * 100) / 100 : NaN;
    };
    return { importMs: median(0), firstCallMs: median(1), secondCallMs: median(2) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The labelled sets, by role. Tuning sets are what the rules were adjusted against: tune-blind1, tune-blind2 and
 *  tune-mined-blind were blind sets until a later round of tuning looked at their errors (their blind scores are in the
 *  commit history and the closing notes); mined-tune2, tune3 to tune16 (written), mined-tune3 and mined-tune4 (published notes) were made for
 *  tuning by people who never saw the analyzer, and scored before their errors were read. heldout was written by the
 *  same hand as the rules, so it is optimistic. The word weights (wording.ts) are learned from the tuning sets only. The blind sets were written (blind3, blind4, blind6, blind8, blind9, blind10, blind11) or mostly
 *  collected from published sources (blind5, blind7) by people who never saw the analyzer or the other sets, and are
 *  read only with BENCH_BLIND=1; a missing one is skipped. */
export const TUNING = ['tune.jsonl', 'tune2.jsonl', 'tune-blind1.jsonl', 'mined-tune.jsonl', 'tune-blind2.jsonl', 'tune-mined-blind.jsonl', 'mined-tune2.jsonl', 'tune3.jsonl', 'mined-tune3.jsonl', 'tune4.jsonl', 'tune5.jsonl', 'tune6.jsonl', 'tune7.jsonl', 'tune8.jsonl', 'tune9.jsonl', 'tune10.jsonl', 'tune11.jsonl', 'tune12.jsonl', 'tune13.jsonl', 'tune14.jsonl', 'mined-tune4.jsonl', 'tune15.jsonl', 'tune16.jsonl'];
const HELDOUT = 'heldout.jsonl';
const BLIND = ['heldout-blind3.jsonl', 'heldout-blind4.jsonl', 'heldout-blind5.jsonl', 'heldout-blind6.jsonl', 'heldout-blind7.jsonl', 'heldout-blind8.jsonl', 'heldout-blind9.jsonl', 'heldout-blind10.jsonl', 'heldout-blind11.jsonl'];

export async function benchAnalyzer(): Promise<Record<string, unknown>> {
  const notes = path.join(root, 'tests/fixtures/notes');
  const read = (names: string[]) => Object.fromEntries(names.filter((f) => existsSync(path.join(notes, f))).map((f) => [f.replace('.jsonl', ''), load(path.join(notes, f))]));
  const tuning = read(TUNING);
  const heldout = load(path.join(notes, HELDOUT));
  const devFile = path.resolve(root, '../shared/notes-dev.jsonl');
  const dev = existsSync(devFile) ? load(devFile) : undefined;
  // Never read unless asked for: see the header.
  const blind = process.env.BENCH_BLIND === '1' ? read(BLIND) : undefined;
  const blindAll = blind ? Object.values(blind).flat() : [];
  // Speed is measured on the sets the analyzer may be looked at with (never the blind ones), as they were up to
  // tune13: a set added later would change the mix of notes, and with it the rate, from one run to the next.
  const all = [...TUNING.slice(0, TUNING.indexOf('tune13.jsonl') + 1).flatMap((f) => tuning[f.replace('.jsonl', '')] ?? []), ...heldout, ...(dev ?? [])];
  const alone = speed(all, false);
  const crowd = speed(all, true);
  const fresh = speed(all, false, true);
  const code = await bundle('judge');
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const wholeGzipBytes = gzipSync(await bundle('index'), { level: 9 }).length;
  const share = contentScriptShare();
  const adds = 'analyzerAddsGzipBytes' in share ? share.analyzerAddsGzipBytes : NaN;
  const cold = coldStart(code);
  const held = score(heldout);
  const targets = { macroF1: 0.92, templatePrecision: 0.95, notesPerSecond: 20000, analyzerGzipBytes: 15360 };
  const quality = (s: ReturnType<typeof score>) => ({
    macroF1: s.macroF1 >= targets.macroF1,
    templatePrecision: (s.templatePrecision ?? 0) >= targets.templatePrecision,
  });
  const each = <T>(sets: Record<string, Row[]>, f: (rows: Row[]) => T) => Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, f(v)]));
  return {
    dev: dev ? score(dev) : { skipped: `no dev set at ${devFile}` },
    tuning: each(tuning, score),
    heldout: held,
    ...(blind ? { blind: { ...each(blind, score), all: score(blindAll) } } : {}),
    reliability: {
      ...(dev ? { dev: reliability(dev) } : {}),
      tuning: reliability(Object.values(tuning).flat()),
      heldout: reliability(heldout),
      ...(blind ? { blind: reliability(blindAll) } : {}),
    },
    notesPerSecond: alone.wall,
    notesPerCpuSecond: alone.cpu,
    notesPerSecondWith50Others: crowd.wall,
    notesPerCpuSecondWith50Others: crowd.cpu,
    notesPerSecondNeverSeen: fresh.wall,
    notesPerCpuSecondNeverSeen: fresh.cpu,
    notesPerSecondNeverSeenBestWindow: fresh.best,
    loadAverage: os.loadavg()[0],
    coldStart: cold,
    // The budget is what the analyzer adds to the content script, built by WXT as shipped: nothing, since the analyzer
    // runs in the background (the content script asks it). What it costs there is in `contentScript`, and the judge
    // (judge.ts) and the whole analyzer (with cross-sender detection) bundled alone by esbuild are below.
    analyzerAddsToContentScriptGzipBytes: adds,
    contentScript: share,
    analyzerGzipBytes: gzipBytes,
    wholeAnalyzerGzipBytes: wholeGzipBytes,
    targets,
    // Quality on data the analyzer was not tuned on (rows without placeholders): the blind sets when read, else the
    // held-out set; speed as never-seen notes per second of wall time (the strictest rate: no signature cache, and a
    // loaded machine only lowers it); size as measured above.
    targetsMet: {
      heldout: quality(held),
      ...(blind ? { blind: quality(score(blindAll)) } : {}),
      notesPerSecond: fresh.wall >= targets.notesPerSecond,
      analyzerGzipBytes: adds <= targets.analyzerGzipBytes,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchAnalyzer().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
