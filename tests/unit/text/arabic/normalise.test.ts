import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiDigits, normalise, normaliseWithMap, stripControls } from '../../../../main/text/arabic/index.ts';
import { foldSpaces, isSpace } from '../../../../main/text/arabic/normalise.ts';
import { fixtureTexts } from '../../../helpers/fixture-texts.ts';

describe('normalise', () => {
  it.each([
    ['الكِتَابُ', 'الكتاب'],
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آذار', 'اذار'],
    ['ٱلله', 'الله'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['رئيس', 'رييس'],
    ['مؤتمر', 'موتمر'],
    ['الـمقاتلين', 'المقاتلين'],
    ['٢٠٢٤', '2024'],
    ['۱۴۰۳', '1403'],
    ['٢٫٥', '2.5'],
    ['ﻻ', 'لا'],
    ['ﷲ', 'الله'],
    ['SANA Reuters', 'sana reuters'],
    ['سوريا\u200f\u202bدمشق\u202c', 'سوريادمشق'],
    ['پاکستان', 'پاكستان'],
  ])('%s → %s', (input, key) => {
    expect(normalise(input)).toBe(key);
  });

  it('keeps word boundaries and Latin digits', () => {
    expect(normalise('عام 2013، في إدلب.')).toBe('عام 2013, في ادلب.');
  });

  it('is idempotent and never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalise(normalise(s)) === normalise(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalise(normalise(s)) === normalise(s)));
  });

  it('maps every key character back to the code point it came from', () => {
    const text = 'قالَ الرئيسُ إنّ ٣ آلاف';
    const { key, map } = normaliseWithMap(text);
    expect(key).toBe(normalise(text));
    expect(map).toHaveLength(key.length);
    const at = key.indexOf('الرييس');
    expect(text.slice(map[at], (map[at + 'الرييس'.length - 1] ?? 0) + 1)).toBe('الرئيس');
  });

  it('agrees with normalise on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normaliseWithMap(s).key === normalise(s)));
  });

  // The plain computation the fast path (runs that fold to themselves copied whole) must give: each code point folded
  // alone, every unit of its fold mapped to where it starts.
  function pointByPoint(text: string): { key: string; map: number[] } {
    let key = '';
    const map: number[] = [];
    let index = 0;
    for (const ch of text) {
      const folded = normalise(ch);
      key += folded;
      for (let i = 0; i < folded.length; i++) map.push(index);
      index += ch.length;
    }
    return { key, map };
  }

  it('maps back as folding each code point alone does, on arbitrary strings and lone surrogates', () => {
    for (const unit of ['grapheme', 'binary'] as const) {
      fc.assert(fc.property(fc.string({ unit }), (s) => JSON.stringify(normaliseWithMap(s)) === JSON.stringify(pointByPoint(s))));
    }
    for (const s of ['a\u{1F600}b', '\uD800x', 'x\uDC00', 'ﻻ ﷲ', 'İß', 'أَحْمَد\u00AD']) expect(normaliseWithMap(s)).toEqual(pointByPoint(s));
  });

  it('maps back as folding each code point alone does, on every seed and format fixture studied', () => {
    // The sets written apart are not read here (only their aggregate figures are ever printed).
    const texts = fixtureTexts().filter((t) => !/untouched-2[3-9]/u.test(t.name));
    const differing = texts.filter((t) => JSON.stringify(normaliseWithMap(t.text)) !== JSON.stringify(pointByPoint(t.text)));
    expect(differing.map((t) => t.name)).toEqual([]);
  });
});

describe('display helpers', () => {
  it('asciiDigits converts only digits', () => {
    expect(asciiDigits('في ٨ من كانون الأول ۲۰۲۴')).toBe('في 8 من كانون الأول 2024');
  });
  it('stripControls removes bidi and zero-width marks only', () => {
    expect(stripControls('\u202bمرحبا\u200f بكم\ufeff')).toBe('مرحبا بكم');
  });
  it('foldSpaces folds runs of whitespace to one space and trims, as replace(/\\s+/gu, " ").trim() does', () => {
    expect(foldSpaces('  قال \t\n  الوزير\u00a0 ')).toBe('قال الوزير');
    const same = 'قال الوزير';
    expect(foldSpaces(same)).toBe(same);
    const pieces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff', '\u180e', 'ب', 'x', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(foldSpaces(text)).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isSpace', () => {
  it('is true of exactly the code units \\s matches, all 65,536 of them asked', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /^\s$/u.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
