import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'seeds');

export function seed(name: string): RawDocument {
  return { file: join(SEEDS, name), format: 'txt', encoding: 'utf-8', text: readFileSync(join(SEEDS, name), 'utf8'), declared: {} };
}

export function raw(text: string, declared: RawDocument['declared'] = {}, file = 'article.txt'): RawDocument {
  return { file, format: 'txt', encoding: 'utf-8', text, declared };
}

/** Asserts that each fragment occurs in `body`, in the given order. */
export function inOrder(body: string, fragments: string[]): boolean {
  let from = 0;
  for (const f of fragments) {
    const at = body.indexOf(f, from);
    if (at < 0) throw new Error(`missing or out of order: ${f}`);
    from = at + f.length;
  }
  return true;
}
