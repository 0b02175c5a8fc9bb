import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

/** The evaluation set of articles nobody tuned the cleaner on: tests/fixtures/unseen/*.txt with expected.json. */
export const UNSEEN = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'unseen');

const Expected = z.object({ value: z.string().nullable(), basis: z.enum(['explicit', 'inferred', 'unknown']) });
const Expectation = z.object({
  style: z.string(),
  /** The first words of each story line (headline, paragraphs, sub-headings), in order. */
  story: z.array(z.string().min(1)),
  /** The first words of each line that must go. Together with `story` they cover every non-blank line. */
  boilerplate: z.array(z.string().min(1)),
  title: Expected,
  outlet: Expected,
  published: Expected,
  author: Expected,
  language: z.string().default('ar'),
});
export type Expectation = z.infer<typeof Expectation>;

export function loadUnseen(): { name: string; raw: RawDocument; expected: Expectation }[] {
  const all = z.record(z.string(), Expectation).parse(JSON.parse(readFileSync(join(UNSEEN, 'expected.json'), 'utf8')));
  return Object.entries(all).map(([name, expected]) => ({
    name,
    raw: { file: join(UNSEEN, name), format: 'txt', encoding: 'utf-8', text: readFileSync(join(UNSEEN, name), 'utf8'), declared: {} },
    expected,
  }));
}

export interface LabelledLine {
  index: number;
  text: string;
  label: 'story' | 'boilerplate';
}

/**
 * Labels every non-blank line of the article from its expectation: the next story prefix in order, else one
 * of the boilerplate prefixes not used yet. A line neither list accounts for is an error in the fixture.
 */
export function labelLines(text: string, expected: Expectation): LabelledLine[] {
  let next = 0;
  const unused = [...expected.boilerplate];
  return splitLines(text).map(({ index, text: line }) => {
    const story = expected.story[next];
    if (story !== undefined && line.startsWith(story)) {
      next++;
      return { index, text: line, label: 'story' as const };
    }
    const at = unused.findIndex((b) => line.startsWith(b));
    if (at < 0) throw new Error(`line ${index} is in neither list: ${line}`);
    unused.splice(at, 1);
    return { index, text: line, label: 'boilerplate' as const };
  });
}

export interface Counts {
  storyKept: number;
  story: number;
  boilerplateRemoved: number;
  boilerplate: number;
  kept: number;
  removed: number;
}

/** How the cleaner's decisions on one article compare with the labels. */
export function countDecisions(labels: readonly LabelledLine[], article: ArticleRecord): Counts {
  const removed = new Set(article.removed.map((r) => r.line));
  const story = labels.filter((l) => l.label === 'story');
  const boilerplate = labels.filter((l) => l.label === 'boilerplate');
  return {
    storyKept: story.filter((l) => !removed.has(l.index)).length,
    story: story.length,
    boilerplateRemoved: boilerplate.filter((l) => removed.has(l.index)).length,
    boilerplate: boilerplate.length,
    kept: labels.length - removed.size,
    removed: removed.size,
  };
}

export function sumCounts(all: readonly Counts[]): Counts {
  const total: Counts = { storyKept: 0, story: 0, boilerplateRemoved: 0, boilerplate: 0, kept: 0, removed: 0 };
  for (const c of all) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  return total;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Precision and recall of the kept story lines and of the removed boilerplate lines. */
export function scores(c: Counts): { storyPrecision: number; storyRecall: number; boilerplatePrecision: number; boilerplateRecall: number } {
  return {
    storyPrecision: ratio(c.storyKept, c.kept),
    storyRecall: ratio(c.storyKept, c.story),
    boilerplatePrecision: ratio(c.boilerplateRemoved, c.removed),
    boilerplateRecall: ratio(c.boilerplateRemoved, c.boilerplate),
  };
}
