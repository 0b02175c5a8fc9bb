// `node --import tsx tests/bench/choice-cost.ts [rounds] [formats|bench]`: what the learned choosers would add to the
// import's cleaning CPU time, on the seeds and the training format sets' pages, or on the import bench's articles. Four arms, interleaved round by round (A B C D
// A B C D …) so a load from other processes falls on all alike, each on fresh documents: A cleans every page with the
// rules' reads (cleanArticle, titleReader and authorReader 'rules'); B does the same and runs the learned outlet chooser on each page
// right after it (what switching IMPORT_OUTLET_READER to 'learned' adds); C cleans every page with the learned title
// chooser as its title reader (titleReader 'learned', the import's: read-title.ts); D cleans every page as C does with the
// learned byline chooser as its author reader too (authorReader 'learned': read-author.ts), so D/C is what that
// chooser adds to the import's cleaning. Prints the median CPU time of each arm, B/A, C/A, D/C and D/C round by round.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../../main/ingest/clean-article.ts';
import { splitLines } from '../../main/ingest/lines/split-lines.ts';
import { learnedOutlet } from '../../main/ingest/outlet/learned-outlet.ts';
import { outletWeights } from '../../main/ingest/outlet/outlet-model-file.ts';
import type { RawDocument } from '../../main/model/raw-document.ts';
import { TRAINING_SETS } from '../../scripts/format-training-sets.ts';
import { syntheticArticles } from './corpus.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const NOW = '2026-01-15';
const rounds = Number(process.argv[2] ?? 7);
/** `formats`: the seeds and the training sets' pages (short pages, mostly head and foot: the choosers' worst case);
 * `bench`: the import bench's articles (syntheticArticles: the seeds' paragraphs, eight to an article). */
const corpus = process.argv[3] ?? 'formats';

function texts(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(folder, f), 'utf8'));
}
const pages = corpus === 'bench'
  ? syntheticArticles(300).map((a) => a.text)
  : [...texts(path.join(fixtures, 'seeds')), ...TRAINING_SETS.flatMap((s) => texts(path.join(fixtures, 'formats', s)))];
const fresh = (): RawDocument[] => pages.map((text, i) => ({ file: `page-${i}.txt`, format: 'txt', encoding: 'utf-8', text, declared: {} }));
const weights = outletWeights();

function cpu(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The outlet chooser's own CPU time in each round of arm B, timed call by call: less exposed to the load than B − A,
 * and without B's second split of each page into lines, which the import does once for both readers.
 */
const chooserOwn: number[] = [];
const arms = {
  A: (docs: RawDocument[]) => () => { for (const d of docs) cleanArticle(d, { now: NOW, titleReader: 'rules', authorReader: 'rules' }); },
  B: (docs: RawDocument[]) => () => {
    let own = 0;
    for (const d of docs) {
      const r = cleanArticle(d, { now: NOW, titleReader: 'rules', authorReader: 'rules' });
      // The import hands the outlet reader the lines it split already (clean-article.ts): not the chooser's cost.
      const lines = splitLines(d.text);
      const start = process.cpuUsage();
      learnedOutlet(d, lines, { value: r.outlet ?? null, basis: r.outletBasis }, weights);
      const used = process.cpuUsage(start);
      own += (used.user + used.system) / 1000;
    }
    chooserOwn.push(own);
  },
  C: (docs: RawDocument[]) => () => { for (const d of docs) cleanArticle(d, { now: NOW, titleReader: 'learned', authorReader: 'rules' }); },
  D: (docs: RawDocument[]) => () => { for (const d of docs) cleanArticle(d, { now: NOW, titleReader: 'learned', authorReader: 'learned' }); },
};
const times: Record<keyof typeof arms, number[]> = { A: [], B: [], C: [], D: [] };
for (let r = 0; r < rounds + 1; r++) {
  for (const arm of ['A', 'B', 'C', 'D'] as const) {
    const t = cpu(arms[arm](fresh()));
    if (r > 0) times[arm].push(t); // the first round warms every arm's code and caches
  }
}
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const [a, b, c, d] = [median(times.A), median(times.B), median(times.C), median(times.D)];
const own = median(chooserOwn.slice(1));
console.log(`${corpus}: ${pages.length} pages, ${rounds} rounds each, median CPU ms: A cleaning ${a.toFixed(0)}, B with the learned outlet ${b.toFixed(0)} (×${(b / a).toFixed(3)}), C with the learned title ${c.toFixed(0)} (×${(c / a).toFixed(3)}), D with the learned title and author ${d.toFixed(0)} (×${(d / c).toFixed(3)} of C)`);
console.log(`D/C round by round: ${times.D.map((t, i) => (t / (times.C[i] ?? t)).toFixed(3)).join(' ')}`);
console.log(`the outlet chooser's own calls in B: ${own.toFixed(0)} ms a round, ${((100 * own) / a).toFixed(1)} % of A's cleaning`);
