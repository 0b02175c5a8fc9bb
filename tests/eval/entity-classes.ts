// The issue-12 classes of an annotated set written apart (tests/fixtures/entities/<set>/classes.tsv): which gold
// entities are a kunya, a lineage name, a foreign name after a reporting verb, an organisation's short form…, so the
// eval can say how many of each class a finder gets exactly (span and type), not only the pooled F1.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EntitySpan } from '../../main/analysis/ner/tags.ts';

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;

/** One row: article and sentence 1-based within the article, token span [from, to), the classes comma-separated. */
export const ClassRowSchema = z.object({
  article: z.coerce.number().int().min(1),
  sentence: z.coerce.number().int().min(1),
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(1),
  type: z.enum(TYPES),
  classes: z.string().min(1),
  text: z.string().min(1),
});
export type ClassRow = z.infer<typeof ClassRowSchema>;

/** The rows of a classes.tsv; a malformed row is an error naming the file and line. */
export function readClassRows(file: string): ClassRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = (header ?? '').split('\t');
  return lines.map((line, i) => {
    const parsed = ClassRowSchema.safeParse(Object.fromEntries(line.split('\t').map((v, k) => [names[k] ?? '', v])));
    if (!parsed.success) throw new Error(`${file}:${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** Per class, how many of its entities the finder found with the exact span and type, of how many. */
export function classRecall(rows: readonly ClassRow[], found: (article: number, sentence: number) => readonly EntitySpan[]): Map<string, { found: number; gold: number }> {
  const out = new Map<string, { found: number; gold: number }>();
  for (const r of rows) {
    const hit = found(r.article - 1, r.sentence - 1).some((e) => e.type === r.type && e.start === r.from && e.end === r.to);
    for (const c of r.classes.split(',')) {
      const n = out.get(c) ?? { found: 0, gold: 0 };
      out.set(c, { found: n.found + (hit ? 1 : 0), gold: n.gold + 1 });
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
