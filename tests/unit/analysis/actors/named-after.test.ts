import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

const actorsOf = (text: string): ReturnType<typeof extractActors> => extractActors([articleRecord('a1', text)]);

describe('a body named after a title\'s bearer', () => {
  it('keeps the bearer\'s name, «علي» written as the name', () => {
    expect(named(actorsOf('وقال عناصر من كتائب الإمام علي في مقابلة إنهم لا يتواصلون مع أحد.'), 'كتائب الإمام علي')?.type).toBe('organization');
  });

  it('ends before «على» the preposition, and a title no body is named after takes no name', () => {
    const actors = actorsOf('وانتشرت كتائب الإمام على طول الحدود الشرقية.');
    expect(named(actors, 'كتائب الإمام')?.type).toBe('organization');
    expect(names(actors).some((n) => n.includes('على'))).toBe(false);
    expect(named(actorsOf('واتهمت المعارضة حكومة الرئيس بشار الأسد بالتقصير.'), 'بشار الأسد')?.type).toBe('person');
  });
});

describe('a one-word name the writer completes in brackets', () => {
  it('is the whole name', () => {
    const actors = actorsOf('وكان النظام مثل صدام (حسين) في نظرهم.');
    expect(named(actors, 'صدام حسين')?.type).toBe('person');
    expect(named(actors, 'صدام')).toBeUndefined();
  });

  it('takes no place, kunya, title or Latin gloss in brackets', () => {
    expect(names(actorsOf('وهو يصف أن بجماليون (Pygmalion) كان نحاتا.')).some((n) => n.includes('Pygmalion'))).toBe(false);
    const place = actorsOf('ورد بوتين (روسيا) على الاتهام.');
    expect(named(place, 'بوتين')?.type).toBe('person');
    expect(named(place, 'روسيا')?.type).toBe('place');
    expect(named(actorsOf('وقال الشرع (أبو محمد) إن الحكومة مستمرة.'), 'الشرع أبو محمد')).toBeUndefined();
    expect(names(actorsOf('وقال ماكرون (الرئيس) إن الحكومة مستمرة.')).some((n) => n.includes('ماكرون الرئيس'))).toBe(false);
  });

  it('takes no note or common noun about the person in brackets (rev24 finding 3)', () => {
    expect(names(actorsOf('وقال محمد (اسم مستعار) إنه ترك عمله في الميناء.')).some((n) => n.includes('مستعار'))).toBe(false);
    expect(names(actorsOf('وقالت فاطمة (مزارعة) إن الجفاف أتلف محصولها.')).some((n) => n.includes('مزارعة'))).toBe(false);
    expect(names(actorsOf('وقال سليم (ممرض) إن المستشفى بلا كهرباء.')).some((n) => n.includes('ممرض'))).toBe(false);
  });
});
