import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';
import { announcedInPresent } from '../../../../main/text/dates/tense-cues.ts';

// 2026-01-12 is a Monday: the Tuesday after it is the 13th, the one before it the 6th.
const REF = '2026-01-12';
const days = (text: string): string[] => findDates(text, { reference: REF }).map((m) => m.value);

// News Arabic announces an act to come with a present verb and a bare weekday («وتنظم جمعية … وقفة صامتة مساء
// الثلاثاء»): the weekday is the one ahead of the article, not the one behind it (rev25 finding 8).
describe('a weekday a present verb announces', () => {
  it.each([
    ['وتنظم جمعية الأهالي وقفة صامتة مساء الثلاثاء أمام مبنى المحافظة', '2026-01-13'],
    ['ويقيم الاتحاد حفلا مساء الخميس في القاعة الكبرى', '2026-01-15'],
    ['وتستضيف المدينة المؤتمر يوم الأربعاء', '2026-01-14'],
    // The article's own weekday stays its day.
    ['وتنظم الجمعية وقفة مساء الاثنين أمام المحافظة', '2026-01-12'],
  ])('«%s» → %s', (text, day) => expect(days(text)).toEqual([day]));

  it.each([
    // A present that is no verb of the lists: «يصادف» tells what a day is, not an act to come.
    ['ويصادف ذلك مساء الثلاثاء ذكرى الغرق', 'a verb of no list'],
    // Nouns that begin like a present («ت/ي»): no verb at all.
    ['وتظاهرة صامتة مساء الثلاثاء أمام المحافظة', 'a noun in «ت»'],
    ['وتنظيم الوقفة مساء الثلاثاء أمام المحافظة', 'a verbal noun in «ت»'],
    // Something in the clause says past.
    ['وتنظم الجمعية مساء الثلاثاء وقفة ثانية بعد وقفة أمس', '«أمس» in the clause'],
    ['وتنظم الجمعية وقفة بعد أن خرجت مساء الثلاثاء', 'a perfect nearer the date'],
    ['وتنظم الجمعية وقفة مساء الثلاثاء الماضي', '«الماضي» after the weekday'],
    // A feature tells speech in the present: the saying is no act to come.
    ['وتقول الشاهدة مساء الثلاثاء كلاما آخر', 'a verb of speech'],
  ])('«%s» keeps the Tuesday behind the article (%s)', (text) => expect(days(text)[0]).toBe('2026-01-06'));

  it('reads the announcing verb before the date only, never after it or in an appointment', () => {
    expect(announcedInPresent('وتنظم الجمعية وقفة مساء', ' أمام المحافظة')).toBe(true);
    expect(announcedInPresent('مساء', ' تنظم الجمعية وقفة')).toBe(false);
    expect(announcedInPresent('ويعقد المجلس', ' موعدا للتصويت')).toBe(false);
  });
});
