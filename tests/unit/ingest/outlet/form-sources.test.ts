import { describe, expect, it } from 'vitest';
import { dashPairName, dateLineName, ledeLabel, loneName, nounNames, placePairName, titleTagNames, toldForms, trailHead } from '../../../../main/ingest/outlet/form-sources.ts';

// Lines of our own in each form; the names are invented or generic, so that the grammar, not the list, reads them.
describe('loneName: a logo or site name alone on a short line', () => {
  it('reads a name of one to four words, a number beside one word, a Latin brand', () => {
    expect(loneName('نبض الوادي')).toBe('نبض الوادي');
    expect(loneName('الواحة 24')).toBe('الواحة 24');
    expect(loneName('Wadi Press')).toBe('Wadi Press');
    expect(loneName('BaladiNews.td بلدي نيوز')).toBe('بلدي نيوز');
  });
  it('refuses places, section labels, prompts, counts and clocks', () => {
    expect(loneName('بغداد')).toBeNull();
    expect(loneName('أخبار محلية')).toBeNull();
    expect(loneName('Log in')).toBeNull();
    expect(loneName('قبل 40 دقيقة')).toBeNull();
    expect(loneName('الرئيسية')).toBeNull();
    expect(loneName('الخميس 8 يناير')).toBeNull();
    expect(loneName('وقال رئيس البلدية إن العمل سيتواصل حتى نهاية الشهر')).toBeNull();
  });
});

describe('trailHead: the first item of a trail or menu', () => {
  it('refuses a language switcher', () => {
    expect(trailHead('العربية | English | Français')).toBeNull();
    expect(trailHead('نبض الوادي | 12 يناير 2026')).toBe('نبض الوادي');
  });

  it('reads it before ·, ›, > or |', () => {
    expect(trailHead('نبض الوادي · محليات · اقتصاد')).toBe('نبض الوادي');
    expect(trailHead('جريدة الوادي › أعمدة')).toBe('جريدة الوادي');
    expect(trailHead('منتديات الوادي > منتدى الأخبار > خبر')).toBe('منتديات الوادي');
  });
  it('refuses a line with no trail, and a place opening one', () => {
    expect(trailHead('نبض الوادي')).toBeNull();
    expect(trailHead('بغداد | محليات')).toBeNull();
  });
});

describe('placePairName: a name paired with a place or a credit in a dateline', () => {
  it('reads either side of the place, a bracketed place, a slashed name and «خاص»', () => {
    expect(placePairName('عدن-نبض الوادي')).toBe('نبض الوادي');
    expect(placePairName('نبض الوادي- بغداد')).toBe('نبض الوادي');
    expect(placePairName('date 2026-01-13 نبض الوادي- بغداد')).toBe('نبض الوادي');
    expect(placePairName('تونس/الوادي/أخبار وطنية')).toBe('الوادي');
    expect(placePairName('الوادي (بغداد)')).toBe('الوادي');
    expect(placePairName('الوادي - خاص')).toBe('الوادي');
    expect(placePairName('الوادي / الخميس، 8 يناير 2026')).toBe('الوادي');
    expect(placePairName('9 يناير 2026 /نبض الوادي/ أعلنت الشركة')).toBe('نبض الوادي');
  });
  it('refuses two words neither of which is a place, and two places', () => {
    expect(placePairName('سياسة - اقتصاد')).toBeNull();
    expect(placePairName('بغداد - البصرة')).toBeNull();
  });
});

describe('a day said against the page\'s date is no name, in any form', () => {
  // «أمس - 18:20» under a headline is a stamp: the dateline readers took «أمس» for the outlet.
  it('refuses «أمس», «مساء أمس», «أول أمس» beside a clock, after a date or alone', () => {
    expect(placePairName('أمس - 18:20')).toBeNull();
    expect(placePairName('مساء أمس / 9:05')).toBeNull();
    expect(dashPairName('أول أمس - 11:40 ص')).toBeNull();
    expect(loneName('أمس الأول')).toBeNull();
  });
  it('still reads a name holding a day word («الغد», «عدن الغد») and the same line with a name', () => {
    expect(placePairName('عدن الغد - 18:20')).toBe('عدن الغد');
    expect(loneName('الغد')).toBe('الغد');
    expect(placePairName('نبض الوادي - 18:20')).toBe('نبض الوادي');
  });
});

describe('ledeLabel: a name opening the lede before a colon', () => {
  it('reads it before a lede of prose', () => {
    expect(ledeLabel('نبض الوادي: أطلقت البلدية حملة لتنظيف الشواطئ بمشاركة متطوعين من الأحياء المجاورة')).toBe('نبض الوادي');
  });
  it('refuses a label over a short line, a cue and a place', () => {
    expect(ledeLabel('رئيس التحرير: فلان الفلاني')).toBeNull();
    expect(ledeLabel('المصدر: أطلقت البلدية حملة لتنظيف الشواطئ بمشاركة متطوعين من الأحياء المجاورة')).toBeNull();
    expect(ledeLabel('بغداد: أطلقت البلدية حملة لتنظيف الشواطئ بمشاركة متطوعين من الأحياء المجاورة')).toBeNull();
  });
});

describe('nounNames: an outlet noun and the name it introduces', () => {
  it('reads the name up to a stop word, without its web suffix', () => {
    expect(nounNames('موقع نبض الوادي من الداخل إلى العالم')).toEqual(['نبض الوادي']);
    expect(nounNames('تابعوا صحيفة الوادي الإلكترونية')).toEqual(['الوادي']);
  });
  it('refuses a definite noun («الموقع الرئيسي»)', () => {
    expect(nounNames('العودة إلى الموقع الرئيسي')).toEqual([]);
  });
});

describe('toldForms: the names a story says it was told things by, and how it tells them', () => {
  it('reads «لموقع X» as an outlet noun\'s, «لـBrand» and a quoted name after a verb of telling as told', () => {
    const text = 'وقال المصدر لموقع نبض الوادي، إن الغرامات سترتفع. وأوضح مسؤول لـWadiNews أن العمل بدأ. وقال أحدهم لـ"الوادي" إن الأسعار ارتفعت.';
    expect(toldForms(text)).toEqual([
      { form: 'told-noun', name: 'نبض الوادي' },
      { form: 'told', name: 'WadiNews' },
      { form: 'told', name: 'الوادي' },
    ]);
  });
  it('reads an outlet noun after a word citing a report as cited, not told', () => {
    const text = 'وارتفعت الأسعار، وفق تقرير لوكالة نبض الوادي، نشر أمس.\nوقال مصدر لموقع شمس الوادي، إن العمل بدأ.';
    expect(toldForms(text)).toEqual([
      { form: 'cited', name: 'نبض الوادي' },
      { form: 'told-noun', name: 'شمس الوادي' },
    ]);
  });
  it('reads nothing in a story that names no one it talked to', () => {
    expect(toldForms('افتتحت البلدية جسرا جديدا فوق النهر.')).toEqual([]);
  });
});

describe('titleTagNames: the site name beside a title tag\'s headline', () => {
  it('reads «name: headline», a name alone and a Latin brand glued before the headline', () => {
    expect(titleTagNames('نبض الوادي: افتتاح جسر جديد فوق النهر')).toEqual(['نبض الوادي']);
    expect(titleTagNames('الوادي')).toEqual(['الوادي']);
    expect(titleTagNames('WadiMedia افتتاح جسر جديد فوق النهر')).toEqual(['WadiMedia']);
  });
  it('reads nothing in a headline alone', () => {
    expect(titleTagNames('افتتاح جسر جديد فوق النهر بعد ثلاث سنوات من العمل')).toEqual([]);
  });
});

describe('dashPairName: the name a short «name - other» line opens with', () => {
  it('reads it beside a writer, a repeated headline, a section after an underscore, a self-description', () => {
    expect(dashPairName('نبض الوادي - فلان الفلاني')).toBe('نبض الوادي');
    expect(dashPairName('الوادي _ الإعلام والاتصال')).toBe('الوادي');
    expect(dashPairName('الوادي — صحيفة إلكترونية مستقلة تصدر من المدينة كل صباح منذ سنوات')).toBe('الوادي');
  });
  it('refuses a dateline, whose place is another reader\'s, and a long line of prose', () => {
    expect(dashPairName('بغداد - نبض الوادي')).toBeNull();
    expect(dashPairName('نبض الوادي - بغداد')).toBeNull();
    expect(dashPairName('الوادي - افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر بعد سنوات')).toBeNull();
  });
  it('refuses a newsroom\'s «town – خاص «X»» credit, whose left side is the story\'s town, and still reads «X – writer»', () => {
    expect(dashPairName('ديربورن – خاص «صدى الوادي»')).toBeNull();
    expect(dashPairName('صدى الوادي – خالد سالم')).toBe('صدى الوادي');
  });
});

describe('dateLineName: the name a short date line gives beside its date', () => {
  it('reads it after or before the date, by a spaced dash, a slash or a bar, a clock beside the date', () => {
    expect(dateLineName('2026-03-07 - ملاعب')).toBe('ملاعب');
    expect(dateLineName('ملاعب - 2026-03-07')).toBe('ملاعب');
    expect(dateLineName('بوصلة | الإثنين 12 يناير 2026')).toBe('بوصلة');
    expect(dateLineName('رصيف | 2026-01-13 | 10:40')).toBe('رصيف');
    expect(dateLineName('13/01/2026 - نبض الشارع')).toBe('نبض الشارع');
  });
  it('reads a writer\'s name and a section as names (the chooser weighs them), never a place alone nor a stamp\'s label', () => {
    expect(dateLineName('2026-03-07 - سامر الحلبي')).toBe('سامر الحلبي');
    expect(dateLineName('2026-03-07 - رياضة')).toBe('رياضة');
    expect(dateLineName('2026-03-07 - بغداد')).toBeNull();
    expect(dateLineName('محدّث | 2026-01-12')).toBeNull();
  });
  it('refuses a line with no date, two names, a date alone and a sentence', () => {
    expect(dateLineName('ملاعب - رياضة')).toBeNull();
    expect(dateLineName('ملاعب - 2026-03-07 - رياضة')).toBeNull();
    expect(dateLineName('الأحد 8 مارس 2026 - 10:30')).toBeNull();
    expect(dateLineName('2026-03-07 - فاز الوحدات على الفيصلي بهدفين مقابل هدف في المباراة')).toBeNull();
  });
});
