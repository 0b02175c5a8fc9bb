import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../../../main/model/article.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import type { Store } from '../../../main/library/store.ts';
import { articleRecord } from '../../helpers/article-record.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/seeds');

/** The five seed articles as scraped, in file order. */
export function seedTexts(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
}

let counter = 0;

/** A valid ArticleRecord around `body`; the id is unique per call unless given. */
export function makeRecord(body: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  counter++;
  return articleRecord(`a${String(counter).padStart(4, '0')}`, body, { file: `article-${String(counter)}.txt`, ...overrides });
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-library-'));
}

/** A fresh workspace in a temporary folder, with a clock that ticks one second per call from a fixed date. */
export function tempStore(): { store: Store; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.mawjaz');
  let tick = 0;
  const store = openWorkspace(file, { now: () => new Date(Date.UTC(2025, 3, 10, 12, 0, tick++)) });
  return { store, file, dir };
}

/** The seed's paragraphs (non-empty lines), to build variants from. */
export function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
