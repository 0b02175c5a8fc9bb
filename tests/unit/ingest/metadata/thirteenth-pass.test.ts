// The date, title, outlet and byline classes read from the misses of untouched-12 and untouched-13 (branch meta13),
// each in strings written for the test: a stamp opening its line with a clock or a few words of furniture after it,
// time zones beside a clock, a channel's day separator without a year, a credit before «نشر:» without a dash, the
// site's clock above the headline against the article's relative stamp under it; a channel's coloured dot before
// «عاجل |»; a masthead's tagline; academic titles, a tatweel between place and writer, the wires' «من» with the
// writer's post, a newsroom before «تحرير:», a declared «place - writer».
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { detectAuthor } from '../../../../main/ingest/metadata/detect-author.ts';
import { parseBareName, parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { plausibleOutletName } from '../../../../main/ingest/metadata/outlet-name-guard.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const STORY = 'تتراجع أعداد الزوار في الحدائق العامة كل شتاء لأن البلدية تغلق أبوابها قبل الغروب بساعتين كاملتين.';
const MORE = 'ولو مدّت البلدية ساعات العمل قليلا وأضاءت الممرات لعاد إليها الناس في الأمسيات الباردة.';
const clean = (text: string): ReturnType<typeof cleanArticle> => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
const raw = (declared: RawDocument['declared']): RawDocument => ({ file: 'a.html', format: 'html', encoding: 'utf-8', text: '', declared });

describe('a stamp that opens its line', () => {
  it('is the stamp when its clock follows the date, whatever a scrape ran onto it', () => {
    expect(readStamp('9 كانون الثاني 2026 10:40ص الحدائق العامة تفتح أبوابها حتى المساء', NOW)?.value).toBe('2026-01-09');
  });

  it('carries up to three words of furniture after the date, never a figure or a sentence', () => {
    expect(readStamp('يناير 9, 2026 الرئيسية, منوعات', NOW)?.value).toBe('2026-01-09');
    expect(readStamp('يناير 9, 2026 وحدة البحوث الزراعية', NOW)?.value).toBe('2026-01-09');
    expect(readStamp('الجمعة 9 يناير 2026 السعر 500 فلس', NOW)).toBeNull();
    expect(readStamp('9 يناير 2026 افتتحت البلدية حديقة جديدة.', NOW)).toBeNull();
  });

  it('reads a clock beside a time zone’s name or a capital’s zone', () => {
    expect(readStamp('يناير ٩, ٢٠٢٦ ١٠:٤٠ Asia/Baghdad', NOW)?.value).toBe('2026-01-09');
    expect(readStamp('MSK 10:40 09-01-2026', NOW)?.value).toBe('2026-01-09');
  });

  it('reads a channel’s day separator without a year as the latest such day before the import', () => {
    expect(readStamp('January 9', NOW)).toMatchObject({ value: '--01-09', basis: 'inferred' });
    expect(readStamp('on January 9 the park opened', NOW)).toBeNull();
  });

  it('reads a credit joined to «نشر:» without a dash', () => {
    expect(readStamp('الحدائق نشر: 10:40 09-01-2026 آخر تحديث: 08:00 10-01-2026', NOW)).toMatchObject({ value: '2026-01-09', label: 'published' });
  });

  it('takes the relative stamp under the headline over a date of the import day above it', () => {
    const text = ['15 يناير 2026', 'الحدائق العامة تفتح أبوابها حتى المساء في الشتاء', '1 day ago 21:40', STORY, MORE].join('\n');
    expect(clean(text).published).toBe('2026-01-14');
    // A date above the headline that is not the import day keeps its place.
    expect(clean(text.replace('15 يناير 2026', '12 يناير 2026')).published).toBe('2026-01-12');
  });
});

describe('titles and mastheads', () => {
  it('takes a channel’s coloured dot and «عاجل |» off a headline', () => {
    expect(clean(['🔴 عاجل | البلدية: الحدائق العامة تفتح أبوابها حتى المساء', STORY, MORE].join('\n')).title).toBe('البلدية: الحدائق العامة تفتح أبوابها حتى المساء');
  });

  it('tells a masthead’s tagline from an outlet’s name and from a headline', () => {
    expect(isOutletTagline('صحيفة عربية مستقلة')).toBe(true);
    expect(isOutletTagline('جريدة يومية - نابلس - تأسست عام 1990')).toBe(true);
    expect(isOutletTagline('مجلة يصدرها اتحاد الكتاب')).toBe(true);
    expect(isOutletTagline('صحيفة الأيام')).toBe(false);
    expect(isOutletTagline('موقع بوابتي')).toBe(false);
    expect(isOutletTagline('صحيفة عبرية تكشف تفاصيل الصفقة')).toBe(false);
    expect(plausibleOutletName('جريدة يومية')).toBe(false);
    expect(plausibleOutletName('جريدة الأيام')).toBe(true);
  });
});

describe('a copyright holder after «لـ»', () => {
  it('gives back the article «لـ» swallowed («لل…» is «لـ» and «ال…»)', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة للحدائق نت 2026')).toBe('الحدائق نت');
    expect(copyrightHolder('جميع الحقوق محفوظة لـ الحدائق نت 2026')).toBe('الحدائق نت');
  });
});

describe('bylines', () => {
  it('drops academic and professional titles before a name', () => {
    expect(parseBareName('أ.د. سامر القيسي')).toBe('سامر القيسي');
    expect(parseBareName('الأستاذ الدكتور سامر القيسي')).toBe('سامر القيسي');
    expect(parseBareName('أ.م.د. سامر القيسي')).toBe('سامر القيسي');
  });

  it('reads a tatweel between the place and the writer', () => {
    expect(parsePlaceByline('إربد ـ سامر القيسي')).toBe('سامر القيسي');
  });

  it('reads the wires’ «من» with the writer’s post after a comma, and a newsroom before «تحرير:»', () => {
    expect(parseByline('من سامر القيسي، مراسل موقع الحدائق')).toBe('سامر القيسي');
    expect(parseByline('من سامر القيسي، وقال إن الحدائق تفتح')).toBeNull();
    expect(parseByline('نبض المدينة تحرير: سامر القيسي، هالة يوسف')).toBe('سامر القيسي وهالة يوسف');
    expect(parseByline('رئيس التحرير: سامر القيسي')).toBeNull();
  });

  it('takes the writer from a declared «place - writer»', () => {
    expect(detectAuthor(raw({ author: 'إربد - سامر القيسي' }), null, null).value).toBe('سامر القيسي');
    expect(detectAuthor(raw({ author: 'سامر القيسي' }), null, null).value).toBe('سامر القيسي');
  });
});
