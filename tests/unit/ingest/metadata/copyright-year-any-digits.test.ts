import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';

// Lines of our own. The year a copyright states is no part of its holder's name, whatever digits it is printed in.
describe('copyright year in any digit set', () => {
  it('drops an Arabic-Indic year after the holder', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة لشبكة النخيل الإخبارية ٢٠٢٦')).toBe('شبكة النخيل الإخبارية');
    expect(copyrightHolder('© ٢٠١٩ - ٢٠٢٦ موقع الضفاف')).toBe('موقع الضفاف');
  });

  it('drops a Latin year after the holder as before', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة لشبكة النخيل الإخبارية 2026')).toBe('شبكة النخيل الإخبارية');
  });

  it('keeps a number in the name that is no year', () => {
    expect(copyrightHolder('© ٢٠٢٦ قناة ٢٤')).toBe('قناة ٢٤');
    expect(copyrightHolder('© 2026 راديو 20255')).toBe('راديو 20255');
  });
});
