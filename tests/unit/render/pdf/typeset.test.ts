import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reorderRuns } from '../../../../main/render/pdf/typeset/bidi-levels.ts';
import { breakOpportunities } from '../../../../main/render/pdf/typeset/break-opportunities.ts';
import { bindDates } from '../../../../main/render/shared/date-binding.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import { layoutParagraph } from '../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { Line, TextStyle } from '../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from './fixtures.ts';

const open = (file: string) => openFontFace(join(fontsDir, file), readFileSync(join(fontsDir, file)));
const amiri = open('Amiri-Regular.ttf');
const kufi = open('NotoKufiArabic-Bold.ttf');
const serif = open('NotoSerif-Bold.ttf');
const body: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };
const heading: TextStyle = { faces: [kufi, serif], size: 14, colour: '#000000' };

const one = (text: string, style = body, width = 2000): Line => {
  const line = layoutParagraph({ spans: [{ text, style }], width, align: 'start', direction: 'rtl' }).lines[0];
  if (!line) throw new Error('no line');
  return line;
};
/** Visual order of the runs, left to right. */
const visual = (line: Line) => line.runs.map((r) => `${r.direction}:${r.text}`);

describe('bidi runs of a line (UAX #9)', () => {
  it('numbers inside Arabic are LTR runs, the rest RTL, laid right to left', () => {
    expect(visual(one('في عام 2024 دخل'))).toEqual(['rtl: دخل', 'ltr:2024', 'rtl:في عام ']);
  });
  it('decimals stay whole: 1.2', () => {
    expect(visual(one('نحو 1.2 مليون'))).toEqual(['rtl: مليون', 'ltr:1.2', 'rtl:نحو ']);
  });
  it('Latin words are LTR runs, a Latin phrase keeps its own order', () => {
    expect(visual(one('نقلت Reuters الخبر'))).toEqual(['rtl: الخبر', 'ltr:Reuters', 'rtl:نقلت ']);
    expect(visual(one('وكالة Agence France Presse قالت'))).toEqual(['rtl: قالت', 'ltr:Agence France Presse', 'rtl:وكالة ']);
  });
  it('brackets around Arabic stay in the RTL run, where HarfBuzz mirrors them', () => {
    const line = one('زعيم الهيئة (الشرع) قال');
    expect(visual(line)).toEqual(['rtl:زعيم الهيئة (الشرع) قال']);
    const glyphs = line.runs[0]?.glyphs ?? [];
    // Visual order: the glyph drawn for the logical "(" (mirrored to ")") is to the right of the one for ")".
    const open = glyphs.findIndex((g) => line.text[g.cluster] === '(');
    const close = glyphs.findIndex((g) => line.text[g.cluster] === ')');
    expect(open).toBeGreaterThan(close);
    expect(glyphs[open]?.id).toBe(amiri.hbFont.glyph(0x29));
  });
  it('a citation mark [1] and punctuation at the end of an RTL line', () => {
    expect(visual(one('كما ورد [1].'))).toEqual(['rtl:].', 'ltr:1', 'rtl:كما ورد [']);
  });
  it('quotes «» and “” stay with the Arabic they surround', () => {
    expect(visual(one('قال «لا» و“نعم”'))).toEqual(['rtl:قال «لا» و“نعم”']);
  });
  it("an 'auto' paragraph whose first strong letter is Latin is LTR, Arabic inside it right to left", () => {
    const layout = layoutParagraph({ spans: [{ text: 'Agency SANA (سانا) said', style: body }], width: 2000, align: 'start', direction: 'auto' });
    expect(layout.direction).toBe('ltr');
    expect(visual(layout.lines[0]!)).toEqual(['ltr:Agency SANA (', 'rtl:سانا', 'ltr:) said']);
  });
});

describe('an explicit RTL base direction (a brief sets it for every paragraph)', () => {
  it('keeps a paragraph that starts with a Latin word RTL: the Latin word on the right, the period on the left', () => {
    const layout = layoutParagraph({ spans: [{ text: 'CNN قالت إن 250 جنديًا عادوا.', style: body }], width: 2000, align: 'start', direction: 'rtl' });
    expect(layout.direction).toBe('rtl');
    // Visual order, left to right: the period ends the Arabic sentence on the left; CNN starts it on the right.
    expect(visual(layout.lines[0]!)).toEqual(['rtl: جنديًا عادوا.', 'ltr:250', 'rtl: قالت إن ', 'ltr:CNN']);
  });
  it('sets an English sentence RTL: without an isolate its final period goes to the left end (as under dir=rtl)', () => {
    const layout = layoutParagraph({ spans: [{ text: 'The army said so.', style: body }], width: 2000, align: 'start', direction: 'rtl' });
    expect(visual(layout.lines[0]!)).toEqual(['rtl:.', 'ltr:The army said so']);
  });
  it('an isolated English sentence keeps its period at its own end, and the isolates are not drawn', () => {
    const text = '\u2068The army said so (Reuters, 12 January).\u2069 ¹';
    const layout = layoutParagraph({ spans: [{ text, style: body }], width: 2000, align: 'start', direction: 'rtl' });
    expect(layout.text).toBe('The army said so (Reuters, 12 January). ¹');
    expect(visual(layout.lines[0]!)).toEqual(['ltr:¹', 'rtl: ', 'ltr:The army said so (Reuters, 12 January).']);
    expect(layout.lines[0]!.runs.flatMap((r) => r.glyphs).every((g) => !/[\u2066-\u2069]/u.test(layout.text[g.cluster] ?? ''))).toBe(true);
  });
  it('measures the same paragraph with or without isolates around a plain Latin word', () => {
    const plain = layoutParagraph({ spans: [{ text: 'نقلت Reuters الخبر', style: body }], width: 2000, align: 'start', direction: 'rtl' });
    const isolated = layoutParagraph({ spans: [{ text: 'نقلت \u2068Reuters\u2069 الخبر', style: body }], width: 2000, align: 'start', direction: 'rtl' });
    expect(isolated.lines[0]!.width).toBeCloseTo(plain.lines[0]!.width, 6);
    expect(visual(isolated.lines[0]!)).toEqual(visual(plain.lines[0]!));
  });
});

describe('font fallback by cmap coverage', () => {
  it('sets Latin letters and brackets the Kufi face lacks in the Latin face', () => {
    const line = one('وكالة SANA (سانا)', heading);
    const fonts = Object.fromEntries(line.runs.map((r) => [r.text.trim(), r.face.name]));
    expect(fonts['SANA']).toBe('NotoSerif-Bold');
    expect(fonts['سانا']).toBe('NotoKufiArabic-Bold');
    for (const r of line.runs) {
      for (const g of r.glyphs) expect(g.id, `${r.face.name} «${r.text}» has no .notdef`).not.toBe(0);
    }
  });
});

describe('line breaking (UAX #14)', () => {
  const text = 'وناقش الشطري مع قائد الإدارة الجديدة حماية الحدود، والتعاون بشأن منع عودة نشاط داعش داخل الأراضي السورية في 26 ديسمبر 2024.';
  it('keeps every character, in logical order, and no line is wider than the measure', () => {
    const layout = layoutParagraph({ spans: [{ text, style: body }], width: 150, align: 'justify', direction: 'rtl' });
    expect(layout.lines.length).toBeGreaterThan(3);
    expect(layout.lines.map((l) => l.text).join(' ')).toBe(text);
    for (const l of layout.lines) expect(l.width).toBeLessThanOrEqual(150.5);
    expect(layout.lines.slice(0, -1).every((l) => l.stretch)).toBe(true);
    expect(layout.lines[layout.lines.length - 1]?.stretch).toBe(false);
  });
  it('never starts a line with closing or other punctuation', () => {
    expect(breakOpportunities('كلمة ، كلمة')).not.toContain(5);
    fc.assert(fc.property(fc.integer({ min: 40, max: 260 }), (width) => {
      const layout = layoutParagraph({ spans: [{ text: 'قال « نعم » ثم ( لا ) ، و : هكذا ؛ انتهى . ؟ !', style: body }], width, align: 'start', direction: 'rtl' });
      return layout.lines.every((l) => !/^[\p{Pe}\p{Pf}\p{Po}]/u.test(l.text));
    }), { numRuns: 40 });
  });
  it('breaks a word wider than the line between clusters, every line within the measure', () => {
    const word = 'المعلومات'.repeat(12);
    const layout = layoutParagraph({ spans: [{ text: `قبل ${word} بعد`, style: body }], width: 120, align: 'start', direction: 'rtl' });
    expect(layout.lines.length).toBeGreaterThan(3);
    expect(layout.lines.map((l) => l.text).join('')).toContain(word);
    for (const l of layout.lines) expect(l.width).toBeLessThanOrEqual(120.5);
  });
});

describe('reorderRuns (UAX #9 L2)', () => {
  it('reverses from the highest level down to the lowest odd level', () => {
    const runs = [{ level: 1, id: 'a' }, { level: 2, id: 'b' }, { level: 2, id: 'c' }, { level: 1, id: 'd' }];
    expect(reorderRuns(runs).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });
  it('is an involution on all-odd or all-even levels and keeps every run', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 12 }), (levels) => {
      const runs = levels.map((level, id) => ({ level, id }));
      const out = reorderRuns(runs);
      return out.length === runs.length && new Set(out.map((r) => r.id)).size === runs.length;
    }));
  });
});

describe('a date at the end of a line', () => {
  const date = '12 يناير 2025';
  const text = `أعادت السلطات العراقية الجنود السوريين عبر معبر القائم في ${date} بعد مفاوضات طويلة مع دمشق`;
  const at = text.indexOf(date);
  /** Whether some width between 60 and 400 points ends a line inside the date. */
  const breaksInside = (paragraph: string) => {
    for (let width = 60; width <= 400; width += 2) {
      const { lines } = layoutParagraph({ spans: [{ text: paragraph, style: body }], width, align: 'start', direction: 'rtl' });
      if (lines.slice(1).some((line) => line.start > at && line.start < at + date.length)) return true;
    }
    return false;
  };
  it('breaks between the parts of a date written with plain spaces', () => {
    expect(breaksInside(text)).toBe(true);
  });
  it('never breaks inside a date bound by no-break spaces (shared/date-binding.ts)', () => {
    expect(breaksInside(bindDates(text))).toBe(false);
  });
});

describe('a date with a second month name after a glued slash', () => {
  const text = 'وأعلنت القوات العراقية استعادة آخر المدن التي سيطر عليها التنظيم في نوفمبر/تشرين الثاني 2017 بعد معارك طويلة';
  /** Whether some width between 130 and 400 points (wide enough for the whole date) opens a line inside the date. */
  const breaksInside = (paragraph: string) => {
    const at = paragraph.indexOf('نوفمبر');
    const end = paragraph.indexOf('2017') + 4;
    for (let width = 130; width <= 400; width += 2) {
      const { lines } = layoutParagraph({ spans: [{ text: paragraph, style: body }], width, align: 'start', direction: 'rtl' });
      if (lines.slice(1).some((line) => line.start > at && line.start < end)) return true;
    }
    return false;
  };
  it('breaks after the slash when nothing binds it', () => {
    expect(breaksInside(text.replace(/ (?=تشرين|الثاني|2017)/g, '\u00a0'))).toBe(true);
  });
  it('never breaks there once bound (a word joiner after the slash)', () => {
    expect(breaksInside(bindDates(text))).toBe(false);
  });
});
