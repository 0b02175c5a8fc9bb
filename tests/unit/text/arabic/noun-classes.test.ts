import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/normalise.ts';
import { nounClass, nounLetters, nounSense, peopleFate, pluralSingular } from '../../../../main/text/arabic/noun-classes.ts';

const cls = (word: string): string => nounClass(normalise(word));

describe('classes and senses of counted nouns', () => {
  it('give a singular, its accusative, its sound and broken plurals one class', () => {
    expect(new Set(['قتيل', 'قتيلاً', 'قتلى', 'القتلى'].map(cls)).size).toBe(1);
    expect(new Set(['جندي', 'جنديا', 'جنود'].map(cls)).size).toBe(1);
    expect(cls('مدني')).not.toBe(cls('مدن'));
  });

  it('give near-synonyms one sense, keep the dead apart from the wounded, and an unknown noun its own class', () => {
    expect(nounSense(cls('عنصر'))).toBe('personnel');
    expect(nounSense(cls('مقاتلين'))).toBe('personnel');
    expect(nounSense(cls('قتلى'))).toBe('dead');
    expect(nounSense(cls('جرحى'))).toBe('wounded');
    expect(nounSense(cls('دولار'))).toBe(cls('دولار'));
  });

  it('count ships and trucks as one thing whichever noun a source uses', () => {
    expect(new Set(['سفينة', 'سفن', 'باخرة', 'بواخر', 'ناقلات', 'قوارب'].map((w) => nounSense(cls(w))))).toEqual(new Set(['vessels']));
    expect(new Set(['شاحنة', 'شاحنات', 'عربة', 'عربات'].map((w) => nounSense(cls(w))))).toEqual(new Set(['vehicles']));
    expect(new Set(['أسرة', 'أسر', 'الأسر', 'عائلة', 'عائلات', 'عوائل'].map((w) => nounSense(cls(w))))).toEqual(new Set(['households']));
    // «أسرى» are prisoners, not households.
    expect(nounSense(cls('أسرى'))).toBe('detainees');
  });

  it('read the fate a word before a count of people tells: bodies are the dead, an unknown fate the missing', () => {
    expect(peopleFate(normalise('جثث'))).toBe('dead');
    expect(peopleFate(normalise('جثامين'))).toBe('dead');
    expect(peopleFate(normalise('مصير'))).toBe('missing');
    expect(peopleFate(normalise('وفقدان'))).toBe('missing');
  });
});

describe('pluralSingular', () => {
  it('reads the singular of the broken plurals «أفعال» and «فعول», and leaves any other key', () => {
    expect(['أحكام', 'أحداث', 'حروب', 'دروس'].map((w) => pluralSingular(normalise(w)))).toEqual(['حكم', 'حدث', 'حرب', 'درس'].map(normalise));
    expect(['جلسات', 'مؤتمرات', 'محاكم'].map((w) => pluralSingular(normalise(w)))).toEqual(['جلسات', 'مؤتمرات', 'محاكم'].map(normalise));
  });

  it('gives defendants one sense under «متهم» and «ظنين», and their plurals', () => {
    expect(new Set(['متهم', 'متهما', 'ظنين', 'ظنينا', 'أظناء'].map((w) => nounSense(cls(w))))).toEqual(new Set(['defendants']));
  });

  it('reads a singular and its «فعّال» plural as one noun by their letters («راكب» / «ركاب»), not two different nouns', () => {
    expect(cls('ركاب')).not.toBe(cls('راكبا'));
    expect(nounLetters(cls('ركاب'))).toBe(nounLetters(cls('راكبا')));
    expect(nounLetters(cls('ركاب'))).not.toBe(nounLetters(cls('مركب')));
    // A short class keeps its alef: «عام» is not «عم».
    expect(nounLetters(cls('عام'))).toBe(cls('عام'));
  });
});
