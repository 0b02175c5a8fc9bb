// `npm run outlet-coverage [-- --verbose] [set …]`: how often the outlet a format set's expected.json names is among
// the learned outlet chooser's candidates (outlet-candidates.ts) at all — the ceiling of any chooser over them — beside
// how often the rules and the shipped chooser read it. `--verbose` lists, per page the rules or the chooser miss, the
// expected outlet, whether a candidate names it and the candidates. Sets default to the training sets (TRAINING_SETS):
// never name a set written apart from the rules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { outletMargin, outletWeights } from '../main/ingest/outlet/outlet-model-file.ts';
import { FROZEN_READS_FILE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads } from './frozen-reads-file.ts';
import { labelledOutletSets } from './outlet-choice-data.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length > 0 ? named : [...TRAINING_SETS];
const data = await labelledOutletSets(path.join(root, 'tests', 'fixtures', 'formats'), sets, readFrozenReads(path.join(root, FROZEN_READS_FILE)));
const weights = outletWeights();
// The shipped weights with the margin shipped beside them: the chooser as the import runs it.
const margin = outletMargin();
const all = { expected: 0, covered: 0, rules: 0, model: 0 };
console.log('set            expected  named by a source  rules today  chooser (shipped weights)');
for (const [set, pages] of data) {
  const n = { expected: 0, covered: 0, rules: 0, model: 0 };
  for (const p of pages) {
    if (p.expected === null) continue;
    n.expected++;
    // Named by a page source, not only by the rules' choice (a candidate of its own, the frozen rules' in training).
    const covered = p.candidates.some((c) => c.value !== null && c.right && [...c.features.keys()].some((k) => k.startsWith('src:')));
    const chosen = p.candidates[pickOutlet(p.candidates, weights, margin)]?.value ?? null;
    const rulesRight = p.today !== null && p.matches(p.today);
    const modelRight = chosen !== null && p.matches(chosen);
    if (covered) n.covered++;
    if (rulesRight) n.rules++;
    if (modelRight) n.model++;
    if (verbose && (!rulesRight || !modelRight)) {
      const names = p.candidates.filter((c) => c.value !== null).map((c) => `${c.value}[${[...c.features.keys()].filter((k) => k.startsWith('src:')).map((k) => k.slice(4)).join(',')}]`);
      console.log(`  ${set}/${p.name}: expected ${p.expected}; ${covered ? 'AMONG' : 'MISSING'}; rules ${p.today ?? '—'}; chooser ${chosen ?? '—'}; candidates ${names.join(' · ') || '—'}`);
    }
  }
  for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += n[k];
  console.log(`${set.padEnd(14)} ${String(n.expected).padStart(8)}  ${String(n.covered).padStart(17)}  ${String(n.rules).padStart(11)}  ${String(n.model).padStart(9)}`);
}
console.log(`${'all'.padEnd(14)} ${String(all.expected).padStart(8)}  ${String(all.covered).padStart(17)}  ${String(all.rules).padStart(11)}  ${String(all.model).padStart(9)}`);
