// `npm run frozen-rules-reads`: what the rules frozen before each studied set was written (FROZEN_RULES) read on
// that set — the title and the outlet of every page — written to tests/fixtures/formats/frozen-rules-reads.json for the
// chooser's training. Each commit is checked out in a temporary worktree of its own (removed afterwards), with this
// checkout's node_modules, and reads today's pages of its set as the metadata eval does (import date 2026-01-15).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FROZEN_READS_FILE } from './format-training-sets.ts';
import { writeFrozenReads } from './frozen-reads-at.ts';
import { FrozenTitleOutletPage } from './frozen-reads-file.ts';

writeFrozenReads(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), ['title', 'outlet'], FrozenTitleOutletPage, FROZEN_READS_FILE);
