import { describe, expect, it } from 'vitest';
import { SummaryPoint, TimelineEntry } from '../../../../main/model/brief.ts';
import { withEventDates } from '../../../../main/analysis/timeline/event-dates-agree.ts';
import { oneEventDate } from '../../../../main/analysis/summary/one-event-date.ts';

const A = 'وصل وفد الوساطة إلى الدوحة في 4 أيار لاستئناف المحادثات، بعد جولة فاشلة في 20 نيسان 2025.';
const B = 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025.';

function entry(date: string, text: string, cites: [string, string][], extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return TimelineEntry.parse({ id: `tl-${date}-${text.length}`, included: true, edited: false, manual: false, date, approximate: false, text, sources: cites.map(([sourceId, quote]) => ({ sourceId, quote })), ...extra });
}

function point(event: Record<string, unknown>, cites: [string, string][]): SummaryPoint {
  return SummaryPoint.parse({ id: 'sum-1', included: true, edited: false, manual: false, text: B, sources: cites.map(([sourceId, quote]) => ({ sourceId, quote })), event: { actors: [], places: [], ...event } });
}

describe('withEventDates', () => {
  it('gives a yearless entry of the point event the point year, said as inferred, and leaves the sentence other date alone', () => {
    const timeline = [
      entry('2025-04-20', 'جولة فاشلة في 20 نيسان 2025', [['a', A]]),
      entry('2025-05-04', 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025', [['b', B]]),
      entry('--05-04', 'وصل وفد الوساطة إلى الدوحة في 4 أيار لاستئناف المحادثات', [['a', A]]),
    ];
    const out = withEventDates([point({ date: '2025-05-04', approximate: false }, [['b', B], ['a', A]])], timeline, ['a', 'b']);
    expect(out.timeline.map((e) => [e.date, e.sources.map((s) => s.sourceId), e.dateBasis ?? null])).toEqual([
      ['2025-04-20', ['a'], null],
      ['2025-05-04', ['a', 'b'], 'inferred'],
    ]);
    expect(out.timeline[1]?.yearFrom).toEqual({ rule: 'same-event' });
    expect(out.summary[0]?.event).toMatchObject({ date: '2025-05-04', dateBasis: 'inferred', yearFrom: { rule: 'same-event' } });
  });

  it('gives a yearless point the year its entry found, with the entry basis', () => {
    const yearFrom = { rule: 'selection-dates' as const, sourceId: 'b' };
    const timeline = [entry('2024-12-08', 'وصل وفد الوساطة إلى الدوحة', [['a', A]], { dateBasis: 'inferred', yearFrom })];
    const out = withEventDates([point({ date: '--12-08', approximate: false }, [['a', A]])], timeline);
    expect(out.summary[0]?.event).toMatchObject({ date: '2024-12-08', dateBasis: 'inferred', yearFrom });
    expect(out.timeline.map((e) => e.date)).toEqual(['2024-12-08']);
  });

  it('cites in the event entry every source its point cites, so both count one number of independent sources (issue 14)', () => {
    const C = 'والتقى الوفد في الدوحة وزير الخارجية القطري مساء اليوم نفسه.';
    const timeline = [entry('2025-05-04', 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025', [['b', B]])];
    const out = withEventDates([point({ date: '2025-05-04', approximate: false }, [['b', B], ['c', C]])], timeline, ['b', 'c']);
    expect(out.timeline.map((e) => [e.date, e.sources.map((s) => s.sourceId), e.independentSources])).toEqual([['2025-05-04', ['b', 'c'], 2]]);
  });

  it('folds into the event entry the entry of a sentence that tells the event with another count, which the point does not cite', () => {
    const E = 'وأعلنت الوساطة أن وفدا من 12 عضوا وصل إلى الدوحة يوم 4 أيار 2025.';
    const told = { sourceId: 'e', quote: E };
    const timeline = [entry('2025-05-04', 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025', [['b', B]]), entry('2025-05-04', 'وصل وفد من 12 عضوا إلى الدوحة', [['e', E]])];
    const cites = point({ date: '2025-05-04', approximate: false }, [['b', B]]);
    const out = withEventDates([cites], timeline, ['b', 'e'], [[...cites.sources, told]]);
    expect(out.timeline.map((e) => [e.date, e.sources.map((s) => s.sourceId)])).toEqual([['2025-05-04', ['b', 'e']]]);
    expect(out.summary[0]?.sources.map((s) => s.sourceId)).toEqual(['b']);
    // Without the event's other sentences, the point's citations alone: the other entry stays its own.
    expect(withEventDates([cites], timeline, ['b', 'e']).timeline).toHaveLength(2);
  });

  it('folds into the event entry a coarser entry of its sentences whose span holds the day, never one that does not', () => {
    const D = 'ووصل وفد الوساطة إلى الدوحة في أوائل أيار 2025، بحسب الوكالة.';
    const early = entry('2025-05', 'وصل وفد الوساطة إلى الدوحة في أوائل أيار 2025', [['d', D]], { approximate: true, range: { start: '2025-05-01', end: '2025-05-10' } });
    const timeline = [entry('2025-05-04', 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025', [['b', B]]), early];
    const out = withEventDates([point({ date: '2025-05-04', approximate: false }, [['b', B], ['d', D]])], timeline, ['b', 'd']);
    expect(out.timeline.map((e) => [e.date, e.sources.map((s) => s.sourceId)])).toEqual([['2025-05-04', ['b', 'd']]]);
    const late = entry('2025-05', 'وصل وفد الوساطة إلى الدوحة في أواخر أيار 2025', [['d', D]], { approximate: true, range: { start: '2025-05-21', end: '2025-05-31' } });
    const apart = withEventDates([point({ date: '2025-05-04', approximate: false }, [['b', B], ['d', D]])], [timeline[0]!, late], ['b', 'd']);
    expect(apart.timeline.map((e) => e.date)).toEqual(['2025-05-04', '2025-05']);
  });

  it('leaves the timeline as it is when no dated point cites its entries', () => {
    const timeline = [entry('2025-05-04', 'وصل وفد الوساطة القطري إلى الدوحة يوم 4 أيار 2025', [['b', B]])];
    expect(withEventDates([point({}, [['b', B]])], timeline).timeline).toEqual(timeline);
  });
});

describe('oneEventDate', () => {
  it('takes the year of a day another source of the event writes in full, saying where it came from', () => {
    const one = oneEventDate([
      { sourceId: 'a', dates: [{ date: '--05-04', approximate: false }] },
      { sourceId: 'b', dates: [{ date: '2025-05-04', approximate: false, yearKnown: true }] },
    ]);
    expect(one).toEqual({ value: { date: '2025-05-04', approximate: false, yearKnown: true }, yearFrom: { rule: 'same-event', sourceId: 'b' } });
  });

  it('prefers a written date to a weekday resolved against the article date', () => {
    const one = oneEventDate([
      { sourceId: 'a', dates: [{ date: '2025-03-13', approximate: false, yearKnown: false }] },
      { sourceId: 'b', dates: [{ date: '2025-03-12', approximate: false, yearKnown: true }] },
    ]);
    expect(one).toEqual({ value: { date: '2025-03-12', approximate: false, yearKnown: true } });
  });
});
