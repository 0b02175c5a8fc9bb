// `npm run build:ner-data`: writes each of the project's own annotated sets, data/ner/<set>/train.txt (ANERcorp's
// format, a `-DOCSTART-` line per article), from the bracketed text it is written in, source.txt beside it
// (main/analysis/ner/bracketed-text.ts). The two are committed together; a unit test fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFileText, readBracketed } from '../main/analysis/ner/bracketed-text.ts';
import { OWN_SETS } from './train-ner-modern.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  for (const set of OWN_SETS) {
    const dir = path.join(root, 'data', 'ner', set);
    const source = path.join(dir, 'source.txt');
    const articles = readBracketed(readFileSync(source, 'utf8'), path.relative(root, source));
    writeFileSync(path.join(dir, 'train.txt'), corpusFileText(articles));
    const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
    const tokens = articles.reduce((n, a) => n + a.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
    console.log(`wrote data/ner/${set}/train.txt: ${articles.length} articles, ${sentences} sentences, ${tokens} tokens`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
