// What the review of the thirteenth pass found, each in strings written for the test: a copyright's preposition read
// only after the reservation, a masthead's tagline in the header that leaves the footer to be asked, a noun ending
// like a nisba that names a site, a name stretched with a tatweel after a place, a channel's day without a year.
import { describe, expect, it } from 'vitest';
import { copyrightHolder, detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { englishDates } from '../../../../main/text/dates/english-date.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';

const HEADLINE = 'البلدية تمدد ساعات فتح الحدائق العامة في الشتاء';
const STORY = 'قالت البلدية في بيان أصدرته صباح اليوم إنها ستبقي الحدائق العامة مفتوحة حتى التاسعة مساء طوال أشهر الشتاء.';
const outletOf = (text: string): string | null =>
  detectOutlet({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, splitLines(text)).value;

describe('a copyright line’s holder', () => {
  it('keeps a name’s own «ل» where no reservation precedes it', () => {
    expect(copyrightHolder('© 2025 لوسيل')).toBe('لوسيل');
  });

  it('drops the reservation’s «لـ» or detached «ل» and keeps the name whole', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة لـ لؤلؤة الوادي')).toBe('لؤلؤة الوادي');
    expect(copyrightHolder('جميع الحقوق محفوظة ل ليالي الوادي 24')).toBe('ليالي الوادي 24');
    expect(copyrightHolder('جميع الحقوق محفوظة © 2025 لـ صدى الوادي')).toBe('صدى الوادي');
  });

  it('reads a glued «لل» after the reservation as the article, and a glued «ل» as the preposition', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة للوادي نت 2026')).toBe('الوادي نت');
    expect(copyrightHolder('حقوق النشر محفوظة لموقع صدى الوادي')).toBe('موقع صدى الوادي');
  });
});

describe('a masthead’s tagline at the head of the page', () => {
  it('is passed over for the footer’s name', () => {
    expect(outletOf(['صحيفة عربية مستقلة', HEADLINE, STORY, STORY, 'تابعونا على بوابة الوادي'].join('\n'))).toBe('بوابة الوادي');
  });
});

describe('a word ending like a feminine nisba', () => {
  it('describes only when it is one: a noun so ending names the site', () => {
    expect(isOutletTagline('صحيفة يومية')).toBe(true);
    expect(isOutletTagline('صحيفة لبنانية يومية')).toBe(true);
    expect(isOutletTagline('موقع رؤية')).toBe(false);
    expect(isOutletTagline('صحيفة حرية')).toBe(false);
    expect(outletOf(['موقع رؤية', HEADLINE, STORY, STORY].join('\n'))).toBe('موقع رؤية');
  });
});

describe('a place byline', () => {
  it('reads a name stretched with a tatweel, and a spaced tatweel as the dash', () => {
    expect(parsePlaceByline('عمان - محمـد العلي')).toBe('محمـد العلي');
    expect(parsePlaceByline('عمان ـ محمد العلي')).toBe('محمد العلي');
    expect(parsePlaceByline('عمان ـ محمد العلي ـ خاص')).toBeNull();
  });

  it('drops the newsroom before a cue unless a function word shows it is prose', () => {
    expect(parseByline('أخبار الوادي تحرير: فاطمة العلي')).toBe('فاطمة العلي');
  });
});

describe('a channel’s day separator', () => {
  it('is a date without a year, its year basis unknown', () => {
    expect(englishDates('January 14')).toEqual([
      { start: 0, end: 10, text: 'January 14', value: '--01-14', approximate: false, yearBasis: 'unknown', kind: 'date' },
    ]);
    expect(englishDates('14 Jan')[0]).toMatchObject({ value: '--01-14', yearBasis: 'unknown' });
  });
});
