// `npm run frozen-studied-reads`: what the rules read on each held-out set the rules were since mended on
// (STUDIED_HELD_OUT_SETS), at the commit the set was first measured, before any rule was changed for it
// (tests/fixtures/formats/README.md) — the outlet of every page, written to tests/fixtures/formats/frozen-studied-reads.json.
// They stand for the rules' choice when the outlet chooser is measured leave-one-set-out over every studied set
// (`npm run train:outlets -- --cv-studied`): rules mended on a set would teach the chooser that the rules are never wrong.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FrozenOutletPage } from './frozen-reads-file.ts';
import { readsAt } from './frozen-reads-at.ts';
import { FROZEN_STUDIED_READS_FILE, FROZEN_STUDIED_RULES } from './format-training-sets.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reads: Record<string, { commit: string; pages: Record<string, z.infer<typeof FrozenOutletPage>> }> = {};
for (const [set, commit] of Object.entries(FROZEN_STUDIED_RULES)) {
  const pages = z.record(z.string(), FrozenOutletPage).parse(readsAt(root, commit, path.join(root, 'tests', 'fixtures', 'formats', set), ['outlet']));
  reads[set] = { commit, pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  console.log(`${set} at ${commit}: ${Object.keys(pages).length} pages`);
}
writeFileSync(path.join(root, FROZEN_STUDIED_READS_FILE), `${JSON.stringify(reads, null, 1)}\n`);
