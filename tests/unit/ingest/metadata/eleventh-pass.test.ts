// The date and byline classes read from untouched-11's misses (branch meta16), each in strings written for the test:
// a month without a day is a period, not a publication; a masthead's clock with the Hijri day is the day of the
// visit; a wire dateline without a year closed by its credit; a paper's print issue line Readability drops; bylines
// with the theme's counters run onto them, a translator's cue, the wires' «من» after the place, a name then a place
// after a slash, a name whose description follows without a separator, a writer glued to the headline by a dash, a
// writing hand before a column's «writer : headline», a name line over a long office, the newsroom's correspondent
// named in the lede.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { detectAuthor } from '../../../../main/ingest/metadata/detect-author.ts';
import { headlineWriter, iconWriter, isPersonName, ownCorrespondent, parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { isProfessionLine, nameBeforeDescriptor } from '../../../../main/ingest/metadata/head-byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { htmlMetadata } from '../../../../main/ingest/readers/html-metadata.ts';
import { parseHtmlDocument } from '../../../../main/ingest/readers/dom-shape.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const NOW = '2026-01-15';
const STORY = 'تتراجع أعداد الزوار في الحدائق العامة كل شتاء لأن البلدية تغلق أبوابها قبل الغروب بساعتين كاملتين.';
const MORE = 'ولو مدّت البلدية ساعات العمل قليلا وأضاءت الممرات لعاد إليها الناس في الأمسيات الباردة.';
const read = (text: string): { published: string | null; author: string | null } => {
  const r = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
  return { published: r.published, author: r.author };
};

describe('which printed date is the article’s', () => {
  it('takes a month and a year without a day for a period, not a publication', () => {
    expect(readStamp('العدد (91) - شعبان 1446 هـ - شباط 2025 م', NOW)).toBeNull();
    expect(read(['الحدائق تفتح حتى المساء', `عمّان، شباط 2025 ـ ${STORY}`, MORE].join('\n')).published).toBeNull();
    // A day in the same form still dates it.
    expect(read(['الحدائق تفتح حتى المساء', `عمّان، 4 شباط 2025 ـ ${STORY}`, MORE].join('\n')).published).toBe('2025-02-04');
  });

  it('takes a masthead clock with the Hijri day for the day of the visit, and the stamp under the headline over it', () => {
    expect(readStamp('الأربعاء 14 يناير 2026 09:12 ص 25 رجب 1447 هـ', NOW)?.siteClock).toBe(true);
    expect(readStamp('الأربعاء 14 يناير 2026 - 25 رجب 1447 هـ', NOW)?.siteClock).toBeUndefined();
    const clock = 'الأربعاء 14 يناير 2026 09:12 ص 25 رجب 1447 هـ';
    expect(read([clock, 'الحدائق تفتح حتى المساء في الشتاء', STORY, MORE].join('\n')).published).toBeNull();
    expect(read([clock, 'الحدائق تفتح حتى المساء في الشتاء', 'الإثنين 12 يناير 2026', STORY, MORE].join('\n')).published).toBe('2026-01-12');
  });

  it('reads a wire dateline without a year when the newsroom’s bracket closes it, dated by the import', () => {
    expect(read(['الحدائق تفتح حتى المساء', `طوكيو، 3 مارس (كيودو) -- ${STORY}`, MORE].join('\n')).published).toBe('2025-03-03');
    // Prose that names a day and a bracket is no dateline.
    expect(read(['الحدائق تفتح حتى المساء', `وقال الوزير في 3 مارس (الماضي) إن ${STORY}`, MORE].join('\n')).published).toBeNull();
  });

  it('hands the text a paper’s print issue line that Readability drops with the top bar', () => {
    const html = (bar: string): string =>
      `<html><head><title>x</title></head><body><div class="bar">${bar}</div><main><h1>عنوان</h1><p>${STORY}</p></main></body></html>`;
    expect(htmlMetadata(parseHtmlDocument(html('العدد ٣٠٢ - الأحد ٤ شعبان ١٤٤٦ هـ - ٢ فبراير ٢٠٢٥ م'))).published).toBe('العدد ٣٠٢ - الأحد ٤ شعبان ١٤٤٦ هـ - ٢ فبراير ٢٠٢٥ م');
    expect(htmlMetadata(parseHtmlDocument(html('الأحد ٢ فبراير ٢٠٢٥'))).published).toBeUndefined();
  });
});

describe('bylines in the wider grammar', () => {
  it('reads a byline with the theme’s view and comment counters run onto it', () => {
    expect(parseByline('كتب سامر الحلبي 87 مشاهدة 3')).toBe('سامر الحلبي');
    expect(parseByline('بقلم: ليلى حداد 1٬204 قراءة')).toBe('ليلى حداد');
  });

  it('reads a translator’s or interviewer’s cue before a person’s name, never before prose', () => {
    expect(parseByline('ترجمة يوسف النجار – موقع الحدث')).toBe('يوسف النجار');
    expect(parseByline('حوار: سلمى يوسف')).toBe('سلمى يوسف');
    expect(parseByline('ترجمة الرواية إلى الفرنسية')).toBeNull();
    expect(parseByline('حوار مع رئيس البلدية')).toBeNull();
    expect(parseByline('ترجمة خاصة')).toBeNull();
  });

  it('reads the wires’ «من» between the place and the writer, a middle initial kept', () => {
    expect(parsePlaceByline('صيدا - من ليلى م. حداد')).toBe('ليلى م. حداد');
    expect(isPersonName('ليلى م. حداد')).toBe(true);
    expect(isPersonName('د. ليلى حداد')).toBe(false);
    expect(parsePlaceByline('صيدا - من أجل الحدائق')).toBeNull();
  });

  it('reads a name, a slash and the place it was filed from, and no breadcrumb', () => {
    expect(parsePlaceByline('سامر الحلبي/ البصرة')).toBe('سامر الحلبي');
    expect(parsePlaceByline('البصرة / سامر الحلبي')).toBe('سامر الحلبي');
    expect(parsePlaceByline('رياضة / كرة القدم')).toBeNull();
  });

  it('cuts a description printed onto the name without a separator', () => {
    expect(nameBeforeDescriptor('ليلى حداد صحفية مستقلة')).toBe('ليلى حداد');
    expect(nameBeforeDescriptor('سامر يوسف الحلبي كاتب وباحث لبناني')).toBe('سامر يوسف الحلبي');
    expect(nameBeforeDescriptor('ليلى حداد')).toBeNull();
    const page: RawDocument = { file: 'a.html', format: 'html', encoding: 'utf-8', text: 'x', declared: { author: 'ليلى حداد صحفية مستقلة' } };
    expect(detectAuthor(page, null, null).value).toBe('ليلى حداد');
  });

  it('reads a name line over an office that names its institution, between the headline and the story', () => {
    expect(isProfessionLine('عضو المكتب السياسي في حزب الخضر الوطني')).toBe(true);
    expect(isProfessionLine('عضو المكتب السياسي في حزب الخضر الوطني يطالب بالتحقيق')).toBe(false);
    const page = ['الحدائق تفتح حتى المساء', 'سامر يوسف الحلبي', 'عضو المكتب السياسي في حزب الخضر الوطني', STORY, MORE].join('\n');
    expect(read(page).author).toBe('سامر يوسف الحلبي');
  });

  it('reads a writer glued to the headline by a dash, and no pair of teams', () => {
    expect(headlineWriter('ارتفاع أسعار الخضار في الأسواق الشعبية قبل رمضان-محمد جاسم الساعدي')).toBe('محمد جاسم الساعدي');
    expect(headlineWriter('نهائي الكأس بين الفريقين الليلة الوحدة-الجيش')).toBeNull();
    expect(headlineWriter('ارتفاع أسعار الخضار في الأسواق الشعبية - سكاي نيوز')).toBeNull();
  });

  it('reads the newsroom’s own correspondent the lede names, and no time or particle after the cue', () => {
    expect(ownCorrespondent('في التقرير الذي أعدته مراسلتنا تشانغ مي من المدينة نتعرف على التفاصيل')).toBe('تشانغ مي');
    expect(ownCorrespondent('وقال موفدنا في عدن سامي حمدان إن الميناء أغلق')).toBe('سامي حمدان');
    expect(ownCorrespondent('وذكر مراسلنا صباح اليوم أن الميناء أغلق')).toBeNull();
    expect(ownCorrespondent('وأفاد مراسلنا بأن الميناء أغلق')).toBeNull();
    expect(ownCorrespondent('نقل مراسلنا الميداني صور الميناء')).toBeNull();
    expect(read(['الميناء يغلق أبوابه', `${STORY.slice(0, -1)}، كما ينقل مراسلنا سامي حمدان من هناك.`, MORE].join('\n')).author).toBe('سامي حمدان');
  });

  it('reads the writer of a column line «✍ writer : headline» anywhere in the head', () => {
    expect(iconWriter('✍ سلمى يوسف : الشتاء الطويل في المخيمات')).toBe('سلمى يوسف');
    expect(iconWriter('✍️ : الشتاء الطويل')).toBeNull();
    expect(read(['موقع الحدائق', '✍ سلمى يوسف : الحدائق تفتح حتى المساء', STORY, MORE].join('\n')).author).toBe('سلمى يوسف');
  });
});
