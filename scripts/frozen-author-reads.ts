// `npm run frozen-author-reads`: the author the rules frozen before each studied set was written (FROZEN_RULES) read
// on every page of that set, written to tests/fixtures/formats/frozen-author-reads.json for the learned byline
// chooser's training (its rules feature, as frozen-rules-reads.json is the title and outlet choosers'). Kept in a file
// of its own so that the other choosers' training inputs stay what they were.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FROZEN_AUTHORS_FILE } from './format-training-sets.ts';
import { writeFrozenReads } from './frozen-reads-at.ts';
import { FrozenAuthorPage } from './frozen-reads-file.ts';

writeFrozenReads(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), ['author'], FrozenAuthorPage, FROZEN_AUTHORS_FILE);
