import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { detectOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { learnedOutlet, mayHaveNamesake } from '../../../../main/ingest/outlet/learned-outlet.ts';
import { readOutlet } from '../../../../main/ingest/outlet/read-outlet.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';

// A page of our own: a newsroom's dateline over the story, and a copyright line of another name at the foot.
const text = [
  'افتتاح جسر جديد فوق نهر المدينة',
  'بغداد - شفق نيوز',
  'افتتحت البلدية صباح اليوم جسرا جديدا فوق نهر المدينة بعد ثلاث سنوات من العمل، وقال رئيس البلدية إن الجسر سيخفف الزحام.',
  '© 2025 عنب بلدي',
].join('\n');
const raw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
const lines = splitLines(text);

describe('learnedOutlet', () => {
  it('keeps the rules\' read, its basis included, when it picks the rules\' outlet', () => {
    const rules = { value: 'شفق نيوز', basis: 'inferred' as const };
    expect(learnedOutlet(raw, lines, rules, new Map([['rules', 3]]))).toBe(rules);
  });

  it('gives a pick of its own as the page states it, and nothing when «no outlet» wins', () => {
    const rules = { value: 'شفق نيوز', basis: 'inferred' as const };
    expect(learnedOutlet(raw, lines, rules, new Map([['src:copyright', 3]]))).toEqual({ value: 'عنب بلدي', basis: 'explicit' });
    expect(learnedOutlet(raw, lines, rules, new Map([['none', 3]]))).toEqual({ value: null, basis: 'unknown' });
  });
});

describe('readOutlet', () => {
  it('reads with the rules when told, and with the shipped chooser when told', () => {
    expect(readOutlet(raw, lines, 'rules')).toEqual(detectOutlet(raw, lines));
    expect(readOutlet(raw, lines, 'learned').value).not.toBeNull();
  });
});

describe('the import\'s outlet on a page with no outlet anywhere (pages of our own)', () => {
  const STORY = [
    'بدأ مجلس النواب اليوم مناقشة مشروع قانون الانتخابات الجديد وسط خلافات بين الكتل السياسية حول نظام الدوائر.',
    'وقال رئيس المجلس إن التصويت على القانون سيجري الأسبوع المقبل بعد استكمال النقاش في اللجان المختصة.',
  ];
  const outletOf = (text: string, format: 'txt' | 'html', title?: string) =>
    cleanArticle({ file: `p.${format}`, format, encoding: 'utf-8', text, declared: title === undefined ? {} : { title } }, { now: '2026-01-12' }).outlet;

  it('never takes the headline for the outlet when a date line stands between it and the story', () => {
    expect(outletOf(['البرلمان يناقش قانون الانتخابات', 'الاثنين 12 يناير 2026', ...STORY].join('\n'), 'txt')).toBeNull();
    expect(outletOf(['البرلمان يناقش قانون الانتخابات', 'البرلمان يناقش قانون الانتخابات', 'الأحد 11 يناير 2026 - 10:30', ...STORY].join('\n'), 'html', 'البرلمان يناقش قانون الانتخابات')).toBeNull();
  });
});

describe('the import\'s outlet from a short line between the headline and the story (pages of our own)', () => {
  const HEADLINE = 'الوحدات يهزم الفيصلي ويتصدر الدوري';
  const STORY = [
    'فاز فريق الوحدات على ضيفه الفيصلي بهدفين مقابل هدف في المباراة التي أقيمت مساء الجمعة على ستاد المدينة ضمن الجولة الثامنة عشرة.',
    'وبهذا الفوز رفع الوحدات رصيده إلى أربعين نقطة في صدارة الترتيب بفارق ثلاث نقاط عن أقرب ملاحقيه.',
  ];
  const outletOf = (...lines: string[]) => {
    const text = lines.join('\n\n');
    return cleanArticle({ file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-03-12' }).outlet;
  };

  it('reads the outlet a «date - outlet» line names, in either order, by a dash or a bar, under or over the headline', () => {
    expect(outletOf(HEADLINE, '2026-03-07 - ملاعب', ...STORY)).toBe('ملاعب');
    expect(outletOf(HEADLINE, 'ملاعب | 7 مارس 2026', ...STORY)).toBe('ملاعب');
    expect(outletOf('2026-03-07 | ملاعب', HEADLINE, ...STORY)).toBe('ملاعب');
  });

  it('reads no outlet where the name beside the date is a place, a section or a writer', () => {
    expect(outletOf(HEADLINE, '2026-03-07 - بغداد', ...STORY)).toBeNull();
    expect(outletOf(HEADLINE, '2026-03-07 - رياضة', ...STORY)).toBeNull();
    expect(outletOf(HEADLINE, '2026-03-07 - سامر الحلبي', ...STORY)).toBeNull();
  });

  it('reads no outlet from a place phrase between the headline and the date, and still reads an outlet named for a place', () => {
    expect(outletOf(HEADLINE, 'مدينة طرابلس', 'السبت 7 مارس 2026', ...STORY)).toBeNull();
    expect(outletOf(HEADLINE, 'محافظة إربد', 'السبت 7 مارس 2026', ...STORY)).toBeNull();
    expect(outletOf(HEADLINE, 'صوت نابلس', 'السبت 7 مارس 2026', ...STORY)).toBe('صوت نابلس');
    expect(outletOf(HEADLINE, 'عدن الغد', 'السبت 7 مارس 2026', ...STORY)).toBe('عدن الغد');
  });
});

describe('the import\'s outlet and writer from a «place - name» first line (pages of our own; issue 13)', () => {
  const read = (first: string) => {
    const text = [first, 'الأحد 11 يناير 2026', 'افتتاح سوق للحرف التقليدية في المدينة القديمة', 'افتتح محافظ المدينة سوقا للحرف التقليدية يضم ورش ستين حرفيا من القرى المجاورة، ويفتح أبوابه كل يوم حتى المساء.'].join('\n');
    const a = cleanArticle({ file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' });
    return { outlet: a.outlet, author: a.author };
  };

  it('reads a writer beside the place as the page\'s writer, never its outlet', () => {
    expect(read('طنطا - مصطفى الشناوي')).toEqual({ outlet: null, author: 'مصطفى الشناوي' });
  });

  it('still reads an outlet beside the place, listed or not', () => {
    expect(read('عدن - الأيام').outlet).toBe('الأيام');
    expect(read('الموصل - رعد نيوز').outlet).toBe('رعد نيوز');
  });
});

describe('mayHaveNamesake', () => {
  it('lets through a listed name, a short form and the opening words of a listed name', () => {
    expect(mayHaveNamesake('شفق نيوز')).toBe(true);
    expect(mayHaveNamesake('الأخبار')).toBe(true);
    expect(mayHaveNamesake('الدستور')).toBe(true);
    expect(mayHaveNamesake('صحيفة الدستور')).toBe(true);
  });
  it('spares the page\'s reading for a name no listed outlet is written with', () => {
    expect(mayHaveNamesake('همسة سنبلتين')).toBe(false);
    expect(mayHaveNamesake('Zahrat Wadi')).toBe(false);
  });
});
