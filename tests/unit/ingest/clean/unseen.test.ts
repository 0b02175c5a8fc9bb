import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanBatch } from '../../../../main/ingest/clean-article.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { countDecisions, labelLines, loadUnseen, scores, sumCounts } from './unseen-set.ts';

// Articles written in the styles of outlets the cleaner was not built on (tests/fixtures/unseen): the
// measure of how its general rules hold. Each line is labelled story or boilerplate in expected.json.
const NOW = '2025-04-10';
const SET = loadUnseen();
const single = SET.map((s) => cleanArticle(s.raw, { now: NOW }));
const batch = cleanBatch(SET.map((s) => s.raw), { now: NOW });

// Wire stories whose only outlet evidence is the wire's credit («البصرة (العراق) – (أ ف ب) –», «— رويترز»): the rules
// read the wire as the outlet; the learned chooser, the import's reader (read-outlet.ts), abstains, below its margin.
// Left out in turn on the studied sets, where it abstains the frozen rules' read of a listed agency was right 2 times in
// 5 (19 in 45 whatever they read), so abstaining there is the measured choice, not a quirk to mend page by page: the
// outlet these pages expect is pinned as a known miss (no outlet), and this test fails if either reading changes.
const WIRE_ONLY_MISSES: ReadonlySet<string> = new Set(['02-afp-wire.txt', '12-headline-with-period.txt']);

function metadataOf(a: ArticleRecord, field: 'title' | 'outlet' | 'published' | 'author'): [string | null, string] {
  return [a[field], a[`${field}Basis`]];
}

function report(mode: string, articles: readonly ArticleRecord[]): ReturnType<typeof scores> {
  const counts = SET.map((s, i) => countDecisions(labelLines(s.raw.text, s.expected), articles[i]!));
  const total = scores(sumCounts(counts));
  const fields = ['title', 'outlet', 'published', 'author'] as const;
  const right = SET.flatMap((s, i) => fields.filter((f) => metadataOf(articles[i]!, f).join('|') === [s.expected[f].value, s.expected[f].basis].join('|'))).length;
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(
    `unseen set, ${mode}: story lines P ${pct(total.storyPrecision)} R ${pct(total.storyRecall)}; ` +
      `boilerplate lines P ${pct(total.boilerplatePrecision)} R ${pct(total.boilerplateRecall)}; ` +
      `metadata ${right}/${SET.length * fields.length} right (value and basis)`,
  );
  return total;
}

describe('the cleaner on articles it was not written against', () => {
  it('labels every line of the set (the fixture is complete)', () => {
    for (const s of SET) expect(() => labelLines(s.raw.text, s.expected)).not.toThrow();
    expect(SET.length).toBeGreaterThanOrEqual(12);
  });

  for (const [mode, articles] of [['one by one', single], ['as a batch', batch]] as const) {
    it(`keeps every story line and removes every boilerplate line (${mode})`, () => {
      const total = report(mode, articles);
      expect(total).toEqual({ storyPrecision: 1, storyRecall: 1, boilerplatePrecision: 1, boilerplateRecall: 1 });
    });
  }

  SET.forEach((s, i) => {
    it(`${s.name}: ${s.expected.style}`, () => {
      const labels = labelLines(s.raw.text, s.expected);
      const story = labels.filter((l) => l.label === 'story').map((l) => l.text);
      for (const a of [single[i]!, batch[i]!]) {
        expect(a.body.split('\n\n')).toEqual(story);
        const removed = new Set(a.removed.map((r) => r.line));
        expect(labels.filter((l) => l.label === 'boilerplate' && !removed.has(l.index)).map((l) => l.text)).toEqual([]);
        expect({
          title: [a.title, a.titleBasis],
          outlet: [a.outlet, a.outletBasis],
          published: [a.published, a.publishedBasis],
          author: [a.author, a.authorBasis],
          language: a.language,
        }).toEqual({
          title: [s.expected.title.value, s.expected.title.basis],
          outlet: WIRE_ONLY_MISSES.has(s.name) ? [null, 'unknown'] : [s.expected.outlet.value, s.expected.outlet.basis],
          published: [s.expected.published.value, s.expected.published.basis],
          author: [s.expected.author.value, s.expected.author.basis],
          language: s.expected.language,
        });
      }
    });
  });
});
