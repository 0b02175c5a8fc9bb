// `npm run eval -- timeline`: story dates on annotated articles of our own (tests/eval/timeline-data/): how many dated
// story mentions resolve correctly (value and year basis, or the flag they deserve), how many timeline entries a
// past report places after its article, how many header, URL and byline lines leak into the timeline.
// The tuned set was written while the rules were developed; the untouched set only after they were frozen.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import * as dates from '../../main/text/dates/index.ts';
import { buildTimeline } from '../../main/analysis/timeline/index.ts';
import type { ArticleRecord } from '../../main/model/article.ts';

const Gold = z.object({
  line: z.number().int().nonnegative(),
  /** The date expression as written in the line. */
  date: z.string().min(1),
  value: z.string().nullable(),
  basis: z.enum(['explicit', 'inferred', 'unknown']).nullable(),
  approximate: z.boolean().optional(),
  /** A past report dated after its article: it must be flagged, not resolved. */
  flag: z.literal('after-article').optional(),
  /** A scheduled event: after the article by right. */
  future: z.boolean().optional(),
});
const Article = z.object({
  id: z.string(), country: z.string(), published: z.string(), title: z.string(), lines: z.array(z.string()).min(1),
  gold: z.array(Gold), noise: z.array(z.number().int().nonnegative()),
});
const DataSet = z.object({ set: z.string(), note: z.string(), articles: z.array(Article) });
type Article = z.infer<typeof Article>;

// The day the runs are pinned to: after every article, so no "now" bounds a year.
const NOW = '2026-01-01';

interface Mention { start: number; end: number; value: string; yearBasis: string; approximate: boolean; check?: { kind: string } }

// Today's baseline has no story-date resolver: its story dates are the tagger's.
const resolve: (text: string, context: { reference: string; now: string }) => Mention[] =
  (dates as { resolveStoryDates?: (t: string, c: object) => Mention[] }).resolveStoryDates ?? dates.findDates;

function record(a: Article): ArticleRecord {
  return {
    id: a.id, file: `${a.id}.txt`, title: a.title, titleBasis: 'explicit', outlet: null, outletBasis: 'unknown', author: null,
    authorBasis: 'unknown', published: a.published, publishedBasis: 'explicit', language: 'ar', languageBasis: 'explicit',
    body: a.lines.join('\n\n'), removed: [], format: 'txt', encoding: 'utf-8', url: null,
  };
}

function lineStarts(a: Article): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of a.lines) {
    starts.push(at);
    at += l.length + 2;
  }
  return starts;
}

function lastDay(published: string): string {
  if (published.length === 10) return published;
  if (published.length === 7) return `${published}-31`;
  return `${published}-12-31`;
}

interface Score { gold: number; correct: number; flagsExpected: number; flagsFound: number; entries: number; afterArticle: number; leaks: number; misses: string[] }

function scoreArticle(a: Article, s: Score): void {
  const body = a.lines.join('\n\n');
  const starts = lineStarts(a);
  const mentions = resolve(body, { reference: a.published, now: NOW });
  for (const g of a.gold) {
    s.gold++;
    const from = (starts[g.line] ?? 0) + (a.lines[g.line] ?? '').indexOf(g.date);
    if (from < starts[g.line]!) throw new Error(`${a.id}: «${g.date}» is not in line ${g.line}`);
    const to = from + g.date.length;
    const m = mentions.find((x) => x.start < to && x.end > from);
    let ok: boolean;
    if (g.flag !== undefined) {
      s.flagsExpected++;
      ok = m?.check?.kind === g.flag;
      if (ok) s.flagsFound++;
    } else {
      ok = m !== undefined && m.check?.kind !== 'after-article' && m.value === g.value && m.yearBasis === g.basis
        && (g.approximate === undefined || m.approximate === g.approximate);
    }
    if (ok) s.correct++;
    else s.misses.push(`${a.id}:${g.line} «${g.date}» want ${g.flag ?? `${g.value}/${g.basis}${g.approximate ? '/approx' : ''}`}, got ${m === undefined ? 'nothing' : `${m.value}/${m.yearBasis}${m.approximate ? '/approx' : ''}${m.check ? `/${m.check.kind}` : ''}`}`);
  }
  const timeline = buildTimeline([record(a)], { now: NOW });
  const futureLines = new Set(a.gold.filter((g) => g.future === true).map((g) => a.lines[g.line]));
  const noise = new Set(a.noise.map((i) => a.lines[i]));
  const end = lastDay(a.published);
  for (const e of timeline) {
    s.entries++;
    const quotes = e.sources.map((x) => x.quote);
    const lineOf = (q: string): string | undefined => a.lines.find((l) => l.includes(q) || q.includes(l));
    if (quotes.some((q) => noise.has(lineOf(q)))) {
      s.leaks++;
      s.misses.push(`${a.id} leak: «${quotes.join(' / ')}»`);
    }
    const start = e.range?.start ?? e.date;
    if (!start.startsWith('--') && start > end && !quotes.some((q) => futureLines.has(lineOf(q)))) {
      s.afterArticle++;
      s.misses.push(`${a.id} after its article (${a.published}): ${e.date} «${quotes.join(' / ')}»`);
    }
  }
}

function evaluate(file: string): { s: Score; articles: number; countries: number } {
  const data = DataSet.parse(JSON.parse(readFileSync(new URL(`./timeline-data/${file}`, import.meta.url), 'utf8')));
  const s: Score = { gold: 0, correct: 0, flagsExpected: 0, flagsFound: 0, entries: 0, afterArticle: 0, leaks: 0, misses: [] };
  for (const a of data.articles) scoreArticle(a, s);
  return { s, articles: data.articles.length, countries: new Set(data.articles.map((a) => a.country)).size };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

/** Prints the story-date table for the tuned and untouched sets. */
export async function run(): Promise<void> {
  console.log('| set | articles (countries) | dates resolved right | past reports flagged | entries after their article | header/URL/byline leaks |');
  console.log('|---|---|---|---|---|---|');
  const misses: string[] = [];
  for (const file of ['tuned.json', 'untouched.json']) {
    const { s, articles, countries } = evaluate(file);
    console.log(`| ${file.replace('.json', '')} | ${articles} (${countries}) | ${s.correct}/${s.gold} = ${pct(s.correct, s.gold)} | ${s.flagsFound}/${s.flagsExpected} | ${s.afterArticle}/${s.entries} | ${s.leaks}/${s.entries} |`);
    misses.push(...s.misses.map((m) => `${file.replace('.json', '')} ${m}`));
  }
  if (misses.length > 0) console.log(`\nmisses:\n${misses.map((m) => `- ${m}`).join('\n')}`);
  await Promise.resolve();
}
