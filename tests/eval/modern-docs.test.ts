import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spansFromTags } from '../../main/analysis/ner/tags.ts';
import { readClassRows } from './entity-classes.ts';
import { countSpans, emptyTable, prf } from '../../main/analysis/ner/entity-scores.ts';
import { DOC_START, readArticles, secondAnnotation } from './modern-docs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;

describe('secondAnnotation', () => {
  const one = [DOC_START, '', 'قال O', 'بوتين B-PERS', ''].join('\n');
  it('gives the second file\'s spans per article and sentence', () => {
    const other = one.replace('بوتين B-PERS', 'بوتين B-ORG');
    expect(secondAnnotation(readArticles(one, 'a.txt'), readArticles(other, 'b.txt'), 'b.txt')).toEqual([[[{ type: 'ORG', start: 1, end: 2 }]]]);
  });
  it('fails naming the file, article and sentence when the tokens differ', () => {
    const other = one.replace('بوتين B-PERS', 'ترامب B-PERS');
    expect(() => secondAnnotation(readArticles(one, 'a.txt'), readArticles(other, 'b.txt'), 'b.txt')).toThrow('b.txt:3: article 1, sentence 1 does not hold');
  });
});

describe('readArticles', () => {
  it('makes one pseudo-document per article, keeping the file line numbers', () => {
    const text = [DOC_START, '', 'قال O', 'بوتين B-PERS', '. O', '', 'في O', 'كييف B-LOC', '', DOC_START, '', 'فاز O', 'الهلال B-ORG', ''].join('\n');
    const docs = readArticles(text, 'x.txt');
    expect(docs.map((d) => d.sentences.map((s) => s.tokens.join(' ')))).toEqual([['قال بوتين .', 'في كييف'], ['فاز الهلال']]);
    expect(docs[1]?.sentences[0]?.line).toBe(12);
    expect(docs[0]?.body).toBe('قال بوتين .\nفي كييف');
  });

  it('fails with the file and line on a sentence before the first marker, an empty article, or a bad tag', () => {
    expect(() => readArticles(['قال O', '', DOC_START, '', 'في O'].join('\n'), 'x.txt')).toThrow('x.txt:1:');
    expect(() => readArticles([DOC_START, '', DOC_START, '', 'في O'].join('\n'), 'x.txt')).toThrow('x.txt:1: an article without a sentence');
    expect(() => readArticles([DOC_START, '', 'في O', 'كييف B-CITY'].join('\n'), 'x.txt')).toThrow('x.txt:4:');
  });
});

/** The sets written apart, each with the size its README states; modern-1 also has a second annotation of all its articles. */
const SETS = [
  { name: 'modern-1', second: true, articles: [15, 25], size: { of: 'sentences', from: 250, to: 350 } },
  { name: 'modern-2', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-3', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-4', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-5', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-6', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-7', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-8', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-9', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-10', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
  { name: 'modern-11', second: false, articles: [40, 50], size: { of: 'tokens', from: 6000, to: 9000 } },
] as const;

describe.each(SETS.map((s) => [s.name, s] as const))('tests/fixtures/entities/%s', (name, { second, articles, size }) => {
  const dir = path.join(root, 'tests', 'fixtures', 'entities', name);
  const file = path.join(dir, `${name}.txt`);
  const text = readFileSync(file, 'utf8');
  const secondFile = path.join(dir, `${name}.annotator-2.txt`);

  it.each(second ? [file, secondFile] : [file])('%s is one `token TAG` a line in legal IOB2 (no I- after O or after another type), articles opened by -DOCSTART-', (f) => {
    const bad: string[] = [];
    let previous = 'O';
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (line === '' || line === DOC_START) {
        previous = 'O';
        return;
      }
      const m = /^(\S+) (O|[BI]-(?:PERS|ORG|LOC|MISC))$/u.exec(line);
      const tag = m?.[2];
      if (m === null || tag === undefined || /[[\]]/u.test(m[1] ?? '')) bad.push(`${i + 1}: ${line}`);
      else if (tag.startsWith('I-') && previous.slice(2) !== tag.slice(2)) bad.push(`${i + 1}: ${tag} after ${previous}`);
      previous = tag ?? 'O';
    });
    expect(bad).toEqual([]);
  });

  // Only modern-1 was annotated twice; the READMEs of modern-2 … modern-11 say why they were not.
  if (second) {
    it('has a second annotation of the same tokens that agrees with the first on at least nine entities in ten', () => {
      const first = readArticles(text, file);
      const other = secondAnnotation(first, readArticles(readFileSync(secondFile, 'utf8'), secondFile), secondFile);
      const table = emptyTable();
      first.forEach((d, a) => d.sentences.forEach((s, k) => countSpans(table, spansFromTags(s.tags), other[a]?.[k] ?? [])));
      expect(prf(table.micro).f1).toBeGreaterThanOrEqual(90);
    });
  }

  it(`loads as ${articles[0]}–${articles[1]} articles of ${size.from}–${size.to} ${size.of} in all, each article a pseudo-document`, () => {
    const docs = readArticles(text, file);
    expect(docs.length).toBeGreaterThanOrEqual(articles[0]);
    expect(docs.length).toBeLessThanOrEqual(articles[1]);
    const sentences = docs.flatMap((d) => d.sentences);
    const n = size.of === 'sentences' ? sentences.length : sentences.reduce((m, s) => m + s.tokens.length, 0);
    expect(n).toBeGreaterThanOrEqual(size.from);
    expect(n).toBeLessThanOrEqual(size.to);
  });

  it('has the counts its README states, and every row of classes.tsv is a gold entity of its type', () => {
    const docs = readArticles(text, file);
    const spans = docs.map((d) => d.sentences.map((s) => ({ tokens: s.tokens, spans: spansFromTags(s.tags) })));
    const counts = Object.fromEntries(TYPES.map((t) => [t, spans.flat().reduce((n, s) => n + s.spans.filter((e) => e.type === t).length, 0)]));
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const stated = Object.fromEntries(TYPES.map((t) => [t, Number(new RegExp(`^\\| ${t} \\| (\\d+) \\|`, 'mu').exec(readme)?.[1])]));
    expect(stated).toEqual(counts);
    const rows = readClassRows(path.join(dir, 'classes.tsv'));
    const missing = rows.filter((r) => {
      const s = spans[r.article - 1]?.[r.sentence - 1];
      return s === undefined || !s.spans.some((e) => e.type === r.type && e.start === r.from && e.end === r.to) || s.tokens.slice(r.from, r.to).join(' ') !== r.text;
    });
    expect(missing).toEqual([]);
    // Each class the README counts is the number of rows naming it.
    const perClass = new Map<string, number>();
    for (const r of rows) for (const c of r.classes.split(',')) perClass.set(c, (perClass.get(c) ?? 0) + 1);
    const statedClasses = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (\d+) \|/gmu)].map((m) => [m[1] ?? '', Number(m[2])]));
    expect(statedClasses).toEqual(perClass);
  });
});
