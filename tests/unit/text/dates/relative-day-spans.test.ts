import { describe, expect, it } from 'vitest';
import { relativeDaySpans } from '../../../../main/text/dates/relative-day-spans.ts';

const spans = (text: string): string[] => relativeDaySpans(text).map((s) => text.slice(s.start, s.end));

describe('relativeDaySpans: where a text names its day against its article', () => {
  it('reads a relative day or a weekday with the part of the day before it', () => {
    expect(spans('استقبل الرئيس، مساء أمس الخميس، الوفد في العاصمة.')).toEqual(['مساء أمس الخميس']);
    expect(spans('وصل المبعوث يوم أمس الأول إلى المدينة.')).toEqual(['يوم أمس الأول']);
    expect(spans('تبدأ العطلة يوم الجمعة المقبل في المدارس.')).toEqual(['يوم الجمعة المقبل']);
  });

  it('leaves words that only look like a day word, and a day in a «منذ/حتى» frame', () => {
    expect(spans('احتفلت الجمعية باليوم العالمي للمياه في الحديقة.')).toEqual([]);
    expect(spans('افتتح الوزير اليوم الأول من المؤتمر في القاعة.')).toEqual([]);
    expect(spans('ومنذ أمس يعتصم العمال أمام الوزارة.')).toEqual([]);
    expect(spans('بقي المبعوث حتى اليوم في المدينة.')).toEqual([]);
  });
});
