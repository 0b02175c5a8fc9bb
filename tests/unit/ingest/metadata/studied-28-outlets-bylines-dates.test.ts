// The mechanisms of the pass on untouched-28's outlets, bylines and dates (branch meta28), each in text of our own:
// every positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { spelledAlike } from '../../../../main/ingest/metadata/cited-outlet.ts';
import { copyrightClaim, detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';
import { isMauritanianPatronymic, isPersonName } from '../../../../main/ingest/metadata/byline.ts';
import { newsroomWriter, placeNewsroomWriter } from '../../../../main/ingest/metadata/dateline-byline.ts';
import { isDateline } from '../../../../main/ingest/metadata/dateline.ts';
import { ownDateline } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { splitTitleSuffix } from '../../../../main/ingest/readers/html-metadata.ts';

const NOW = '2026-01-15';

describe('a copyright held by a publishing house named for its paper', () => {
  const LEDE = 'بدأت البلدية أشغال تهيئة ممرات مخصصة للدراجات الهوائية على طول الكورنيش الجنوبي، بطول أربعة كيلومترات، لتخفيف الازدحام.';
  const HEADLINE = 'بلدية صفاقس تبدأ تهيئة ممرات للدراجات على طول الكورنيش';
  const FOOTER = 'جميع الحقوق محفوظة - مؤسسة الضفاف للصحافة والطباعة والنشر';
  const rulesOutlet = (...lines: string[]): string | null => {
    const text = lines.join('\n');
    return detectOutlet({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, splitLines(text)).value;
  };
  it('names the paper, its trade dropped, when the page prints that name on a line of its own', () => {
    expect(rulesOutlet('الضفاف', '', HEADLINE, '', LEDE, '', FOOTER)).toBe('الضفاف');
  });
  it('names the house when no line prints the paper\'s name alone, and keeps a holder not named as a company whole', () => {
    expect(rulesOutlet('صحيفة أسبوعية مستقلة', '', HEADLINE, '', LEDE, '', FOOTER)).toBe('الضفاف للصحافة والطباعة والنشر');
    expect(copyrightClaim('© 2026 الضفاف للصحافة')).toEqual({ holder: 'الضفاف للصحافة', company: false });
  });
});

describe('a Latin name writing the article as the sun letter it became', () => {
  it('spells the Arabic name with its article', () => {
    expect(spelledAlike('السنابل', 'As-Sanabil')).toBe(true);
  });
  it('does not drop the article before a moon letter, which a Latin name writes', () => {
    expect(spelledAlike('الكرمل', 'Karmel')).toBe(false);
  });
});

describe('a newsroom dateline with a spaced dot for its dash', () => {
  it('names the listed outlet either way round beside a known place', () => {
    expect(ownDateline('طنجة . هسبريس')?.outlet.name).toBe('هسبريس');
    expect(ownDateline('هسبريس . طنجة')?.outlet.name).toBe('هسبريس');
  });
  it('is no dateline when the other part is not a place, or a sentence follows the dot', () => {
    expect(ownDateline('هسبريس . حي شعبي')).toBeNull();
    expect(ownDateline('هسبريس . وقال الوزير إن المشروع سيكتمل قبل الصيف المقبل')).toBeNull();
  });
});

describe('a newsroom byline with a spaced tatweel for its dash and closing slashes', () => {
  it('names the writer after the masthead\'s name', () => {
    expect(newsroomWriter('الضفاف ـ ليلى بن علي//', ['الضفاف'])).toBe('ليلى بن علي');
  });
  it('names none when nothing says the first part is the newsroom', () => {
    expect(newsroomWriter('الضفاف ـ ليلى بن علي//', [])).toBeNull();
  });
});

describe('a «place - newsroom - writer» byline naming the paper by a listed outlet\'s short form', () => {
  it('names the writer', () => {
    expect(placeNewsroomWriter('الكويت - الجريدة - هدى العنزي', [])).toBe('هدى العنزي');
  });
  it('names none when the middle part is no outlet\'s name', () => {
    expect(placeNewsroomWriter('الكويت - الحكومة - هدى العنزي', [])).toBeNull();
  });
});

describe('a credit joining the newsroom and a wire', () => {
  it('names a newsroom, not a writer', () => {
    expect(namesNewsroom('هسبريس مع أ ف ب', null)).toBe(true);
    expect(namesNewsroom('الضفاف + وكالات', 'الضفاف')).toBe(true);
  });
  it('is a writer\'s when a person is one of the joined names', () => {
    expect(namesNewsroom('هدى العنزي مع أ ف ب', null)).toBe(false);
  });
});

describe('the publication and update stamps side by side on one line', () => {
  const line = 'نشر في: الجمعة 9 جانفي 2026 الساعة 10:40 ص | آخر تعديل: السبت 10 جانفي 2026 الساعة 07:15 م';
  it('is a date line that gives the publication\'s day', () => {
    expect(isDateline(line, line.split(/\s+/u).length, NOW)).toBe(true);
    expect(readStamp(line, NOW)?.value).toBe('2026-01-09');
  });
  it('is prose when the long line has no two labels', () => {
    const prose = 'وقال الوزير في 12 كانون الثاني 2026 إن المشروع الذي أعلن عنه الأسبوع الماضي سيبدأ في 13 كانون الثاني 2026 وينتهي بعد عام';
    expect(isDateline(prose, prose.split(/\s+/u).length, NOW)).toBe(false);
    expect(readStamp(prose, NOW)).toBeNull();
  });
});

describe('a section word before a numeric date above the headline', () => {
  it('is the page\'s stamp', () => {
    expect(readStamp('محليات 2026/01/09', NOW)?.value).toBe('2026-01-09');
  });
  it('is not when the word is no section label, or words follow the date', () => {
    expect(readStamp('وصل 2026/01/09', NOW)).toBeNull();
    expect(readStamp('محليات 2026/01/09 افتتاح السوق', NOW)).toBeNull();
  });
});

describe('a Mauritanian name whose given name carries the article', () => {
  it('is a person\'s name with «ولد» or «منت» after the given name', () => {
    expect(isMauritanianPatronymic('المختار ولد سيدي')).toBe(true);
    expect(isPersonName('المختار ولد سيدي')).toBe(true);
  });
  it('is not without the joiner, nor with «ولد» as the verb of a sentence', () => {
    expect(isPersonName('المختار سيدي')).toBe(false);
    expect(isPersonName('الطفل ولد في المستشفى')).toBe(false);
    expect(isMauritanianPatronymic('الطفل ولد في المستشفى أمس')).toBe(false);
  });
});

describe('a title tag closed by a Latin site name with a hyphen of its own', () => {
  it('loses the name as a suffix', () => {
    expect(splitTitleSuffix('ورشة لإصلاح قوارب الصيد تفتح أبوابها في المهدية – As-Sanabil')).toEqual({ title: 'ورشة لإصلاح قوارب الصيد تفتح أبوابها في المهدية', outlet: 'As-Sanabil' });
  });
  it('keeps a tail whose hyphen is not between Latin letters', () => {
    expect(splitTitleSuffix('عودة الطلاب إلى المدارس في المدينة - كوفيد-19').title).toBe('عودة الطلاب إلى المدارس في المدينة - كوفيد-19');
  });
});
