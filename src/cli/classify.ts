// Batch classification: `npm run --silent classify < notes.jsonl > verdicts.jsonl`.
// Input lines: {"id","text","recipient"?:{firstName,lastName,company,headline,school},"sender"?}.
// Output lines: {"id","verdict","score","reasons"}. A bad line gets an error on stderr and the run goes on.
//
// Cross-sender detection in a batch: a batch file says nothing about who sent each note (an evaluation set may even
// hold several variants of one template written as examples), so counting the other lines as "other senders" would
// claim something we do not know. Only lines that carry an explicit "sender" are compared, and only with lines from
// a different sender. Lines without a sender are judged on their own text.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyzeNote, type SeenNote } from '../core/analyzer';
import { RecipientSchema } from '../core/model';

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().nullable().optional(),
  recipient: RecipientSchema.partial().nullable().optional(),
  sender: z.string().optional(),
});
type Line = z.infer<typeof LineSchema>;

export async function classify(input: NodeJS.ReadableStream, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const rows: Line[] = [];
  let lineNo = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      bad++;
      err(`line ${lineNo}: not valid JSON, skipped`);
      continue;
    }
    const parsed = LineSchema.safeParse(json);
    if (!parsed.success) {
      bad++;
      const issue = parsed.error.issues[0];
      err(`line ${lineNo}: ${issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid'}, skipped`);
      continue;
    }
    rows.push(parsed.data);
  }
  const seen: SeenNote[] = rows.filter((r) => r.sender !== undefined && r.text).map((r) => ({ sender: r.sender!, text: r.text! }));
  for (const r of rows) {
    const a = analyzeNote(r.text ?? '', {
      recipient: r.recipient ?? undefined,
      sender: r.sender,
      others: r.sender !== undefined ? seen : undefined,
    });
    out(JSON.stringify({ id: r.id, verdict: a.verdict, score: a.score, reasons: a.reasons }));
  }
  return bad;
}

const direct = process.argv[1] && /classify\.ts$/.test(process.argv[1]);
if (direct) {
  const chunks: string[] = [];
  classify(process.stdin, (s) => chunks.push(s), (s) => process.stderr.write(s + '\n')).then(
    () => process.stdout.write(chunks.length ? chunks.join('\n') + '\n' : ''),
    (e: unknown) => {
      process.stderr.write(`classify failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
