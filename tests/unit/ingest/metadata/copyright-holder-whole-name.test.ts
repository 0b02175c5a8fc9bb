import { describe, expect, it } from 'vitest';
import { asOutlet, copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';

// Lines of our own. A copyright's holder is its whole name: a listed outlet's name inside a longer one
// («جسر الأناضول») is not that outlet, and the dash that stood before the reserved clause is no part of the name.
describe('copyright holder read whole', () => {
  it('keeps a longer name that ends in a listed outlet\'s name as a name of its own', () => {
    expect(asOutlet(copyrightHolder('© 2026 جسر الأناضول - جميع الحقوق محفوظة') ?? '')).toEqual({ name: 'جسر الأناضول', known: false });
  });

  it('still reads the listed outlet when only kind words stand before it', () => {
    expect(asOutlet(copyrightHolder('جميع الحقوق محفوظة لوكالة الأناضول ©') ?? '')?.name).toBe('الأناضول');
    expect(asOutlet('شبكة الجزيرة')?.name).toBe('الجزيرة');
  });

  it('trims the separator the reserved clause leaves after the holder', () => {
    expect(copyrightHolder('© 2026 كورابيا - جميع الحقوق محفوظة')).toBe('كورابيا');
    expect(copyrightHolder('© 2026 كورابيا | جميع الحقوق محفوظة')).toBe('كورابيا');
  });
});
