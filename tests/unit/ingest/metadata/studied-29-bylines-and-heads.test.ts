// The mechanisms of the pass on untouched-29's bylines and titles (branch meta29), each in text of our own: every
// positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { openingWriter, parseByline, withoutFiledPlace } from '../../../../main/ingest/metadata/byline.ts';
import { splitWriterPrefix } from '../../../../main/ingest/metadata/headline-furniture.ts';
import { isEditorsMasthead } from '../../../../main/ingest/metadata/masthead.ts';
import { isAudienceCount } from '../../../../main/ingest/clean/audience-count.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';
import { copyrightClaim } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { relativeStamp } from '../../../../main/ingest/metadata/relative-stamp.ts';
import { outletShaped } from '../../../../main/ingest/metadata/outlet-shape.ts';

const NOW = '2026-01-15';

describe('the city a byline element names after the writer', () => {
  it('is cut off after «من» or a spaced dash, a tatweel too, when the gazetteer knows the place', () => {
    expect(withoutFiledPlace('سامر القحطاني من جدة')).toBe('سامر القحطاني');
    expect(withoutFiledPlace('ريم الشمري ـ دولة الكويت')).toBe('ريم الشمري');
    expect(parseByline('بقلم : ريم الشمري ـ دولة الكويت')).toBe('ريم الشمري');
  });
  it('keeps words after «من» that are no place, and a tatweel inside a word', () => {
    expect(withoutFiledPlace('سامر القحطاني من أهل الحي')).toBe('سامر القحطاني من أهل الحي');
    expect(parseByline('بقلم: ريـم الشمري')).toBe('ريـم الشمري');
  });
});

describe("a blog's «نشرها» poster whose given name the gazetteer lacks", () => {
  it('is a person when the name joins the father\'s by «بن»', () => {
    expect(parseByline('نشرها زعبنوت بن راشد الكلباني في 6:15 م')).toBe('زعبنوت بن راشد الكلباني');
  });
  it('is no person without a joiner, the given name unknown', () => {
    expect(parseByline('نشرها زعبنوت الكلباني في 6:15 م')).toBeNull();
    expect(parseByline('نشره الموقع اليوم في 6:15 م')).toBeNull();
  });
});

describe("a newsroom's name before an interviewer's cue and the interview's place", () => {
  it('credits the interviewer after the slash', () => {
    expect(parseByline('الوادي نت - حاوره في سيئون / فهد بامطرف -')).toBe('فهد بامطرف');
  });
  it('does not read a sentence of an interview held somewhere as a byline', () => {
    expect(parseByline('الوادي نت - حاوره في سيئون عدد من الصحفيين عن خطة الميناء')).toBeNull();
  });
});

describe("a columnist's headline «الكاتب الصحفي فلان يكتب .. العنوان»", () => {
  it('splits the writer, his standing dropped, from the title after the dots', () => {
    expect(openingWriter('الكاتب الصحفي حسام عبد المنعم يكتب .. حديقة الحي التي زرعها الجيران')).toBe('حسام عبد المنعم');
    expect(splitWriterPrefix('الكاتب الصحفي حسام عبد المنعم يكتب .. حديقة الحي التي زرعها الجيران')?.title).toBe('حديقة الحي التي زرعها الجيران');
  });
  it('does not split a headline whose subject writes something', () => {
    expect(splitWriterPrefix('وزير التربية يكتب رسالة إلى المعلمين في أول أيام الدراسة')).toBeNull();
  });
  it('is the headline under a ticker the cleaner took for the story\'s start', () => {
    const text = [
      'بوابة النهر',
      'رئيس مجلس الإدارة ورئيس التحرير سامي الدمرداش',
      'مستشار التحرير هشام عبد الرؤوف',
      'ضبط مخزن أعلاف مخالفة في البحيرة محافظ قنا يفتتح مدرسة جديدة الأرصاد: أمطار خفيفة على السواحل الشمالية غدا الأهلي يستعيد لاعبه المصاب قبل مباراة الأحد',
      '',
      'الكاتب الصحفي حسام عبد المنعم يكتب .. حديقة الحي التي زرعها الجيران',
      '',
      'في حي صغير على أطراف المدينة، زرع الجيران حديقة على أرض خالية بعد أن انتظروا سنوات أن تأتي البلدية، وجمعوا ثمن الشتلات من بيوتهم.',
      '',
      'واليوم صارت الحديقة مكان لقاء الأطفال بعد المدرسة، ويتناوب الجيران على سقيها وتنظيفها كل صباح، وطلبوا من البلدية أن تعترف بها.',
    ].join('\n');
    const r = classifyLines(text, { now: NOW });
    expect(r.titleLine).toBe(5);
  });
});

describe("a masthead's editorial adviser and secretary", () => {
  it('are masthead lines, never the headline', () => {
    expect(isEditorsMasthead('مستشار التحرير هشام عبد الرؤوف')).toBe(true);
    expect(isEditorsMasthead('سكرتير التحرير منى فؤاد')).toBe(true);
  });
  it('an adviser of someone else heads a story', () => {
    expect(isEditorsMasthead('مستشار الرئيس للشؤون الاقتصادية يزور ميناء السخنة')).toBe(false);
  });
});

describe("a channel's audience count under its name", () => {
  it('is furniture', () => {
    expect(isAudienceCount('قناة · 87 ألف مشترك')).toBe(true);
    expect(isAudienceCount('12.5K subscribers')).toBe(true);
  });
  it('a headline with a count of members says more', () => {
    expect(isAudienceCount('87 ألف مشترك جديد في برنامج التأمين الصحي')).toBe(false);
  });
});

describe("a copyright's holder after a dash or in brackets", () => {
  it('keeps a «ل» that opens the name after a dash, and drops the brackets and «جميع» of «جميع حقوق النشر»', () => {
    expect(copyrightClaim('جميع الحقوق محفوظة - لبدة اليوم 2026')?.holder).toBe('لبدة اليوم');
    expect(copyrightClaim('جميع حقوق النشر محفوظة 2026 لـ(الوادي نت)')?.holder).toBe('الوادي نت');
  });
  it('still reads a glued «ل» right after the clause as its preposition, and «لموقع» after a dash', () => {
    expect(copyrightClaim('جميع الحقوق محفوظة لبوابة النخيل')?.holder).toBe('بوابة النخيل');
    expect(copyrightClaim('جميع الحقوق محفوظة - لموقع النخيل')?.holder).toBe('موقع النخيل');
  });
});

describe("a clock icon's word glued to a relative stamp", () => {
  it('stands apart from the stamp', () => {
    expect(relativeStamp('timeمنذ 3 أيام', NOW)).toBe('2026-01-12');
    expect(relativeStamp('clock منذ يومين', NOW)).toBe('2026-01-13');
  });
  it('another Latin word glued there is no icon, and the line no stamp', () => {
    expect(relativeStamp('Amanaمنذ 3 أيام', NOW)).toBeNull();
  });
});

describe("a newsletter's name", () => {
  it('is built like an outlet\'s', () => {
    expect(outletShaped('نشرة المزارع الأسبوعية')).toBe(true);
  });
  it('a section label is not', () => {
    expect(outletShaped('أسواق وأسعار')).toBe(false);
  });
});
