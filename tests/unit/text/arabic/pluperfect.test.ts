import { describe, expect, it } from 'vitest';
import { opensInPluperfect, tokenise } from '../../../../main/text/arabic/index.ts';

describe('opensInPluperfect', () => {
  it('finds «(و)كان … قد + perfect», with a subject between them', () => {
    expect(opensInPluperfect(tokenise('وكانت الحملة قد انطلقت يوم الثلاثاء في المدينة.'))).toBe(true);
    expect(opensInPluperfect(tokenise('وكان مسؤول في منظمة الصحة قد أفاد بوصول الشحنة.'))).toBe(true);
    expect(opensInPluperfect(tokenise('كان الوزير قد أعلن استقالته قبل أسبوع.'))).toBe(true);
  });

  it('leaves out a possibility, a sentence that does not open with «كان», and «كان» without «قد»', () => {
    expect(opensInPluperfect(tokenise('وكان الأمر قد يتغير لولا تدخل الوسطاء.'))).toBe(false);
    expect(opensInPluperfect(tokenise('وأعلن الوزير أنه كان قد استقال.'))).toBe(false);
    expect(opensInPluperfect(tokenise('وكان الجسر مغلقا منذ أسبوع أمام السيارات.'))).toBe(false);
  });
});
