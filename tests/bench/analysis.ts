import { createHash } from 'node:crypto';
import { assembleBrief } from '../../main/briefing/assemble.ts';
import { cleanBatch } from '../../main/ingest/clean-article.ts';
import { readPastedText } from '../../main/ingest/read-document.ts';
import type { BenchRow } from './bench-row.ts';
import { syntheticArticles, timeMs } from './corpus.ts';
import { benchTagger } from './tagger.ts';

/**
 * Analysis throughput (articles per second through the whole assembly) and assembly time for selections of
 * 20, 200 and 2,000 articles, each beside a reference measured in the same run: hashing the same texts.
 */
export async function benchAnalysis(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const texts = syntheticArticles(2000);
  const articles = cleanBatch(texts.map((t) => readPastedText(t.text, t.name)), { now: '2025-04-10' });
  for (const n of [20, 200, 2000]) {
    const selection = articles.slice(0, n);
    const ms = await timeMs(() => assembleBrief(selection, { now: '2025-04-10' }), n >= 2000 ? 1 : 3);
    const refMs = await timeMs(() => selection.forEach((a) => createHash('sha256').update(a.body).digest()), 3);
    rows.push({
      name: `assemble a brief of ${n} articles`,
      value: ms,
      unit: 'ms',
      reference: { name: `sha256 of the same ${n} bodies`, value: refMs, unit: 'ms' },
    });
    if (n === 2000) {
      rows.push({ name: 'analysis throughput (2,000 articles)', value: (n / ms) * 1000, unit: 'articles/s' });
    }
  }
  rows.push(await benchTagger(articles.slice(0, 200)));
  return rows;
}
