import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TimelineEntry } from '../../../../main/model/brief.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { buildTimeline } from '../../../../main/analysis/timeline/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

function article(id: string, body: string, published: string | null = null): ArticleRecord {
  return articleRecord(id, body, { published, publishedBasis: published === null ? 'unknown' : 'explicit' });
}

describe('buildTimeline', () => {
  it('merges the same event reported by several sources, keeping every citation', () => {
    const a = article('a', 'أفرجت السلطات السورية عن عشرات المقاتلين العراقيين المحتجزين في 3 مارس 2025 بعد وساطة.');
    const b = article('b', 'وفي 3 مارس 2025، أفرجت دمشق عن المقاتلين العراقيين المحتجزين في سجونها.\nوعقد البرلمان جلسة طارئة في 3 مارس 2025 لبحث الموازنة.');
    const timeline = buildTimeline([a, b]);
    expect(timeline).toHaveLength(2);
    const release = timeline.find((e) => e.sources.length === 2);
    expect(release?.date).toBe('2025-03-03');
    expect(release?.sources.map((s) => s.sourceId)).toEqual(['a', 'b']);
    expect(release?.sources[1]?.quote).toBe('وفي 3 مارس 2025، أفرجت دمشق عن المقاتلين العراقيين المحتجزين في سجونها.');
    const session = timeline.find((e) => e.sources.length === 1);
    expect(session?.text).toBe('عقد البرلمان جلسة طارئة في 3 مارس 2025 لبحث الموازنة');
  });

  it('gives each of two dates in one sentence its own clause, citing the whole sentence', () => {
    const body = 'زار الوزير بغداد في 3 مارس 2024، ثم عاد إلى عمان في 9 مارس 2024 لإجراء محادثات.';
    const timeline = buildTimeline([article('a', body)]);
    expect(timeline.map((e) => [e.date, e.text])).toEqual([
      ['2024-03-03', 'زار الوزير بغداد في 3 مارس 2024'],
      ['2024-03-09', 'عاد إلى عمان في 9 مارس 2024 لإجراء محادثات'],
    ]);
    expect(timeline.every((e) => e.sources[0]?.quote === body)).toBe(true);
  });

  it('cuts at «و» when a sentence has no comma between its dates', () => {
    const body = 'وقعت الحكومة الاتفاق في 5 يناير 2023 وصادق عليه البرلمان في 20 فبراير 2023.';
    expect(buildTimeline([article('a', body)]).map((e) => e.text)).toEqual([
      'وقعت الحكومة الاتفاق في 5 يناير 2023', 'صادق عليه البرلمان في 20 فبراير 2023',
    ]);
  });

  it('resolves relative dates against the publication date and skips the dateline', () => {
    const body = '12 فبراير 2025 - 10:30 ص\nأعلنت وزارة الداخلية أمس اعتقال خلية مسلحة في الأنبار.\nوكان وزير الدفاع قد زار المحافظة الأسبوع الماضي.';
    const timeline = buildTimeline([article('a', body, '2025-02-12')]);
    expect(timeline.map((e) => [e.date, e.approximate, e.text])).toEqual([
      // The week before, counted from Sunday as Arab newsrooms count it (relative-unit-rules.ts).
      ['2025-02-02', true, 'وزير الدفاع قد زار المحافظة الأسبوع الماضي'],
      ['2025-02-11', false, 'أعلنت وزارة الداخلية أمس اعتقال خلية مسلحة في الأنبار'],
    ]);
    expect(timeline[0]?.range).toEqual({ start: '2025-02-02', end: '2025-02-08' });
  });

  it('keeps yearless dates, sorted after the dated ones', () => {
    const timeline = buildTimeline([article('a', 'أعلنت اللجنة النتائج في 26 من آب.\nتأسست اللجنة عام 2014 بقرار حكومي.')]);
    expect(timeline.map((e) => e.date)).toEqual(['2014', '--08-26']);
  });

  it('merges a yearless report with a dated report of the same event, keeping the precise date', () => {
    const a = article('a', 'افتتح رئيس الوزراء مستشفى الكرامة الجديد في الموصل يوم 26 من آب.');
    const b = article('b', 'افتتح رئيس الوزراء في 26 آب 2021 مستشفى الكرامة في الموصل.');
    const timeline = buildTimeline([a, b]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.date).toBe('2021-08-26');
    expect(timeline[0]?.sources.map((s) => s.sourceId)).toEqual(['a', 'b']);
  });

  it('is deterministic, sorted and gives stable ids', () => {
    const arts = [
      article('a', 'في أواخر ديسمبر الماضي زار الوفد دمشق. وفي 2 يناير وقع الطرفان مذكرة تفاهم.', '2025-01-20'),
      article('b', 'وقع الطرفان في 2 يناير 2025 مذكرة التفاهم الأمنية. وبدأت المفاوضات عام 2023.'),
    ];
    const first = buildTimeline(arts);
    expect(buildTimeline(arts)).toEqual(first);
    expect(first.map((e) => e.date)).toEqual(['2023', '2024-12', '2025-01-02']);
    expect(first[2]?.sources).toHaveLength(2);
    expect(new Set(first.map((e) => e.id)).size).toBe(first.length);
    for (const e of first) expect(TimelineEntry.safeParse(e).success).toBe(true);
  });
});

describe('buildTimeline — weekdays against each article of a selection', () => {
  // 16 October 2026 is a Friday; each article is dated that day, the selection assembled weeks later.
  const friday = (id: string, body: string): ArticleRecord => article(id, body, '2026-10-16');
  const timeline = buildTimeline([
    friday('a', 'اندلعت مواجهات في الحلة مساء الخميس 15 أكتوبر قبل الانتخابات المقررة.'),
    friday('b', 'قررت السلطات استئناف الرحلات الجوية بداية من يوم السبت بعد توقف دام أسبوعين.'),
    friday('c', 'وأشار البيان إلى الجولة الثانية من المفاوضات التي عقدت الأربعاء في مسقط بعد أزمة بدأت منذ ثلاثة أيام.'),
    friday('d', 'وقال المتحدث إن اللجنة الوزارية ستجتمع الخميس لبحث ملف المحتجين.'),
  ], { now: '2026-12-03' });
  const dateOf = (id: string): string[] => timeline.filter((e) => e.sources.some((s) => s.sourceId === id)).map((e) => e.date);

  it('dates a past weekday and day before the article, never a year after it', () => {
    expect(dateOf('a')).toEqual(['2026-10-15']);
  });

  it('dates «بداية من السبت» by the next Saturday and an announced meeting by the next such weekday', () => {
    expect(dateOf('b')).toEqual(['2026-10-17']);
    expect(dateOf('d')).toEqual(['2026-10-22']);
  });

  it('marks as planned only the entries every source dates after itself', () => {
    const planned = (id: string): Array<boolean | undefined> => timeline.filter((e) => e.sources.some((s) => s.sourceId === id)).map((e) => e.planned);
    expect([planned('a'), planned('b'), planned('c'), planned('d')]).toEqual([[undefined], [true], [undefined], [true]]);
    // A later article that reports the meeting as held: the entry is no longer only announced.
    const held = buildTimeline([
      friday('d', 'وقال المتحدث إن اللجنة الوزارية ستجتمع الخميس لبحث ملف المحتجين.'),
      article('e', 'واجتمعت اللجنة الوزارية يوم الخميس 22 أكتوبر لبحث ملف المحتجين.', '2026-10-23'),
    ]);
    expect(held.map((e) => [e.date, e.sources.length, e.planned])).toEqual([['2026-10-22', 2, undefined]]);
    // An article whose year is unknown cannot say its dates are ahead of it.
    expect(buildTimeline([article('f', 'وستجتمع اللجنة في 22 أكتوبر 2026 لبحث الملف.', '--10-16')])[0]?.planned).toBeUndefined();
  });

  it('dates an event by its own weekday, not by the «منذ» start of another event in its sentence', () => {
    expect(dateOf('c')).toEqual(['2026-10-14']);
  });
});

describe('buildTimeline on the sample articles', () => {
  const dir = join(import.meta.dirname, '../../../fixtures/seeds');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => article(f, readFileSync(join(dir, f), 'utf8')));
  const timeline = buildTimeline(articles, { now: '2025-06-01' });

  it('finds events, each citing a sentence of its article verbatim', () => {
    expect(timeline.length).toBeGreaterThan(5);
    const bodies = new Map(articles.map((a) => [a.id, a.body]));
    for (const entry of timeline) {
      expect(TimelineEntry.safeParse(entry).success).toBe(true);
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const s of entry.sources) expect(bodies.get(s.sourceId)).toContain(s.quote);
      expect(entry.text.length).toBeGreaterThan(0);
    }
  });

  it('gives sorted entries with real dates and no duplicates', () => {
    const dated = timeline.filter((e) => !e.date.startsWith('--'));
    const yearless = timeline.filter((e) => e.date.startsWith('--'));
    expect(timeline).toEqual([...dated, ...yearless]);
    const starts = dated.map((e) => e.range?.start ?? e.date);
    expect([...starts].sort()).toEqual(starts);
    for (const e of timeline) {
      const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(e.date) ?? /^--(\d{2})-(\d{2})$/.exec(e.date);
      expect(iso).not.toBeNull();
    }
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
    expect(new Set(timeline.map((e) => `${e.date}|${e.text}`)).size).toBe(timeline.length);
  });
});
