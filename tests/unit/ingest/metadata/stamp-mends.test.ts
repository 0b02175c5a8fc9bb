// Review revD's findings on the month-first swap, the «و» labels, the year-less English header and the labelled
// byline's pattern: each case fails without its fix.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { declaredLabelledWriter, labelledWriter } from '../../../../main/ingest/metadata/labelled-byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';

const HEADLINE = 'المجلس البلدي يؤجل جلسة التصويت على موازنة النقل العام';
const LEDE = 'أجل المجلس البلدي جلسة التصويت على موازنة النقل العام بعد خلاف بين الأعضاء على كلفة الحافلات الجديدة والمحطات.';
const MORE = 'وقال عضو في المجلس إن اللجنة المالية ستعيد النظر في الأرقام قبل الجلسة المقبلة وتقدم تقريرها إلى الرئيس.';

function published(now: string, ...lines: string[]): string | null {
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now }).published;
}

describe('a labelled byline read in time linear in the line', () => {
  it('gives nothing for long unbroken runs of letters, declared or on the page', () => {
    expect(declaredLabelledWriter('ب'.repeat(2000))).toBeNull();
    expect(declaredLabelledWriter(`${'ب'.repeat(2000)}:x`)).toBeNull();
    // Under the length cap: the pattern itself must not try every split of the run into words.
    expect(labelledWriter(`${'ب'.repeat(86)}/x:y`)).toBeNull();
    expect(declaredLabelledWriter(`${'ب'.repeat(84)}/x:y`)).toBeNull();
  });
  it('still reads a label of several words, set apart by spaces or dashes', () => {
    expect(labelledWriter('موفدنا - إلى ملعب المدينة: سامر خليل العتيبي')).toBe('سامر خليل العتيبي');
    expect(declaredLabelledWriter('بصوت: سلمى')).toBe('سلمى');
  });
});

describe('a slashed stamp read month first', () => {
  it('keeps a day-first reading one day after the import: the page\'s local day ahead of UTC', () => {
    expect(readStamp('نشر في 03/05/2026 - 01:40', '2026-05-02')?.value).toBe('2026-05-03');
    expect(published('2026-05-02', HEADLINE, 'نشر في 03/05/2026 - 01:40', LEDE, MORE)).toBeNull();
    // Two days ahead is no time zone's: month first.
    expect(readStamp('نشر في 04/05/2026 - 01:40', '2026-05-02')?.value).toBe('2026-04-05');
  });
  it('keeps the day-first reading a weekday on the line agrees with', () => {
    // 1 December 2026 is a Tuesday, 12 January a Monday.
    expect(readStamp('الثلاثاء 01/12/2026', '2026-01-15')?.value).toBe('2026-12-01');
    expect(readStamp('الاثنين 01/12/2026', '2026-01-15')?.value).toBe('2026-01-12');
  });
  it('reads a bare date in the story as it is printed, never as the page\'s stamp', () => {
    expect(readStamp('01/06/2026', '2026-01-15', { head: false })?.value).toBe('2026-06-01');
    expect(published('2026-01-15', HEADLINE, LEDE, 'موعد الجلسة الجديد:', '01/06/2026', MORE)).toBeNull();
  });
  it('reads a foot stamp alone on its line after the story month first, as the head\'s', () => {
    expect(published('2026-01-15', HEADLINE, LEDE, MORE, '01/12/2026', 'أمواج – مونتريال')).toBe('2026-01-12');
  });
});

describe('a label joined to «و»', () => {
  it('is no label opening a story sentence', () => {
    expect(readStamp('وصدر في 12 يناير 2026 قرار بالإفراج عنه.', '2026-01-15')).toBeNull();
    expect(readStamp('ونشرت في 3 يناير 2026 صور جديدة.', '2026-01-15')).toBeNull();
    expect(published('2026-01-15', HEADLINE, LEDE, 'وصدر في 12 يناير 2026 قرار بالإفراج عنه.', MORE)).toBeNull();
  });
  it('is a label after another label on the line', () => {
    expect(readStamp('نشر في العدد الورقي بتاريخ 10 يناير 2026، ونشر على الموقع 11 يناير 2026', '2026-01-15')?.label).toBe('published');
  });
});

describe('a year-less English day with a clock', () => {
  it('is a post header in the head or beside its dot, an event\'s time in the story', () => {
    expect(readStamp('March 3 at 10:00 AM', '2026-05-15')?.value).toBe('--03-03');
    expect(readStamp('March 3 at 10:00 AM', '2026-05-15', { head: false })).toBeNull();
    expect(readStamp('March 3 at 10:00 AM · 🌐', '2026-05-15', { head: false })?.value).toBe('--03-03');
    expect(readStamp('March 3', '2026-05-15', { head: false })?.value).toBe('--03-03');
    expect(published('2026-05-15', HEADLINE, LEDE, MORE, 'March 3 at 10:00 AM')).toBeNull();
  });
});
