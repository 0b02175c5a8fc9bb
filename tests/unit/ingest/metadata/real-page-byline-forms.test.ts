// Bylines in forms real Arabic pages print (issue 13, dates20): credits joined by «و» that include the writing
// («بعدسة وقلم:», «تصوير وتحرير:»), a columnist's «name يكتب:» alone on its line, a correspondent's «من city: name»,
// and French pages' «Par:» with its colon. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../main/ingest/metadata/byline.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';

const STORY = [
  'أعلنت البلدية في بيان اليوم أنها ستفتح ثلاث حدائق جديدة للعائلات في الأحياء الشرقية قبل حلول الربيع.',
  'وقال رئيس البلدية إن الأشغال بلغت مراحلها الأخيرة، وإن الحدائق ستضم ملاعب للأطفال ومسارات للمشي.',
].join('\n');
const author = (byline: string): string | null =>
  cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: `ثلاث حدائق جديدة في الأحياء الشرقية\n${byline}\n${STORY}`, declared: {} }, { now: '2026-01-15' }).author ?? null;

describe('credits joined by «و»', () => {
  it.each([
    ['بعدسة وقلم: كريم الزبيدي', 'كريم الزبيدي'],
    ['تصوير وتحرير: هالة منصور', 'هالة منصور'],
    ['كتابة وتصوير: نادر سلوم', 'نادر سلوم'],
  ])('«%s» names the writer', (line, name) => {
    expect(parseByline(line)).toBe(name);
    expect(author(line)).toBe(name);
  });

  it('a photographer’s or an editor’s credit alone names no writer', () => {
    expect(parseByline('تصوير ومونتاج: هالة منصور')).toBeNull();
    expect(author('بعدسة: كريم الزبيدي')).toBeNull();
  });
});

describe('«متابعة:», the reporter who followed the story', () => {
  it('names a person, never a desk or a paper’s name', () => {
    expect(parseByline('متابعة: جمانة الحربي')).toBe('جمانة الحربي');
    expect(parseByline('متابعة: الساحل اليوم')).toBeNull();
    expect(parseByline('متابعة الأوضاع في المدينة')).toBeNull();
  });
});

describe('forms without a cue before the name', () => {
  it('«name يكتب:» alone on its line, without the verb', () => {
    expect(parseByline('وائل النجار يكتب:')).toBe('وائل النجار');
    expect(author('ريما العطار تكتب')).toBe('ريما العطار');
    expect(parseByline('الحكومة تكتب:')).toBeNull();
  });

  it('«من city: name», the correspondent’s city before the colon', () => {
    expect(parseByline('من صفاقس: منير الطرابلسي')).toBe('منير الطرابلسي');
    expect(author('من طنجة: سعاد الإدريسي')).toBe('سعاد الإدريسي');
    expect(parseByline('من جهته: قال الوزير إن الأشغال انتهت')).toBeNull();
  });

  it('«Par:» with its colon before an Arabic name, a date after a bar', () => {
    expect(parseByline('Par: لمياء القاسمي')).toBe('لمياء القاسمي');
    expect(author('Par: لمياء القاسمي | 12 janvier 2026')).toBe('لمياء القاسمي');
  });
});
