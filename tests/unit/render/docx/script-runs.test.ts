import { describe, expect, it } from 'vitest';
import { splitScriptRuns } from '../../../../main/render/docx/script-runs.ts';

describe('splitScriptRuns', () => {
  it('splits a mixed Arabic paragraph into rtl Arabic runs and ltr Latin and digit runs', () => {
    expect(splitScriptRuns('قالت وكالة Reuters إن 250 عنصراً (NATO) عادوا')).toEqual([
      { text: 'قالت وكالة ', rtl: true },
      { text: 'Reuters', rtl: false },
      { text: ' إن ', rtl: true },
      { text: '250', rtl: false },
      { text: ' عنصراً (', rtl: true },
      { text: 'NATO', rtl: false },
      { text: ') عادوا', rtl: true },
    ]);
  });

  it('keeps Arabic-Indic digits in the Arabic run', () => {
    expect(splitScriptRuns('في عام ٢٠٢٤ م')).toEqual([{ text: 'في عام ٢٠٢٤ م', rtl: true }]);
  });

  it('keeps a Latin phrase with its inner spaces in one run', () => {
    expect(splitScriptRuns('نقلت Erem Media FZ LLC الخبر')).toEqual([
      { text: 'نقلت ', rtl: true },
      { text: 'Erem Media FZ LLC', rtl: false },
      { text: ' الخبر', rtl: true },
    ]);
  });

  it('loses no character', () => {
    const text = 'أعلن 🇮🇶 الجيش (Iraqi Army) عن إعادة 1905 جنود، أي ٪٣٠.';
    expect(splitScriptRuns(text).map((r) => r.text).join('')).toBe(text);
    expect(splitScriptRuns('')).toEqual([]);
  });
});
