// `node --import tsx tests/bench/choice-cost.ts [rounds]`: what the learned choosers would add to the import's
// cleaning CPU time, on the seeds and the training format sets' pages. Three arms, interleaved round by round (A B C
// A B C …) so a load from other processes falls on all alike, each on fresh documents: A cleans every page as the
// import does (cleanArticle, the rules' reads); B does the same and runs the learned outlet chooser on each page
// right after it (what switching IMPORT_OUTLET_READER to 'learned' adds); C runs the learned title chooser after
// each page instead (its lines classified beforehand, outside the timing, as the import has them at hand). Prints
// the median CPU time of each arm and B/A, C/A.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../../main/ingest/clean-article.ts';
import { classifyLines } from '../../main/ingest/clean/classify-lines.ts';
import { splitLines } from '../../main/ingest/lines/split-lines.ts';
import { learnedOutlet } from '../../main/ingest/outlet/learned-outlet.ts';
import { outletWeights } from '../../main/ingest/outlet/outlet-model-file.ts';
import { learnedTitle } from '../../main/ingest/title/learned-title.ts';
import type { RawDocument } from '../../main/model/raw-document.ts';
import { TRAINING_SETS } from '../../scripts/format-training-sets.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const NOW = '2026-01-15';
const rounds = Number(process.argv[2] ?? 7);

function texts(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(folder, f), 'utf8'));
}
const pages = [...texts(path.join(fixtures, 'seeds')), ...TRAINING_SETS.flatMap((s) => texts(path.join(fixtures, 'formats', s)))];
const fresh = (): RawDocument[] => pages.map((text, i) => ({ file: `page-${i}.txt`, format: 'txt', encoding: 'utf-8', text, declared: {} }));
const weights = outletWeights();

function cpu(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const arms = {
  A: (docs: RawDocument[]) => () => { for (const d of docs) cleanArticle(d, { now: NOW }); },
  B: (docs: RawDocument[]) => () => {
    for (const d of docs) {
      const r = cleanArticle(d, { now: NOW });
      learnedOutlet(d, splitLines(d.text), { value: r.outlet ?? null, basis: r.outletBasis }, weights);
    }
  },
  C: (docs: RawDocument[]) => {
    const classified = docs.map((d) => classifyLines(d.text, { now: NOW }));
    return () => docs.forEach((d, i) => {
      const r = cleanArticle(d, { now: NOW });
      const c = classified[i];
      if (c !== undefined) learnedTitle(d, c, r.outlet ?? null, NOW);
    });
  },
};
const times: Record<keyof typeof arms, number[]> = { A: [], B: [], C: [] };
for (let r = 0; r < rounds + 1; r++) {
  for (const arm of ['A', 'B', 'C'] as const) {
    const t = cpu(arms[arm](fresh()));
    if (r > 0) times[arm].push(t); // the first round warms every arm's code and caches
  }
}
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const [a, b, c] = [median(times.A), median(times.B), median(times.C)];
console.log(`${pages.length} pages, ${rounds} rounds each, median CPU ms: A cleaning ${a.toFixed(0)}, B with the learned outlet ${b.toFixed(0)} (×${(b / a).toFixed(3)}), C with the learned title ${c.toFixed(0)} (×${(c / a).toFixed(3)})`);
