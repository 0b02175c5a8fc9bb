import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFileText, readBracketed } from '../../../../main/analysis/ner/bracketed-text.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { ENTITY_TYPES, legalTransition, spansFromTags, START } from '../../../../main/analysis/ner/tags.ts';
import { OWN_SETS } from '../../../../scripts/train-ner-modern.ts';
import type { OwnSetName } from '../../../../scripts/train-ner-modern.ts';

// The project's own training sets (data/ner/modern-train-*/README.md): each tagged file is what its bracketed source
// gives, valid IOB2, and shares no run of five tokens with any set that measures the tagger on text it never saw
// (every set of tests/fixtures/entities/, read here only as runs of tokens; only counts and the own set's line
// numbers are reported, so that whoever deletes those sentences never reads the other set).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const RUN = 5;
/** Each set's size as its README promises: articles at least, tokens between. */
const SIZES: Record<OwnSetName, { articles: number; tokens: [number, number] }> = {
  'modern-train-1': { articles: 40, tokens: [8000, 12000] },
  'modern-train-2': { articles: 60, tokens: [9000, 12000] },
};

// Sentences of an own set that share a run with a set written apart AFTER the shipped model was trained on the own
// set, kept on purpose, by count. modern-2 was written (2026-12-06) after the shipped model had learned modern-train-1:
// 22 of its sentences share a run of five tokens with modern-2. Deleting them (by line number, unseen) and retraining
// was tried that day and lost on the held-out ANERcorp block, which these sentences cannot touch (tagger PERS F1
// 71.2 → 68.8, actors stage 68.4 → 65.7): a retrain's own variance. So the shipped model, and the text it records in
// its header, stay; modern-2's figures for it are reported beside those of the model trained without the 22 (issue
// 12's note). The count is exact: a new shared sentence fails here, and so does deleting these without retraining.
const KNOWN_SHARED: Partial<Record<OwnSetName, Record<string, number>>> = { 'modern-train-1': { 'modern-2': 22 } };

function tokens(file: string): string[] {
  return readCorpus(readFileSync(file, 'utf8'), file).sentences.flatMap((s) => s.tokens);
}

/** The runs of RUN tokens of every set written apart, by set name. */
function writtenApartRuns(): Map<string, Set<string>> {
  const dir = path.join(root, 'tests', 'fixtures', 'entities');
  const sets = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  return new Map(sets.map((name) => {
    const apart = tokens(path.join(dir, name, `${name}.txt`));
    const runs = new Set<string>();
    for (let i = 0; i + RUN <= apart.length; i++) runs.add(apart.slice(i, i + RUN).join(' '));
    return [name, runs];
  }));
}

describe.each(OWN_SETS)('the own training set data/ner/%s', (set) => {
  const dir = path.join(root, 'data', 'ner', set);
  const text = readFileSync(path.join(dir, 'train.txt'), 'utf8');
  const sentences = readCorpus(text, 'train.txt').sentences;
  const size = SIZES[set];

  it('is what npm run build:ner-data writes from source.txt', () => {
    expect(text).toBe(corpusFileText(readBracketed(readFileSync(path.join(dir, 'source.txt'), 'utf8'), 'source.txt')));
  });

  it(`is valid IOB2 in articles, ${size.articles} or more, of ${size.tokens[0]} to ${size.tokens[1]} tokens, with every type`, () => {
    const illegal = sentences.filter((s) => s.tags.some((t, i) => !legalTransition(i === 0 ? START : (s.tags[i - 1] ?? 0), t)));
    expect(illegal).toEqual([]);
    // Articles numbered from 0, in order, none empty.
    const docs = sentences.map((s) => s.doc ?? -1);
    expect(docs.filter((d, i) => d - (i === 0 ? -1 : (docs[i - 1] ?? 0)) > 1 || d < (i === 0 ? 0 : (docs[i - 1] ?? 0)))).toEqual([]);
    expect(docs.at(-1) ?? 0).toBeGreaterThanOrEqual(size.articles - 1);
    const count = sentences.reduce((n, s) => n + s.tokens.length, 0);
    expect(count).toBeGreaterThanOrEqual(size.tokens[0]);
    expect(count).toBeLessThanOrEqual(size.tokens[1]);
    const types = new Set(sentences.flatMap((s) => spansFromTags(s.tags).map((e) => e.type)));
    expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('shares no run of five tokens with the sets written apart for measuring but the sentences KNOWN_SHARED counts (only counts and its own source lines are reported)', () => {
    const source = readBracketed(readFileSync(path.join(dir, 'source.txt'), 'utf8'), 'source.txt').flatMap((a) => a.sentences);
    const apart = writtenApartRuns();
    expect(apart.size).toBeGreaterThanOrEqual(1);
    for (const [name, runs] of apart) {
      const shared = source.filter((s) => s.tokens.some((_, i) => i + RUN <= s.tokens.length && runs.has(s.tokens.slice(i, i + RUN).join(' '))));
      expect(shared.length, `${shared.length} sentences share a run of ${RUN} tokens with ${name}: source.txt lines ${shared.map((s) => s.line).join(', ')}`).toBe(KNOWN_SHARED[set]?.[name] ?? 0);
    }
  });
});
