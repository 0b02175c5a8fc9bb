// The byline classes read from train-11's and untouched-10's misses (branch meta14): an emoji before the cue word,
// a role after an underscore, an interviewer with the place of the interview, two writers, a newsroom's desk that is
// no person, a byline element crediting place and newsroom before the writer, a sentence of speech that is no biography.
import { describe, expect, it } from 'vitest';
import { detectAuthor, namesNewsroom } from '../../../../main/ingest/metadata/detect-author.ts';
import { parseAuthorBio, parseByline } from '../../../../main/ingest/metadata/byline.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

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
});

describe('a declared byline that credits place and newsroom first', () => {
  it('keeps the writer after the colon', () => {
    expect(detectAuthor(page('صلالة - شبكة الوادي: سامر العبدلي'), null, null).value).toBe('سامر العبدلي');
    expect(detectAuthor(page('سامر العبدلي'), null, null).value).toBe('سامر العبدلي');
  });
});
