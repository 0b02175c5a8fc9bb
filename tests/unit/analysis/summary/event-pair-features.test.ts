import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../../../main/analysis/summary/bag-of-words.ts';
import type { EventDateValue } from '../../../../main/analysis/summary/event-dates.ts';
import { pairContext } from '../../../../main/analysis/summary/event-pair-context.ts';
import { PAIR_FEATURES, pairFeatures } from '../../../../main/analysis/summary/event-pair-features.ts';
import type { EventUnit } from '../../../../main/analysis/summary/events.ts';
import { tfidfVectors } from '../../../../main/analysis/summary/tfidf.ts';

// Four sentences of three sources (own text): two tell one landslide on one day in other words, a third the same
// landslide on another day, a fourth another matter of the story.
const TEXTS = [
  'انهار جزء من الطريق الجبلي قرب قرية الصفصاف صباح الأحد بعد أمطار غزيرة.',
  'أغلقت السلطات الطريق الجبلي المؤدي إلى قرية الصفصاف إثر انهيار أرضي يوم الأحد.',
  'انهار جزء من الطريق الجبلي قرب قرية الصفصاف يوم الخميس وفق شهود.',
  'دعا نواب المنطقة الحكومة إلى تخصيص ميزانية لصيانة الطرق القروية.',
];
const DATES: EventDateValue[][] = [
  [{ date: '2027-01-10', approximate: false, yearKnown: true }],
  [{ date: '2027-01-10', approximate: false, yearKnown: true }],
  [{ date: '2027-01-14', approximate: false, yearKnown: true }],
  [],
];

function units(): EventUnit[] {
  const vectors = tfidfVectors(TEXTS.map(contentTerms));
  return TEXTS.map((text, i): EventUnit => ({
    articles: [i],
    text,
    vector: vectors[i] ?? new Map<string, number>(),
    places: [{ key: 'صفصاف', text: 'قرية الصفصاف', cued: true }].filter(() => i < 3),
    phrases: i < 3 ? ['ph:طريق جبلي'] : [],
    lead: i !== 2,
    day: 20_000 + i,
  }));
}

const feature = (values: readonly number[], name: (typeof PAIR_FEATURES)[number]): number => values[PAIR_FEATURES.indexOf(name)] ?? NaN;

describe('same-event pair features', () => {
  const ctx = pairContext(units(), (i) => DATES[i] ?? []);

  it('gives one value per named feature, each finite', () => {
    const f = pairFeatures(ctx, 0, 1);
    expect(f).toHaveLength(PAIR_FEATURES.length);
    for (const x of f) expect(Number.isFinite(x)).toBe(true);
  });

  it('says when both tell event senses and share none (two kinds of action), not when one tells none', () => {
    const us = units();
    const arrive = { keys: new Set(['arrive']), stems: new Set(['وصل']) };
    const land = { keys: new Set(['land']), stems: new Set(['هبط']) };
    const twoKinds = pairContext(us.map((u, i) => (i === 0 ? { ...u, senses: arrive } : i === 1 ? { ...u, senses: land } : u)), (i) => DATES[i] ?? []);
    expect(feature(pairFeatures(twoKinds, 0, 1), 'senses-differ')).toBe(1);
    // A verb the lexicon lacks says nothing of the kind of action: no difference read from the gap.
    const oneSided = pairContext(us.map((u, i) => (i === 0 ? { ...u, senses: arrive } : u)), (i) => DATES[i] ?? []);
    expect(feature(pairFeatures(oneSided, 0, 1), 'senses-differ')).toBe(0);
    expect(feature(pairFeatures(ctx, 0, 1), 'senses-differ')).toBe(0);
    const both = pairContext(us.map((u, i) => (i < 2 ? { ...u, senses: arrive } : u)), (i) => DATES[i] ?? []);
    expect(feature(pairFeatures(both, 0, 1), 'senses-differ')).toBe(0);
  });

  it('says two reports of one day agree and share a place and a rare phrase', () => {
    const f = pairFeatures(ctx, 0, 1);
    expect(feature(f, 'both-dated')).toBe(1);
    expect(feature(f, 'dates-agree')).toBe(1);
    expect(feature(f, 'same-day')).toBe(1);
    expect(feature(f, 'dates-conflict')).toBe(0);
    expect(feature(f, 'place-shared')).toBe(1);
    expect(feature(f, 'phrase-shared')).toBe(1);
    expect(feature(f, 'both-lead')).toBe(1);
    expect(feature(f, 'article-gap')).toBeCloseTo(1 / 7);
    expect(feature(f, 'gap-unknown')).toBe(0);
  });

  it('says two days four apart conflict, and a lead beside a later sentence is not both leads', () => {
    const f = pairFeatures(ctx, 0, 2);
    expect(feature(f, 'dates-conflict')).toBe(1);
    expect(feature(f, 'same-day')).toBe(0);
    expect(feature(f, 'day-within-2')).toBe(0);
    expect(feature(f, 'both-lead')).toBe(0);
    expect(feature(f, 'cosine')).toBeGreaterThan(feature(pairFeatures(ctx, 0, 1), 'cosine'));
  });

  it('gives an undated sentence about another matter no date, place or anchor in common', () => {
    const f = pairFeatures(ctx, 0, 3);
    for (const name of ['both-dated', 'dates-agree', 'dates-conflict', 'place-shared', 'phrase-shared', 'anchor-shared'] as const) expect(feature(f, name)).toBe(0);
    expect(feature(f, 'shared-stems')).toBeLessThan(feature(pairFeatures(ctx, 0, 1), 'shared-stems'));
  });

  it('marks a missing article date as unknown rather than as no gap', () => {
    const us = units().map((u, i): EventUnit => {
      if (i !== 1) return u;
      const { day: _day, ...undated } = u;
      return undated;
    });
    const f = pairFeatures(pairContext(us, (i) => DATES[i] ?? []), 0, 1);
    expect(feature(f, 'gap-unknown')).toBe(1);
    expect(feature(f, 'article-gap')).toBe(0);
  });
});
