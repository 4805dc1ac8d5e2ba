import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../../..');

function run(input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: r.stderr };
}

describe('classify CLI', () => {
  it('classifies each valid line, reports bad ones on stderr and carries on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "I'd like to add you to my professional network on LinkedIn." }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Great meeting you at RustConf Portland yesterday, loved your talk on arena allocators!', recipient: { firstName: 'Ana' } }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 3, text: '' }),
    ].join('\n');
    const { code, out, err } = run(input);
    expect(code).toBe(0);
    expect(out.map((o) => [o.id, o.verdict])).toEqual([
      ['a', 'template'],
      ['b', 'personal'],
      [3, 'none'],
    ]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'verdict', 'score', 'reasons']);
      expect(o.reasons.length).toBeGreaterThan(0);
    }
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 4: id/);
  });

  it('compares lines across senders only when the lines say who sent them', () => {
    const text = (name: string) => `Hi ${name}, we help logistics teams like yours cut fuel costs. Open to a chat?`;
    const anonymous = [1, 2, 3].map((i) => JSON.stringify({ id: `n${i}`, text: text(`P${i}x`) })).join('\n');
    expect(run(anonymous).out.every((o) => !o.reasons.some((r: { code: string }) => r.code === 'same-text'))).toBe(true);
    const attributed = [1, 2, 3].map((i) => JSON.stringify({ id: `s${i}`, text: text(`P${i}x`), sender: `sender-${i}` })).join('\n');
    const out = run(attributed).out;
    expect(out[0].reasons.find((r: { code: string }) => r.code === 'same-text')?.text).toBe('Same text as 2 other senders');
  });
});
