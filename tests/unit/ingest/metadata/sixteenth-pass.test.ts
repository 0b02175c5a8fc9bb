// The byline classes read from the misses of untouched-16 (branch meta17, the set studied from then on), each in
// strings written for the test: «مراسلنا في city: name», a desk's «المحرر الاقتصادي:», a unit or an office after
// «إعداد:», a writer's initialled name with a second contributor's initials after a slash, a translator's credit under
// the writer's line, two writers a name a line. With the negatives each form needs.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { parseBareName, parseByline, writerAboveTranslator, writersOnTwoLines } from '../../../../main/ingest/metadata/byline.ts';
import { namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';

const LEDE = 'أعلنت بلدية المدينة اليوم عن خطة لتوسيع شبكة الحافلات العامة لتشمل الأحياء الشرقية خلال الأشهر المقبلة، بكلفة تقديرية معلنة.';
const MORE = 'وقال مسؤول في البلدية إن الخطة تتضمن شراء عشرين حافلة جديدة وتأهيل المحطات القائمة وتوسيع ساعات الخدمة في المساء.';

function authorOf(...head: string[]): string | null {
  const text = [...head, LEDE, MORE].join('\n');
  return cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' }).author;
}

describe('a correspondent filing from a place', () => {
  it('reads the name after «مراسلنا في city:»', () => {
    expect(parseByline('مراسلنا في الرباط: هشام الودغيري')).toBe('هشام الودغيري');
    expect(parseByline('مراسلتنا في عمّان الغربية: ريم العلي')).toBe('ريم العلي');
  });
  it('reads no name from prose that cites the correspondent', () => {
    expect(parseByline('قال مراسلنا في الرباط إن الوضع هادئ')).toBeNull();
  });
});

describe('a desk or a unit signs the copy', () => {
  it('reads no writer from «المحرر» and a desk adjective', () => {
    expect(parseByline('المحرر الرياضي:')).toBeNull();
    expect(parseByline('المحرر: سامي النجار')).toBe('سامي النجار');
  });
  it('counts a unit or an office as the newsroom, not a writer', () => {
    expect(namesNewsroom('وحدة الدراسات الاقتصادية', null)).toBe(true);
    expect(namesNewsroom('دائرة الإعلام والاتصال', null)).toBe(true);
    expect(namesNewsroom('وحيد الشامي', null)).toBe(false);
  });
});

describe("a writer's initialled name and another's initials", () => {
  it('keeps the name before the slash', () => {
    expect(parseBareName('ع. بوزيد / ق. و')).toBe('ع. بوزيد');
    expect(parseBareName('سطيف / الجزائر')).toBeNull();
  });
  it('reads the initialled name under the headline', () => {
    expect(authorOf('خطة لتوسيع شبكة الحافلات في الأحياء الشرقية', 'س. بلقاسم / ر. ع')).toBe('س. بلقاسم');
  });
});

describe("a translator's credit under the writer", () => {
  it('gives the writer on the line above', () => {
    expect(writerAboveTranslator('ترجمة: رنا فاضل', 'كريم الساعدي')).toBe('كريم الساعدي');
  });
  it('keeps the translator when the line above is no name, or the credit is more than a translation', () => {
    expect(writerAboveTranslator('ترجمة: رنا فاضل', 'تحليلات')).toBeNull();
    expect(writerAboveTranslator('ترجمة وإعداد: رنا فاضل', 'كريم الساعدي')).toBeNull();
  });
  it('reads the writer, not the translator, under the headline', () => {
    expect(authorOf('خطة لتوسيع شبكة الحافلات في الأحياء الشرقية', 'كريم الساعدي', 'ترجمة: رنا فاضل')).toBe('كريم الساعدي');
  });
});

describe('two writers, a name a line', () => {
  it('joins two different names that open with given names', () => {
    expect(writersOnTwoLines('منى الخطيب', 'سامر دياب')).toBe('منى الخطيب وسامر دياب');
  });
  it('reads one writer from a name printed twice, and no pair from a menu', () => {
    expect(writersOnTwoLines('منى الخطيب', 'منى الخطيب')).toBeNull();
    expect(writersOnTwoLines('منى الخطيب', 'أخبار العالم')).toBeNull();
  });
  it('gives both under the headline', () => {
    expect(authorOf('خطة لتوسيع شبكة الحافلات في الأحياء الشرقية', 'منى الخطيب', 'سامر دياب')).toBe('منى الخطيب وسامر دياب');
  });
});
