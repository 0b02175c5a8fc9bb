// `npm run frozen-author-reads`: the author the rules frozen before each studied set was written (FROZEN_RULES) read
// on every page of that set, written to tests/fixtures/formats/frozen-author-reads.json for the learned byline
// chooser's training (its rules feature, as frozen-rules-reads.json is the title and outlet choosers'). Kept in a file
// of its own so that the other choosers' training inputs stay what they were.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FROZEN_AUTHORS_FILE, FROZEN_RULES } from './format-training-sets.ts';
import { readsAt } from './frozen-reads-at.ts';
import { FrozenAuthorPages, type FrozenAuthorReads } from './frozen-reads-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const reads: FrozenAuthorReads = {};
for (const [set, commit] of Object.entries(FROZEN_RULES)) {
  const pages = FrozenAuthorPages.parse(readsAt(root, commit, path.join(root, 'tests', 'fixtures', 'formats', set), ['author']));
  reads[set] = { commit, pages: Object.fromEntries(Object.keys(pages).sort().map((k) => [k, pages[k] ?? { author: null }])) };
  console.log(`${set}: ${Object.keys(pages).length} pages read by the rules of ${commit}`);
}
writeFileSync(path.join(root, FROZEN_AUTHORS_FILE), `${JSON.stringify(reads, null, 1)}\n`);
console.log(`wrote ${FROZEN_AUTHORS_FILE}`);
