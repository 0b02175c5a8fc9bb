import { describe, expect, it } from 'vitest';
import { eventPhrases } from '../../../../main/analysis/summary/event-phrases.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';

const phrases = (text: string): string[] => eventPhrases(text, tokenise(text));

describe('eventPhrases', () => {
  it('pairs adjacent content words, light-stemmed («بوابات السد» → one phrase)', () => {
    const p = phrases('فتحت السلطة بوابات السد الشمالي');
    expect(p).toContain('ph:بواب سد');
    expect(p).toContain('ph:سد شمال');
  });

  it('never pairs across punctuation', () => {
    const p = phrases('فتحت السلطة، بوابات السد');
    expect(p.some((x) => x.startsWith('ph:سلط '))).toBe(false);
  });

  it('leaves out words of a date: weekdays, months and times of day', () => {
    const p = phrases('بدأ الحفر صباح الثلاثاء 18 تشرين الثاني والخميس المقبل');
    expect(p.some((x) => /ثلاث|تشر|صباح|خميس/u.test(x))).toBe(false);
  });

  it('leaves out stopwords and short particles', () => {
    expect(phrases('قال إن في هذه')).toEqual([]);
  });
});
