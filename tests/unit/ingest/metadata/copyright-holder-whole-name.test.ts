import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';

// Lines of our own. A copyright's holder is its whole name: a listed outlet's name inside a longer one
// («جسر الأناضول») is not that outlet, and the dash that stood before the reserved clause is no part of the name.
describe('copyright holder read whole', () => {
  it('trims the separator the reserved clause leaves after the holder', () => {
    expect(copyrightHolder('© 2026 كورابيا - جميع الحقوق محفوظة')).toBe('كورابيا');
    expect(copyrightHolder('© 2026 كورابيا | جميع الحقوق محفوظة')).toBe('كورابيا');
  });
});
