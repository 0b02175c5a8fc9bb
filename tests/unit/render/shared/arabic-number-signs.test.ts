import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicNumberSigns } from '../../../../main/render/shared/arabic-number-signs.ts';
import { arabicIndicDigits } from '../../../../main/text/arabic/index.ts';

const INDIC = (n: string): string => arabicIndicDigits(n);

describe('arabicNumberSigns', () => {
  // [input in Arabic-Indic digits, as the caller passes it, expected]
  const cases: Array<[string, string, string]> = [
    ['a decimal point', '٣.٥', '٣٫٥'],
    ['a decimal in a sentence', 'تقارب ١.٩ ضعفًا.', 'تقارب ١٫٩ ضعفًا.'],
    ['a thousands separator', '٣,٥٠٠', '٣٬٥٠٠'],
    ['several thousands separators', '١,٢٣٤,٥٦٧ دولار', '١٬٢٣٤٬٥٦٧ دولار'],
    ['thousands and a decimal (English style)', '١,٩٠٥.٥', '١٬٩٠٥٫٥'],
    ['thousands and a decimal (European style)', '٣.٥٠٠,٧٥', '٣٬٥٠٠٫٧٥'],
    ['a per cent sign', '٤٥%', '٤٥٪'],
    ['a decimal per cent', 'نما ٣.٥% هذا العام', 'نما ٣٫٥٪ هذا العام'],
    ['a per cent sign after a space', '٤٥ %', '٤٥ ٪'],
    ['a per cent sign after a no-break space', '٤٥\u00A0%', '٤٥\u00A0٪'],
    ['a per cent sign in brackets', '(٤٥%)', '(٤٥٪)'],
    ['a per cent sign before a sentence mark', 'بلغت ٤٥%.', 'بلغت ٤٥٪.'],
    ['a date with two dots is not a decimal', 'في ٢١.١١.٢٠٢٥ صباحًا', 'في ٢١.١١.٢٠٢٥ صباحًا'],
    ['a dotted address is left alone', '١٩٢.١٦٨.١.١', '١٩٢.١٦٨.١.١'],
    ['a time keeps its colon', 'الساعة ١٣:٤٥', 'الساعة ١٣:٤٥'],
    ['a slashed date is left alone', '٢١/١١/٢٠٢٥', '٢١/١١/٢٠٢٥'],
    ['a sentence ending after a number', 'في عام ٢٠٢٤. ثم', 'في عام ٢٠٢٤. ثم'],
    ['a sentence ending after a number, no space', 'عام ٢٠٢٤.', 'عام ٢٠٢٤.'],
    ['a comma between a number and a word', '٢٠٢٤, ثم', '٢٠٢٤, ثم'],
    ['a list of numbers keeps its comma', 'البندان ١,٢', 'البندان ١,٢'],
    ['a comma before four digits is not a thousands separator', '١,٢٣٤٥', '١,٢٣٤٥'],
    ['a comma after four digits is not a thousands separator', '١٢٣٤,٥٦٧', '١٢٣٤,٥٦٧'],
    ['a per cent sign with no number before it', 'نسبة % غير معروفة', 'نسبة % غير معروفة'],
    ['Western digits are treated alike', '3.5 و 45% و 3,500', '3٫5 و 45٪ و 3٬500'],
    ['no digits', 'لا أرقام هنا.', 'لا أرقام هنا.'],
    ['the Arabic comma is never touched', '٣، ٥', '٣، ٥'],
  ];
  it.each(cases)('%s: %s → %s', (_, input, expected) => {
    expect(arabicNumberSigns(input)).toBe(expected);
  });

  it('keeps the digits and the length: only separators and the per cent sign change', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('١', '٥', '0', '9', '.', ',', '%', ' ', ':', 'ب', '/')), (chars) => {
      const text = chars.join('');
      const out = arabicNumberSigns(text);
      const digits = (s: string) => s.replace(/[^0-9\u0660-\u0669]/gu, '');
      return out.length === text.length && digits(out) === digits(text)
        && [...out].every((c, i) => c === text[i] || (c === '٫' && '.,'.includes(text[i] ?? ''))
          || (c === '٬' && '.,'.includes(text[i] ?? '')) || (c === '٪' && text[i] === '%'));
    }), { numRuns: 500 });
  });

  it('writes any decimal number with one Arabic decimal separator, and any grouped number with Arabic thousands separators', () => {
    fc.assert(fc.property(fc.nat({ max: 1e6 }), fc.nat({ max: 999 }), (whole, fraction) => {
      const decimal = INDIC(`${whole}.${fraction}`);
      const grouped = INDIC(whole.toLocaleString('en-US'));
      return arabicNumberSigns(decimal) === INDIC(`${whole}٫${fraction}`)
        && arabicNumberSigns(grouped) === grouped.replace(/,/gu, '٬')
        && arabicNumberSigns(`${INDIC(String(whole))}%`) === `${INDIC(String(whole))}٪`;
    }), { numRuns: 300 });
  });

  it('never changes a run with two or more dots (dates, versions, addresses)', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 9999 }), { minLength: 3, maxLength: 5 }), (parts) => {
      const run = INDIC(parts.join('.'));
      return arabicNumberSigns(`في ${run} قال`) === `في ${run} قال`;
    }), { numRuns: 300 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => arabicNumberSigns(arabicNumberSigns(s)) === arabicNumberSigns(s)), { numRuns: 300 });
  });
});
