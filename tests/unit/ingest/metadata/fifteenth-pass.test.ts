// The byline and outlet classes read from the misses of untouched-15 (branch meta15), each in strings written for the
// test: bylines of «حرّر هذا الخبر:», «من city name», two writers set apart by a bar, a name and what the writer is run
// together under the headline, a writer's box at the foot («عن الكاتب»), a newsroom – place – writer dateline, a writer
// glued to the lede by a dash under the newsroom's credit or after «بقلم:», a leading initial, «name:يكتب..» after a column's name;
// outlets from a copied address bar, a logo's file name, a desk's byline «كتب المحرر السياسي لـX», a forwarded post's
// channel and a copyright line's Latin initials. With the negatives each form needs.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { dashGluedWriter, gluedCueWriter, isPersonName, openingWriter, parseByline, parseNamePair } from '../../../../main/ingest/metadata/byline.ts';
import { newsroomPlaceWriter } from '../../../../main/ingest/metadata/dateline-byline.ts';
import { authorBoxName } from '../../../../main/ingest/metadata/author-box.ts';
import { forwardedChannel, hostLine, pageHost } from '../../../../main/ingest/metadata/page-host.ts';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { siteNameLine } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { NAME_JOINERS } from '../../../../main/text/gazetteer/name-joiners.ts';
import { NAME_LINKS, SON_OF } from '../../../../main/analysis/words/lexicon.ts';

const NOW = '2026-01-15';
const STORY = 'افتتحت البلدية صباح الأحد مكتبة صغيرة في الحديقة العامة تضم ألفي كتاب للأطفال والكبار على السواء.';
const MORE = 'وقال القائمون عليها إن المكتبة ستفتح أبوابها يوميا حتى المساء، وإن الإعارة مجانية لسكان الحي.';
const clean = (text: string): ReturnType<typeof cleanArticle> => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: NOW });
const lines = (...texts: string[]): ReturnType<typeof splitLines> => splitLines(texts.join('\n'));

describe('the name joiners', () => {
  it('are one list the byline reader and the lexicon share', () => {
    for (const w of ['بن', 'بنت', 'ولد', 'منت']) expect(NAME_JOINERS.has(w)).toBe(true);
    expect(NAME_LINKS.has('بن') && NAME_LINKS.has('بنت')).toBe(true);
    expect(SON_OF.has('ولد') && SON_OF.has('منت')).toBe(true);
    expect(isPersonName('مريم منت أحمد')).toBe(true);
  });
});

describe('the wider byline grammar', () => {
  it('reads «حرّر هذا الخبر:» and «كتب هذا التقرير:», and a writer filed from a city after «من»', () => {
    expect(parseByline('حرّر هذا الخبر: سامي الناصر')).toBe('سامي الناصر');
    expect(parseByline('كتب هذا التقرير: هدى العلي')).toBe('هدى العلي');
    expect(parseByline('من باريس كريم الهاشمي')).toBe('كريم الهاشمي');
    // «من» opens prose too: a place and words that are no name are no byline.
    expect(parseByline('من باريس إلى روما')).toBeNull();
    // So do the verbs of writing the copy: without a colon, only a person's name after them is a writer.
    expect(parseByline('أعدّت التقرير منظمة العفو الدولية.')).toBeNull();
    expect(parseByline('أعدت التقرير هدى العلي')).toBe('هدى العلي');
  });

  it('reads two writers set apart by a bar, both names opening with given names', () => {
    expect(parseNamePair('سامي الناصر | هدى العلي')).toBe('سامي الناصر وهدى العلي');
    expect(parseNamePair('أخبار العالم | اقتصاد')).toBeNull();
    expect(parseNamePair('سامي الناصر')).toBeNull();
  });

  it('reads a name whose given name is an initial, but not a title written as one', () => {
    expect(isPersonName('ك. بن سالم')).toBe(true);
    expect(isPersonName('د. سالم')).toBe(false);
  });

  it('reads a newsroom – place – writer dateline, and not a place – place one', () => {
    expect(newsroomPlaceWriter('النجمة – حمص – سامي الناصر:')).toBe('سامي الناصر');
    expect(newsroomPlaceWriter('النجمة – حمص – وزير الخارجية:')).toBeNull();
    expect(newsroomPlaceWriter('سوريا – حمص – سامي الناصر')).toBeNull();
  });

  it('reads a writer glued to the lede by a dash only under the newsroom’s credit line', () => {
    expect(dashGluedWriter(`هدى العلي - ${STORY}`, 'نجمة 24 :')).toBe('هدى العلي');
    expect(dashGluedWriter(`هدى العلي - ${STORY}`, 'الرئيسية')).toBeNull();
    expect(dashGluedWriter(`دمشق - ${STORY}`, 'نجمة 24 :')).toBeNull();
  });

  it('reads a writer glued to the story after «بقلم:», up to the family name with the article, and no office', () => {
    expect(gluedCueWriter(`بقلم: هدى العلي ${STORY}`)).toBe('هدى العلي');
    expect(gluedCueWriter('كتب: الرئيس الأمريكي في منشور أن الاتفاق قريب')).toBeNull();
    expect(gluedCueWriter('كتب: محمد على منصته أن الاتفاق قريب')).toBeNull();
  });

  it('reads a column’s writer before «:يكتب..» after the column’s name', () => {
    expect(openingWriter('زاوية | سامي الناصر:يكتب..المدينة تنتظر')).toBe('سامي الناصر');
  });

  it('reads the writer’s box at the foot, and no box without its label', () => {
    expect(authorBoxName([{ text: STORY }, { text: 'عن الكاتب' }, { text: 'هدى العلي' }, { text: 'صحافية من حمص، تكتب في الشؤون البلدية' }], 1)).toEqual({ name: 'هدى العلي', at: [1, 2] });
    expect(authorBoxName([{ text: STORY }, { text: 'مقالات ذات صلة' }, { text: 'هدى العلي' }], 1)).toBeNull();
  });

  it('takes these writers in a whole page', () => {
    expect(clean(['موقع النجمة', 'المكتبة الجديدة تفتح أبوابها للأطفال في الحي', 'سامي الناصر | هدى العلي', STORY, MORE].join('\n')).author).toBe('سامي الناصر وهدى العلي');
    expect(clean(['موقع النجمة', 'المكتبة الجديدة تفتح أبوابها للأطفال في الحي', 'هدى العلي صحافية متخصصة في الثقافة', STORY, MORE].join('\n')).author).toBe('هدى العلي');
    expect(clean(['موقع النجمة', 'المكتبة الجديدة تفتح أبوابها للأطفال في الحي', STORY, MORE, 'عن الكاتبة', 'هدى العلي'].join('\n')).author).toBe('هدى العلي');
    // A deck runs a name onto an office: the story's subject, not its writer.
    expect(clean(['موقع النجمة', 'المكتبة الجديدة تفتح أبوابها للأطفال في الحي', 'سامي الناصر عضو المجلس البلدي يستقيل', STORY, MORE].join('\n')).author).not.toBe('سامي الناصر');
  });
});

describe('the page’s own name', () => {
  it('reads a copied address bar’s host, never a file, a network or a sentence', () => {
    expect(hostLine('najma24.news/Post/details/401')).toBe('najma24.news');
    expect(hostLine('www.najma.net')).toBe('najma.net');
    expect(hostLine('logo.svg')).toBeNull();
    expect(hostLine('facebook.com/najma')).toBeNull();
    expect(pageHost(lines('najma24.news/Post/details/401', 'عنوان', STORY))).toBe('najma24.news');
    expect(pageHost(lines('عنوان', STORY, MORE, 'najma24.news'))).toBeNull();
  });

  it('reads the channel a forwarded post came from', () => {
    expect(forwardedChannel(lines('مجموعة الحي', 'Forwarded from بلدية النجمة - حمص', STORY))).toBe('بلدية النجمة - حمص');
    expect(forwardedChannel(lines('مجموعة الحي', STORY))).toBeNull();
  });

  it('drops the Latin initials after an Arabic copyright holder', () => {
    expect(copyrightHolder('© 2026 نجمة الجالية NJ. جميع الحقوق محفوظة.')).toBe('نجمة الجالية');
  });

  it('reads a known outlet’s logo file name', () => {
    expect(siteNameLine('jo24_banner')?.name).toBe('جو 24');
    expect(siteNameLine('site_banner')).toBeNull();
  });

  it('reads the newsroom a desk’s byline opening the story names, and no newsroom in a writer’s byline', () => {
    const desk = clean(['النجمة', 'الرئيسية  أخبار  آراء  اتصل بنا', 'الموازنة تتأخر مرة أخرى', `كتب المحرر الاقتصادي للنجمة: ${STORY}`, MORE].join('\n'));
    expect(desk.outlet).toBe('النجمة');
    const writer = clean(['الموازنة تتأخر مرة أخرى', `كتب سامي الناصر: ${STORY}`, MORE].join('\n'));
    expect(writer.outlet).not.toBe('كتب سامي الناصر');
  });
});
