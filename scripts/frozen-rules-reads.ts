// `npm run frozen-rules-reads`: what the rules frozen before each studied set was written (FROZEN_RULES) read on
// that set — the title and the outlet of every page — written to tests/fixtures/formats/frozen-rules-reads.json for the
// chooser's training. Each commit is checked out in a temporary worktree of its own (removed afterwards), with this
// checkout's node_modules, and reads today's pages of its set as the metadata eval does (import date 2026-01-15).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FROZEN_READS_FILE, FROZEN_RULES } from './format-training-sets.ts';
import { readsAt } from './frozen-reads-at.ts';
import type { FrozenReads } from './frozen-reads-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const Pages = z.record(z.string(), z.object({ title: z.string().nullable(), outlet: z.string().nullable() }));

const reads: FrozenReads = {};
for (const [set, commit] of Object.entries(FROZEN_RULES)) {
  const pages = Pages.parse(readsAt(root, commit, path.join(root, 'tests', 'fixtures', 'formats', set), ['title', 'outlet']));
  reads[set] = { commit, pages: Object.fromEntries(Object.keys(pages).sort().map((k) => [k, pages[k] ?? { title: null, outlet: null }])) };
  console.log(`${set}: ${Object.keys(pages).length} pages read by the rules of ${commit}`);
}
writeFileSync(path.join(root, FROZEN_READS_FILE), `${JSON.stringify(reads, null, 1)}\n`);
console.log(`wrote ${FROZEN_READS_FILE}`);
