import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFileText, readBracketed } from '../../../../main/analysis/ner/bracketed-text.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { ENTITY_TYPES, legalTransition, spansFromTags, START } from '../../../../main/analysis/ner/tags.ts';

// The project's own training set (data/ner/modern-train-1/README.md): its tagged file is what its bracketed source
// gives, valid IOB2, and shares no run of five tokens with the set that measures the tagger on text it never saw.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const dir = path.join(root, 'data', 'ner', 'modern-train-1');
const RUN = 5;

function tokens(file: string): string[] {
  return readCorpus(readFileSync(file, 'utf8'), file).sentences.flatMap((s) => s.tokens);
}

describe('the own training set (data/ner/modern-train-1)', () => {
  const text = readFileSync(path.join(dir, 'train.txt'), 'utf8');
  const sentences = readCorpus(text, 'train.txt').sentences;

  it('is what npm run build:ner-data writes from source.txt', () => {
    expect(text).toBe(corpusFileText(readBracketed(readFileSync(path.join(dir, 'source.txt'), 'utf8'), 'source.txt')));
  });

  it('is valid IOB2 in articles, 40 or more, of 8,000 to 12,000 tokens, with every type', () => {
    const illegal = sentences.filter((s) => s.tags.some((t, i) => !legalTransition(i === 0 ? START : (s.tags[i - 1] ?? 0), t)));
    expect(illegal).toEqual([]);
    // Articles numbered from 0, in order, none empty.
    const docs = sentences.map((s) => s.doc ?? -1);
    expect(docs.filter((d, i) => d - (i === 0 ? -1 : (docs[i - 1] ?? 0)) > 1 || d < (i === 0 ? 0 : (docs[i - 1] ?? 0)))).toEqual([]);
    expect(docs.at(-1) ?? 0).toBeGreaterThanOrEqual(39);
    const count = sentences.reduce((n, s) => n + s.tokens.length, 0);
    expect(count).toBeGreaterThanOrEqual(8000);
    expect(count).toBeLessThanOrEqual(12000);
    const types = new Set(sentences.flatMap((s) => spansFromTags(s.tags).map((e) => e.type)));
    expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('shares no run of five tokens with the set written apart for measuring (only the count is reported)', () => {
    const apart = tokens(path.join(root, 'tests', 'fixtures', 'entities', 'modern-1', 'modern-1.txt'));
    const runs = new Set<string>();
    for (let i = 0; i + RUN <= apart.length; i++) runs.add(apart.slice(i, i + RUN).join(' '));
    const shared = sentences.filter((s) => s.tokens.some((_, i) => i + RUN <= s.tokens.length && runs.has(s.tokens.slice(i, i + RUN).join(' '))));
    expect(shared.length, `${shared.length} sentences share a run of ${RUN} tokens with modern-1`).toBe(0);
  });
});
