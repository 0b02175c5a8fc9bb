// The date, outlet and byline classes read from the misses of untouched-14 (branch meta14), each in strings written
// for the test: a solar Hijri stamp and an issue line with three calendars, a German-style «D. Month YYYY», a French
// header date, a feed reader's «source | relative | date» line, a relative stamp beside the date it stands for, a
// views counter after its label, a theme's meta list Readability drops; bylines with a footnote's asterisk, «بقلم.»,
// a columnist's name right above the headline, a signature over a role line after the story, a writer glued to the
// lede by a double bar, a Mauritanian name with «ولد» and a compound «عبد» name; outlets behind a state's letterhead,
// a verified mark after a channel's name, a specialist's tagline, a desk or a biography's label in an outlet's slot,
// a title tag whose head repeats the headline, an institution's long name after a title tag's dash.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { barGluedWriter, isPersonName, parseByline } from '../../../../main/ingest/metadata/byline.ts';
import { htmlMetadata, splitTitleSuffix } from '../../../../main/ingest/readers/html-metadata.ts';
import { plausibleOutletName } from '../../../../main/ingest/metadata/outlet-name-guard.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { slotNames } from '../../../../main/ingest/metadata/slot-outlet.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { parseHtmlDocument } from '../../../../main/ingest/readers/dom-shape.ts';

const NOW = '2026-01-15';
const STORY = 'افتتحت البلدية صباح الأحد مكتبة صغيرة في الحديقة العامة تضم ألفي كتاب للأطفال والكبار على السواء.';
const MORE = 'وقال القائمون عليها إن المكتبة ستفتح أبوابها يوميا حتى المساء، وإن الإعارة مجانية لسكان الحي.';
const clean = (text: string): ReturnType<typeof cleanArticle> => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });

describe('the wider stamp grammar', () => {
  it('reads a solar Hijri stamp alone, and the Gregorian day of an issue line that prints three calendars', () => {
    expect(readStamp('٢٥ دی ١٤٠٤، ١٠:٣٠', NOW)?.value).toBe('2026-01-15');
    expect(readStamp('العدد 812 - الأحد 21 دي 1404 - 22 رجب 1447 - 11 يناير 2026', NOW)?.value).toBe('2026-01-11');
  });

  it('reads a German-style day with its dot and a French header date', () => {
    expect(readStamp('7. يناير 2026', NOW)?.value).toBe('2026-01-07');
    expect(readStamp('Lundi 12 janvier 2026', NOW)?.value).toBe('2026-01-12');
  });

  it('reads a feed reader’s bar-set fields and a relative stamp printed beside its date', () => {
    expect(readStamp('نبض الشمال | منذ 5 ساعات | 2026-01-14 22:10', NOW)?.value).toBe('2026-01-14');
    expect(readStamp('منذ يومين في 13/يناير/2026', NOW)?.value).toBe('2026-01-13');
    expect(readStamp('منذ يومين', NOW)).toMatchObject({ value: '2026-01-13', relative: true });
  });

  it('takes a views counter after its label for the stamp’s furniture', () => {
    expect(readStamp('2026-01-12 | المشاهدات: 1,204', NOW)?.value).toBe('2026-01-12');
  });

  it('reads no day out of a copyright line whose site’s name opens with a date', () => {
    expect(readStamp('14 أكتوبر نت - جميع الحقوق محفوظة', NOW)).toBeNull();
    expect(readStamp('© 2026 نبض الشمال', NOW)).toBeNull();
  });

  it('still refuses prose beside a date', () => {
    expect(readStamp('وقال المدير إن المكتبة افتتحت في 7. يناير 2026 بحضور المحافظ', NOW)).toBeNull();
  });

  it('dates a page by its stamp under the headline over an import-day clock in English above it', () => {
    const page = `Thursday 15th January 2026\nمكتبة الحديقة\nمكتبة جديدة للأطفال في الحديقة العامة\nمنذ 3 أيام في 12/يناير/2026\n${STORY}\n${MORE}`;
    expect(clean(page).published).toBe('2026-01-12');
  });
});

describe('the theme’s meta list Readability drops', () => {
  it('declares the list item that prints a year, not the poster or the comments’ count', () => {
    const page = parseHtmlDocument('<html><head><title>x</title></head><body><article><h1>عنوان</h1><ul class="meta"><li>3 تعليقات</li><li>يناير 10, 2026</li><li>Posted by: editor</li></ul><p>نص</p></article></body></html>');
    expect(htmlMetadata(page).published).toBe('يناير 10, 2026');
  });
});

describe('the wider byline forms', () => {
  it('reads a name marked for a footnote and a cue closed by a dot', () => {
    expect(parseByline('بقلم: سامي عبدالله الحداد*')).toBe('سامي عبدالله الحداد');
    expect(parseByline('بقلم. ليلى منصور')).toBe('ليلى منصور');
    const page = `مقالات\nالمدن الساحلية وصيف بلا ماء\nموقع المرصد ـ\nنورة الخطيب*:\n${STORY}\n${MORE}\n*كاتبة في شؤون البيئة`;
    expect(clean(page).author).toBe('نورة الخطيب');
  });

  it('takes a columnist’s name right above the headline, and no menu’s two words', () => {
    const column = (name: string): string => `الرئيسية\nأعمدة\n${name}\nمكتبة الحديقة وما تعلمنا إياه عن المدينة\nالثلاثاء 13 يناير 2026\n${STORY}\n${MORE}`;
    expect(clean(column('سعاد المرابط')).author).toBe('سعاد المرابط');
    expect(clean(column('مواقيت الصلاة')).author).toBeNull();
  });

  it('takes a signature over its role line after the story, a long Mauritanian name included', () => {
    const page = `مقالات\nمكتبة الحديقة وما تعلمنا إياه عن المدينة\n${STORY}\n${MORE}\nأحمد سالم ولد عبد الرحمن\nأستاذ باحث في علم الاجتماع\nتعليقات`;
    expect(clean(page).author).toBe('أحمد سالم ولد عبد الرحمن');
    expect(isPersonName('محمد الأمين ولد سيدي عبد الله')).toBe(true);
    expect(isPersonName('محمد الأمين سيدي عبد الله أحمد')).toBe(false);
  });

  it('reads a writer glued to the lede by a double bar, not a source and a city', () => {
    expect(barGluedWriter(`علي الساعدي ||  ${STORY}`)).toBe('علي الساعدي');
    expect(barGluedWriter(`حسن العامري || ${STORY}`)).toBe('حسن العامري');
    expect(barGluedWriter(`نبض الشمال | وجدة ${STORY}`)).toBeNull();
  });
});

describe('outlets in the wider forms', () => {
  it('reads an institution under a state’s letterhead, and a channel’s name without its verified mark', () => {
    const ministry = slotNames(splitLines(`المملكة الأردنية الهاشمية\nوزارة الزراعة\nالرئيسية | عن الوزارة | الأخبار | اتصل بنا\n${STORY}`), undefined);
    expect(ministry.map((n) => n.name)).toContain('وزارة الزراعة');
    const channel = slotNames(splitLines(`بلدية الريان ✔\nقناة · 12 ألف متابع\nالرئيسية | الخدمات | اتصل بنا\n${STORY}`), undefined);
    expect(channel.map((n) => n.name)).not.toContain('بلدية الريان ✔');
  });

  it('refuses a desk, a biography’s label and a specialist’s tagline as names', () => {
    expect(plausibleOutletName('المكتب الإعلامي')).toBe(false);
    expect(plausibleOutletName('تعريف بالكاتب')).toBe(false);
    expect(isOutletTagline('موقع متخصص بالشؤون الآسيوية')).toBe(true);
    expect(isOutletTagline('مجلة متخصصة في الاقتصاد')).toBe(true);
    expect(isOutletTagline('موقع نبض الشمال')).toBe(false);
  });

  it('takes no headline’s head for a newsroom when a title tag repeats the headline above it', () => {
    const page = `المكتبات العامة والقراءة: ما الذي تغير في عشر سنوات – مركز المدى للدراسات\nالمكتبات العامة والقراءة: ما الذي تغير في عشر سنوات\n${STORY}`;
    expect(slotNames(splitLines(page), undefined).filter((n) => n.slot === 'opening')).toEqual([]);
  });

  it('reads an institution’s site before its title tag’s section and headline, and no newsroom in the section', () => {
    const page = `جامعة الساحل - الأخبار - كلية الهندسة تفتتح مختبرا جديدا للطاقة الشمسية\nكلية الهندسة تفتتح مختبرا جديدا للطاقة الشمسية\n${STORY}`;
    const names = slotNames(splitLines(page), undefined);
    expect(names.find((n) => n.slot === 'header')?.name).toBe('جامعة الساحل');
    expect(clean(page).outlet).toBe('جامعة الساحل');
  });

  it('splits an institution’s long name off a title tag, not a long tail that is no name', () => {
    expect(splitTitleSuffix('المكتبات العامة والقراءة في المدن الصغيرة والكبيرة – مركز الدراسات الاستراتيجية والبحوث التنموية')).toEqual({
      title: 'المكتبات العامة والقراءة في المدن الصغيرة والكبيرة', outlet: 'مركز الدراسات الاستراتيجية والبحوث التنموية',
    });
    expect(splitTitleSuffix('المكتبات العامة والقراءة – ما الذي تغير في عشر سنوات').title).toBe('المكتبات العامة والقراءة – ما الذي تغير في عشر سنوات');
  });
});
