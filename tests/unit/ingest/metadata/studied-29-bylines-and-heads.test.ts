// The mechanisms of the pass on untouched-29's bylines and titles (branch meta29), each in text of our own: every
// positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { openingWriter, parseByline, withoutFiledPlace } from '../../../../main/ingest/metadata/byline.ts';
import { splitWriterPrefix } from '../../../../main/ingest/metadata/headline-furniture.ts';
import { isEditorsMasthead } from '../../../../main/ingest/metadata/masthead.ts';
import { isAudienceCount } from '../../../../main/ingest/clean/audience-count.ts';
import { classifyLines } from '../../../../main/ingest/clean/classify-lines.ts';

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
