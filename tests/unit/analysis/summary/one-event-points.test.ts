import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { unitPersons } from '../../../../main/analysis/summary/event-persons.ts';
import { mergedOneEventGroups, withoutForeignUnits } from '../../../../main/analysis/summary/one-event-groups.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { cleanBatch } from '../../../../main/ingest/clean-article.ts';
import { readDocument } from '../../../../main/ingest/read-document.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';

const SEEDS = path.join(import.meta.dirname, '../../../fixtures/seeds');

/** The seeds as the import cleans them (the brief's own input), or the files matching `only`. */
async function cleanSeeds(only = /\.txt$/u): Promise<ArticleRecord[]> {
  const files = readdirSync(SEEDS).filter((f) => only.test(f)).sort();
  const raws = await Promise.all(files.map((f) => readDocument(path.join(SEEDS, f))));
  return cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' });
}

const sentences = [
  'استقبل الرئيس سمير الحداد في قصر الضيافة وزير الخارجية كريم النجار لبحث ملف المياه.',
  'وتناول اللقاء تقاسم مياه النهر بين البلدين.',
  'وناقش النجار مع الحداد خطة مشتركة لإدارة السدود.',
  'وقالت الوكالة إن الوزير رامي العطار التقى نظيره خالد الدباغ في العاصمة.',
  'وأضافت أن الرسالة تتعلق بتعزيز التعاون الثنائي.',
  'قال علي الحداد إن على الحكومة أن تسرع الإصلاح.',
];
const units = sentences.map((s, i) => ({ tokens: tokenise(s), articleIndex: i < 3 ? 0 : 1, position: i < 3 ? i : i - 3 }));

describe('the people a summary unit names (event-persons)', () => {
  const persons = unitPersons(units);
  it('reads a surname written after a given name, and finds it alone elsewhere', () => {
    expect([...persons.own(0)].sort()).toEqual(['حداد', 'نجار']);
    expect([...persons.own(2)].sort()).toEqual(['حداد', 'نجار']);
  });
  it('gives a sentence that names nobody the people its article named last before it', () => {
    expect(persons.own(1).size).toBe(0);
    expect([...persons.context(1)].sort()).toEqual(['حداد', 'نجار']);
    expect([...persons.context(4)].sort()).toEqual(['دباغ', 'عطار']);
  });
  it('reads «على» as the preposition, «علي» with its yeh as the name', () => {
    expect(persons.own(5).has('حكومه')).toBe(false);
    expect(persons.own(5).has('حداد')).toBe(true);
  });
});

describe('one event, one group (one-event-groups)', () => {
  const persons = unitPersons(units);
  const articles = (i: number): number[] => [units[i]?.articleIndex ?? -1];
  it('takes out of a group the nameless sentence of another article that follows an account of other people', () => {
    expect(withoutForeignUnits([[1, 4]], persons, () => 1, articles)).toEqual([[1], [4]]);
  });
  it('keeps a nameless sentence of the same people', () => {
    expect(withoutForeignUnits([[0, 1]], persons, () => 0, articles)).toEqual([[0, 1]]);
  });
  const view = (dates: Record<number, string>, sources: Record<number, string>) => ({
    date: (g: readonly number[]) => g.map((i) => dates[i]).filter((d) => d !== undefined).map((d) => ({ date: d as string, approximate: false }))[0],
    sources: (g: readonly number[]) => g.map((i) => sources[i] ?? `s${i}`),
    wording: () => 0,
  });
  it('folds a later group naming the same two people, from the same source, into the heavier one', () => {
    expect(mergedOneEventGroups([[0], [3], [2]], persons, view({}, { 0: 'a', 2: 'a', 3: 'b' }))).toEqual([[0, 2], [3]]);
  });
  it('keeps apart two groups of the same people on days that disagree', () => {
    expect(mergedOneEventGroups([[0], [2]], persons, view({ 0: '2024-12-26', 2: '2024-10-01' }, { 0: 'a', 2: 'a' }))).toEqual([[0], [2]]);
  });
  it('keeps apart groups that share one person only', () => {
    expect(mergedOneEventGroups([[0], [5]], persons, view({}, { 0: 'a', 5: 'a' }))).toEqual([[0], [5]]);
  });
});

describe('the seeds: one point per meeting, no point joining two', () => {
  it('tells the Fayyad–Assad meeting once, and composes nothing from two meetings, in the brief of seeds 002 and 004', async () => {
    const points = summarise(await cleanSeeds(/^00[24]_/u), { now: '2025-04-10' });
    expect(points.filter((p) => /فياض/u.test(p.text))).toHaveLength(1);
    // The 2024 Damascus meeting and the earlier Fayyad one: no point cites both articles.
    for (const p of points) expect(new Set(p.sources.map((s) => s.sourceId)).size, p.text).toBe(1);
  });
  it('tells the Shatri–Sharaa meeting once in the seeds brief', async () => {
    const points = summarise(await cleanSeeds(), { now: '2025-04-10' });
    expect(points.filter((p) => /الشطري/u.test(p.text))).toHaveLength(1);
  });
});
