// The byline classes read from train-11's and untouched-10's misses (branch meta14): an emoji before the cue word,
// a role after an underscore, an interviewer with the place of the interview, two writers, a newsroom's desk that is
// no person, a byline element crediting place and newsroom before the writer, a sentence of speech that is no biography.
import { describe, expect, it } from 'vitest';
import { detectAuthor, namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';
import { openingWriterSurname, parseAuthorBio, parseBareName, parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

const STORY = 'تتراجع أعداد الزوار في الحدائق العامة كل شتاء لأن البلدية تغلق أبوابها قبل الغروب بساعتين كاملتين.';
const MORE = 'ولو مدّت البلدية ساعات العمل قليلا وأضاءت الممرات لعاد إليها الناس في الأمسيات الباردة.';
const authorOf = (text: string): string | null => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).author;
const page = (author?: string): RawDocument => ({ file: 'a.html', format: 'html', encoding: 'utf-8', text: 'x', declared: author === undefined ? {} : { author } });

describe('a byline as label + name + optional role or place', () => {
  it('reads the cue word after a writing-hand emoji, without the honorific', () => {
    expect(parseByline('✍️ بقلم: الدكتور مروان الحداد')).toBe('مروان الحداد');
  });

  it('ends the name where an underscore opens the writer’s role', () => {
    expect(parseByline('إعداد: ريم فؤاد الساعدي _ الباحثة في مركز الدراسات.')).toBe('ريم فؤاد الساعدي');
  });

  it('reads an interviewer after the place the interview was held', () => {
    expect(parseByline('حاوره في صلالة / سامر العبدلي -')).toBe('سامر العبدلي');
    expect(parseByline('أجرت الحوار: ليلى ناصر')).toBe('ليلى ناصر');
  });

  it('reads two writers a dash separates, and keeps a description after a dash out', () => {
    expect(parseByline('كتب محمود سالم - نادية فهمي')).toBe('محمود سالم ونادية فهمي');
    expect(parseByline('بقلم: محمود سالم - كاتب مصري')).toBe('محمود سالم');
  });
});

describe('who is no writer', () => {
  it('takes a desk of the newsroom for the newsroom, not a person', () => {
    expect(namesNewsroom('محرر شبكة الوادي', null)).toBe(true);
    expect(namesNewsroom('قسم الأخبار', null)).toBe(true);
    expect(namesNewsroom('محمود سالم', null)).toBe(false);
  });

  it('reads no biography from a sentence of speech that names a profession', () => {
    expect(parseAuthorBio('قالت مصادر صحفية إن الشركة تعيش أزمة متفاقمة')).toBeNull();
    expect(parseAuthorBio('نادية فهمي صحفية متخصصة في شؤون البيئة')).toBe('نادية فهمي');
  });

  it('reads the longest profession after a three-word name, whatever the paragraph runs on to (it splits nine words)', () => {
    const after = ' based in Cairo who has covered the region for the past two decades and more';
    expect(parseAuthorBio(`Mary Ann Smith is an award-winning journalist${after}`)).toBe('Mary Ann Smith');
    expect(parseAuthorBio(`Mary Ann Smith is an award-winning journalists${after}`)).toBeNull();
    expect(parseAuthorBio('نادية سالم فهمي هي صحفية تكتب في شؤون البيئة والمناخ منذ عشرين عاما في القاهرة')).toBe('نادية سالم فهمي');
    expect(parseAuthorBio('قال محمد أحمد صحفي إن الحكومة ستعلن القرار غدا بعد اجتماع مطول')).toBeNull();
  });
});

describe('a declared byline that credits place and newsroom first', () => {
  it('keeps the writer after the colon', () => {
    expect(detectAuthor(page('صلالة - شبكة الوادي: سامر العبدلي'), null, null).value).toBe('سامر العبدلي');
    expect(detectAuthor(page('سامر العبدلي'), null, null).value).toBe('سامر العبدلي');
  });
});

describe('a writer’s line between the headline and the story', () => {
  it('reads a name the headline’s «surname يكتب:» ends with, even when the given name is not in the list', () => {
    expect(openingWriterSurname('القحطاني يكتب: حدائق تغلق قبل الغروب')).toBe('القحطاني');
    expect(authorOf(`القحطاني يكتب: حدائق تغلق قبل الغروب\nد. فيصل القحطاني\n${STORY}\n${MORE}`)).toBe('فيصل القحطاني');
    expect(authorOf(`القحطاني يكتب: حدائق تغلق قبل الغروب\nمجلس البلدية\n${STORY}\n${MORE}`)).toBeNull();
  });

  it('reads a name with a footnote mark, whose footnote gives the role', () => {
    expect(authorOf(`حدائق تغلق قبل الغروب في المدينة\nفيصل القحطاني*\n${STORY}\n${MORE}\n*باحث في التخطيط العمراني`)).toBe('فيصل القحطاني');
  });

  it('reads «بقلم: name، long role» on one line, and no long line of prose opened by «كتب»', () => {
    expect(parseByline('بقلم: الدكتور فيصل بن سعد القحطاني، أستاذ التخطيط العمراني في جامعة المدينة ومستشار البلدية')).toBe('فيصل بن سعد القحطاني');
    expect(parseByline('كتب الوزير، في منشور طويل على حسابه، أن الحدائق ستبقى مفتوحة حتى منتصف الليل طوال الشتاء')).toBeNull();
  });

  it('does not take a role of the copy’s making («الترجمة والتحرير:») for the place a writer filed from', () => {
    expect(parsePlaceByline('الترجمة والتحرير: هالة منير')).toBeNull();
    expect(parsePlaceByline('جدة: هالة منير')).toBe('هالة منير');
  });
});

describe('bylines of forums and of writers who put the place after the name', () => {
  it('reads a forum post’s poster, not the date after the name', () => {
    expect(parseByline('مُساهمة من طرف أم سارة الوهرانية الأحد يناير 11, 2026 7:15 pm')).toBe('أم سارة الوهرانية');
  });

  it('reads «name –place» with a known place, and not two places', () => {
    expect(parsePlaceByline('هالة منير –بغداد')).toBe('هالة منير');
    expect(parsePlaceByline('البصرة –بغداد')).toBeNull();
  });
});

describe('a bare name with the date on its line', () => {
  it('reads the name before the dots and the date, and no name opening with the article', () => {
    expect(parseBareName('فيصل القحطاني.. 11.01.2026')).toBe('فيصل القحطاني');
    expect(parseBareName('الطريق الجديد 11.01.2026')).toBeNull();
  });
});

describe('a writer named by a role or by a wire dateline under the standfirst', () => {
  it('reads «بقلم الصحفي : name»', () => {
    expect(parseByline('بقلم الصحفي : مروان الحداد')).toBe('مروان الحداد');
    expect(parseByline('بقلم الكاتبة الصحفية: ريم الساعدي')).toBe('ريم الساعدي');
  });

  it('reads the writer of a «place / writer / agency» dateline between a standfirst and the story', () => {
    const long = 'افتتح وزير الزراعة صباح الاثنين أول محطة لتحلية مياه البحر في الولاية الساحلية ضمن خطة وطنية لمواجهة تراجع منسوب السدود خلال المواسم الجافة.';
    const text = `محطة جديدة لتحلية مياه البحر في الولاية الساحلية\nطاقة إنتاجية تبلغ ستين ألف متر مكعب يوميا وتغطي حاجة ثلاث بلدات ساحلية صغيرة\nمرسين / مروان الحداد / الأناضول\n${long}\n${MORE}`;
    expect(authorOf(text)).toBe('مروان الحداد');
  });
});
