import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { detectAuthor } from '../../../../main/ingest/metadata/detect-author.ts';
import { isPersonName, parseAuthorBio, parseBareName, parseByline, parsePlaceByline, newsroomGluedWriter, signedWriter, spacedGluedWriter } from '../../../../main/ingest/metadata/byline.ts';
import { newsroomWriter } from '../../../../main/ingest/metadata/dateline-byline.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

// Text of our own, in the shapes the studied sets print (untouched-17, studied by meta19).
const HEADLINE = 'البلدية تفتتح جسرا جديدا فوق الوادي بعد أشهر من الأعمال';
const LEDE = 'افتتحت البلدية صباح اليوم جسرا جديدا فوق الوادي بعد أشهر من الأعمال التي عطلت حركة السير في المدينة.';
const MORE = 'وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق القديم وإن أعمال الإنارة ستكتمل الشهر المقبل.';

function authorOf(text: string): string | null {
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).author;
}

function declared(author: string): RawDocument {
  return { file: 'a.html', format: 'html', encoding: 'utf-8', text: '', declared: { author } };
}

describe('byline fields a cue word sets off', () => {
  it('reads a gender-inclusive label, the feminine ending in brackets or after a slash', () => {
    expect(parseByline('الكاتب(ة): سلمى الحداد')).toBe('سلمى الحداد');
    expect(parseByline('المحرر/ة: سلمى الحداد')).toBe('سلمى الحداد');
  });

  it('ends the name before a second contributor’s field after a slash or a bar', () => {
    expect(parseByline('نص: سلمى الحداد / رسوم: كريم يوسف')).toBe('سلمى الحداد');
    expect(parseByline('المحرر: سلمى الحداد | المدقق اللغوي: كريم يوسف')).toBe('سلمى الحداد');
  });

  it('reads «نص:» as a cue only with its colon: «نص» opens prose too', () => {
    expect(parseByline('نص: سلمى الحداد')).toBe('سلمى الحداد');
    expect(parseByline('نص القرار الذي صدر أمس يمنع البناء')).toBeNull();
  });

  it('reads a correspondent’s letter or a city before the cue, a dash between them', () => {
    expect(parseByline('رسالة القاهرة - كتب: فهد الراشد')).toBe('فهد الراشد');
    expect(parseByline('بغداد - كتب: علي حسين')).toBe('علي حسين');
  });

  it('reads a blog’s «published by … on date» line without the date', () => {
    expect(parseByline('نُشرت بواسطة عمر الخطيب في 12 يناير، 2026')).toBe('عمر الخطيب');
    expect(parseByline('نشر من قبل سلمى الحداد')).toBe('سلمى الحداد');
  });
});

describe('a name with the date on its line', () => {
  it('reads the writer before a bar whose other side is a date', () => {
    expect(parseBareName('سلمى الحداد | 12 جانفي 2026')).toBe('سلمى الحداد');
    expect(parseBareName('أخبار محلية | 12 يناير 2026')).toBeNull();
    expect(parseBareName('سلمى الحداد | الرئيسية')).toBeNull();
  });

  it('takes that line for the byline above the story', () => {
    expect(authorOf(`${HEADLINE}\nسلمى الحداد | 12 جانفي 2026\n${LEDE}\n${MORE}`)).toBe('سلمى الحداد');
  });

  it('lets a name open with a given name that stopwords-iso lists for another word («أمين»)', () => {
    expect(isPersonName('أمين الخطيب')).toBe(true);
    expect(isPersonName('باسم الحكومة')).toBe(false);
  });
});

describe('bylines after the story and in the page’s byline element', () => {
  it('reads a correspondent’s signature after the story, and no sentence shaped like it', () => {
    expect(signedWriter('— محمد الراشد، مراسل الموقع في الرياض')).toBe('محمد الراشد');
    expect(signedWriter('وزير الخارجية، مراسل الموقع في الرياض')).toBeNull();
    expect(authorOf(`${HEADLINE}\n${LEDE}\n${MORE}\n— محمد الراشد، مراسل الموقع في الرياض`)).toBe('محمد الراشد');
  });

  it('takes the head’s byline over an editor’s credit after the story', () => {
    expect(authorOf(`${HEADLINE}\nسلمى الحداد – الحسكة\n${LEDE}\n${MORE}\nتحرير: كريم يوسف`)).toBe('سلمى الحداد');
    // With no byline in the head, the foot's credit still names the writer.
    expect(authorOf(`${HEADLINE}\n${LEDE}\n${MORE}\nتحرير: كريم يوسف`)).toBe('كريم يوسف');
  });

  it('reads past a CMS account’s «نشر بواسطة: admin» to the writer the lede names', () => {
    expect(authorOf(`${HEADLINE}\nنشر بواسطة: admin | 12 - 01 - 2026\nبقلم: سلمى الحداد تبدأ الحكاية من الطريق الطويل إلى المدرسة في القرية البعيدة عن المدينة.\n${MORE}`)).toBe('سلمى الحداد');
  });

  it('reads the writer at the end of a byline element «place - outlet - writer», and no newsroom', () => {
    expect(detectAuthor(declared('نابلس - "الموقع" دوت كوم - سلمى الحداد'), null, null).value).toBe('سلمى الحداد');
    expect(detectAuthor(declared('هيئة التحرير'), null, null).value).toBeNull();
    expect(detectAuthor(declared('فريق التحرير'), null, null).value).toBeNull();
  });

  it('reads a fellow’s biography at the foot, and not a sentence of speech', () => {
    expect(parseAuthorBio('سامر الخطيب هو زميل في برنامج السياسة العربية.')).toBe('سامر الخطيب');
    expect(parseAuthorBio('قالت مصادر صحفية إن الاجتماع تأجل')).toBeNull();
  });
});

describe('a newsroom’s byline, a signature and a byline glued by spaces (studied sets)', () => {
  it('reads «newsroom - writer» when the masthead or the list names the newsroom', () => {
    expect(newsroomWriter('المرصد - حسين الجابري', ['المرصد'])).toBe('حسين الجابري');
    expect(newsroomWriter('المرصد- حسين الجابري:', ['المرصد'])).toBe('حسين الجابري');
    // No masthead of that name: «place - outlet» and menus are built alike.
    expect(newsroomWriter('المرصد - حسين الجابري', ['الأخبار'])).toBeNull();
    expect(newsroomWriter('بغداد - حسين الجابري', ['بغداد'])).toBeNull();
  });

  it('takes it above the story even where the dateline reader marked the line', () => {
    expect(authorOf(`المرصد\nالرئيسية   محليات   اقتصاد\n${HEADLINE}\nالمرصد - حسين الجابري\n${LEDE}\n${MORE}`)).toBe('حسين الجابري');
  });

  it('reads a name alone right after the story as its signature, and no other line there', () => {
    expect(authorOf(`${HEADLINE}\n${LEDE}\n${MORE}\nمحمد الأمين ولد سيدي`)).toBe('محمد الأمين ولد سيدي');
    expect(authorOf(`${HEADLINE}\n${LEDE}\n${MORE}\nأخبار محلية`)).toBeNull();
  });

  it('reads a place byline glued to the lede by a run of spaces, and no lede without the run', () => {
    expect(spacedGluedWriter('عمان ـ سلمى الحداد   أقر مجلس النواب مشروع القانون بعد جلسة طويلة')).toBe('سلمى الحداد');
    expect(spacedGluedWriter('عمان ـ سلمى الحداد أقر مجلس النواب مشروع القانون بعد جلسة طويلة')).toBeNull();
    expect(spacedGluedWriter('أقر مجلس النواب   مشروع القانون بعد جلسة طويلة')).toBeNull();
  });
});

describe('a newsroom’s name glued to the writer and the lede', () => {
  it('reads the writer after a word the masthead prints, and not after a place or another word', () => {
    const lede = 'المرصد-أحمد الحمصي أعاد المجلس المحلي تشغيل المخبز الآلي بعد توقفه شهرين';
    expect(newsroomGluedWriter(lede, ['وكالة المرصد للأنباء'])).toBe('أحمد الحمصي');
    expect(newsroomGluedWriter(lede, ['الأخبار'])).toBeNull();
    expect(newsroomGluedWriter('بغداد - محمد شياع السوداني يستقبل الوفد', ['أخبار بغداد'])).toBeNull();
  });
});

describe('a name with the town it was filed from in brackets', () => {
  it('reads a town the gazetteer lacks after a name that opens with a given name, and no other bracket', () => {
    expect(parsePlaceByline('حسين الراشد (الوادي الأخضر)')).toBe('حسين الراشد');
    expect(parsePlaceByline('شؤون محلية (الوادي)')).toBeNull();
    expect(parsePlaceByline('حسين الراشد (2026)')).toBeNull();
  });
});
