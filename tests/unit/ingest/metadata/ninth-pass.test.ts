// The ninth pass over the metadata readers (issue 13): the classes of misses untouched-5, -6 and -7 showed, each read
// by a general mechanism and checked here on the mechanism and on its tuned fixture (tests/fixtures/formats/tuned, t70 on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { findDates } from '../../../../main/text/dates/index.ts';
import { cannotBeHeadline, headlineWeight } from '../../../../main/ingest/clean/headline-candidate.ts';
import { detectTitle } from '../../../../main/ingest/metadata/detect-title.ts';
import { menuOutlet } from '../../../../main/ingest/metadata/menu-outlet.ts';
import { ledeCredit, stampCredit } from '../../../../main/ingest/metadata/stamp-credit.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';

const NOW = '2026-01-15';
const TUNED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'formats', 'tuned');

function tuned(name: string): ArticleRecord {
  const text = readFileSync(join(TUNED, name), 'utf8');
  return cleanArticle({ file: name, format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
}

describe('the article date among the page stamps, by position', () => {
  it('takes the stamp under a standfirst of twelve words: the standfirst is not the story yet', () => {
    expect(tuned('t70-agency-standfirst-stamp-under-it.txt').published).toBe('2026-01-05');
  });

  it('takes a stamp alone on a line between the story paragraphs when the head has none', () => {
    expect(tuned('t76-stamp-between-paragraphs.txt').published).toBe('2026-01-02');
  });

  it('prefers a lede that dates itself to a page clock above the headline', () => {
    expect(tuned('t78-page-clock-above-self-dated-lede.txt').published).toBe('2026-01-08');
  });

  it('takes a live page\'s start of coverage over its last update', () => {
    expect(readStamp('بدأت التغطية: 8 كانون الثاني 2026', NOW)).toMatchObject({ value: '2026-01-08', label: 'published' });
    expect(tuned('t75-live-page-start-and-update.txt').published).toBe('2026-01-08');
  });
});

describe('stamps with a credit or a host beside them', () => {
  it('reads a short line of one date and a credit of a few words set apart by a dash or slash', () => {
    expect(readStamp('الرصد- 2 يناير 2026', NOW)?.value).toBe('2026-01-02');
    expect(readStamp('2026/01/05 منصة السهم - خاص', NOW)?.value).toBe('2026-01-05');
    expect(tuned('t72-page-dates-above-then-date-outlet-special.txt').published).toBe('2026-01-05');
    expect(tuned('t73-newsroom-dash-date-under-headline.txt').published).toBe('2026-01-02');
  });

  it('still refuses prose beside a date, dash or not', () => {
    expect(readStamp('وقال الوزير في 2 يناير 2026 - إن الخطة جاهزة', NOW)).toBeNull();
    expect(readStamp('في 2 يناير 2026 قال - الوزير', NOW)).toBeNull();
  });

  it('reads a Latin host beside a clock and an ISO date as the page furniture it is', () => {
    expect(readStamp('arabic.news-portal.example / 08:14:02 2026-01-04', NOW)?.value).toBe('2026-01-04');
  });
});

describe('wire datelines told by their credit', () => {
  it('dates a lede whose date the newsroom\'s bracketed or slashed credit closes, whatever the place', () => {
    expect(tuned('t71-host-clock-stamp-date-slash-newsroom-lede.txt').published).toBe('2026-01-04');
    expect(tuned('t77-wire-unknown-place-initials-credit.txt').published).toBe('2026-01-03');
  });
});

describe('a year-first date with spaced slashes', () => {
  it('reads «2026 / 1 / 3» when both separators are spaced alike, and not a mixed spacing', () => {
    expect(findDates('2026 / 1 / 3').map((m) => m.value)).toContain('2026-01-03');
    expect(findDates('2026 /1/ 3').map((m) => m.value)).not.toContain('2026-01-03');
    expect(tuned('t74-opinion-spaced-year-first-date.txt').published).toBe('2026-01-03');
  });
});

describe('the headline among the head\'s lines', () => {
  it('rules out a web address, a Latin banner over an Arabic story, an outlet\'s name and a date stamp', () => {
    expect(cannotBeHeadline('https://www.example.com/newspapers/2026-01-06/so', true, NOW)).toBe(true);
    expect(cannotBeHeadline('Got the app on your phone?', true, NOW)).toBe(true);
    expect(cannotBeHeadline('Got the app on your phone?', false, NOW)).toBe(false);
    expect(cannotBeHeadline('بدأت التغطية: 8 كانون الثاني 2026', true, NOW)).toBe(true);
    expect(cannotBeHeadline('هيئة البيئة تمنع الصيد في خور روري', true, NOW)).toBe(false);
  });

  it('weighs a short label below a headline the story echoes as much', () => {
    expect(headlineWeight(3, 1)).toBeLessThan(headlineWeight(9, 0.6));
    expect(headlineWeight(8, 0.5)).toBe(0.5);
  });

  it('takes the headline over a category label the page repeats, and a headline under a Blogger label banner', () => {
    expect(tuned('t79-category-label-repeated-above-headline.txt').title).toBe('مديرية الكهرباء تعلن جدولا جديدا للتقنين في الأحياء الشرقية يبدأ الأحد');
    expect(tuned('t83-blogger-label-page-headline-thrice.txt').title).toBe('حفر عشرين بئرا جديدة في قرى ريف بيدوا لمواجهة الجفاف');
    expect(tuned('t82-latin-banner-over-live-page.txt').title).toBe('نشرة الخليج: متابعة مستمرة ليوم الاثنين');
  });

  it('drops a type label, a bullet and a site name the page prints alone from the headline', () => {
    const raw = (text: string) => ({ file: 'x.txt', format: 'txt' as const, encoding: 'utf-8', text, declared: {} });
    expect(detectTitle(raw(''), 'خبر | بلدية المدينة تفتح شوارع أغلقها الركام', null).value).toBe('بلدية المدينة تفتح شوارع أغلقها الركام');
    expect(detectTitle(raw(''), 'تغطية مستمرة | موجة الصقيع تغلق الطرق', null).value).toBe('موجة الصقيع تغلق الطرق');
    expect(detectTitle(raw(''), null, null, '• هيئة البيئة تمنع الصيد في خور روري').value).toBe('هيئة البيئة تمنع الصيد في خور روري');
    expect(detectTitle(raw('الساحل الإخباري  -\nنص'), 'الساحل الإخباري - افتتاح معرض للصناعات التقليدية', null).value).toBe('افتتاح معرض للصناعات التقليدية');
    // Without the name alone elsewhere on the page, the words before the dash may be the headline's own.
    expect(detectTitle(raw('نص'), 'الساحل الإخباري - افتتاح معرض للصناعات التقليدية', null).value).toBe('الساحل الإخباري - افتتاح معرض للصناعات التقليدية');
  });

  it('gives no title when the headline found is the outlet\'s own name', () => {
    const raw = { file: 'x.txt', format: 'txt' as const, encoding: 'utf-8', text: '', declared: {} };
    expect(detectTitle(raw, 'صحيفة المرفأ اليومية', 'صحيفة المرفأ اليومية').value).toBeNull();
  });
});

describe('outlets by position: credits, a dashed template name, a vertical or barred menu', () => {
  it('reads the credit beside a stamp or closing a lede\'s dateline, never spaced initials or «خاص»', () => {
    expect(stampCredit('2026/01/05 منصة السهم - خاص')).toBe('منصة السهم');
    expect(stampCredit('الرصد- 2 يناير 2026')).toBe('الرصد');
    expect(stampCredit('2026/01/05 - خاص')).toBeNull();
    expect(ledeCredit('4 يناير 2026 /النافذة/ افتتحت الحكومة اليوم')).toBe('النافذة');
    for (const name of ['t71-host-clock-stamp-date-slash-newsroom-lede.txt', 't72-page-dates-above-then-date-outlet-special.txt', 't73-newsroom-dash-date-under-headline.txt']) {
      expect(tuned(name).outlet).not.toBeNull();
    }
    expect(tuned('t71-host-clock-stamp-date-slash-newsroom-lede.txt').outlet).toBe('النافذة');
    expect(tuned('t72-page-dates-above-then-date-outlet-special.txt').outlet).toBe('منصة السهم');
    expect(tuned('t77-wire-unknown-place-initials-credit.txt').outlet).toBeNull();
  });

  it('reads a site name over a menu of one item a line or of bars, and one its template prints with a dash', () => {
    expect(tuned('t79-category-label-repeated-above-headline.txt').outlet).toBe('حمص اليوم');
    expect(tuned('t84-site-word-bar-menu-opening-with-news.txt').outlet).toBe('مرفأ');
    expect(tuned('t81-site-name-dash-lines-before-headline.txt').outlet).toBe('الساحل الإخباري');
  });

  it('reads a name right above a menu under a page clock and a ticker, over a menu of spaced items, or in a Blogger footer', () => {
    expect(tuned('t85-page-clock-ticker-then-name-over-menu.txt').outlet).toBe('شام برس اليوم');
    expect(tuned('t86-spaced-menu-and-blogger-footer.txt').outlet).toBe('صدى الأطلس 24');
  });

  it('reads a Latin logo word alone over an Arabic page, unless the list knows the label (a shared one stays unread)', () => {
    expect(tuned('t87-latin-logo-word-over-arabic-page.txt').outlet).toBe('SahelNow');
    const page = (first: string): ArticleRecord => cleanArticle({ file: 'x.txt', format: 'txt', encoding: 'utf-8', text: `${first}\nبلدية المدينة تطلق حملة للتشجير في الأحياء\nأطلقت بلدية المدينة اليوم حملة لزراعة ألف شجرة في الأحياء الشرقية بمشاركة متطوعين من المدارس والجمعيات.\n`, declared: {} }, { now: NOW });
    expect(page('Menu').outlet).toBeNull();
    expect(page('alarab').outlet).toBeNull();
  });

  it('reads no outlet from a menu that opens on a section', () => {
    expect(menuOutlet('الأخبار | تقارير | برامج | رياضة')).toBeNull();
    expect(tuned('t75-live-page-start-and-update.txt').outlet).toBe('قناة المشرق');
  });
});
