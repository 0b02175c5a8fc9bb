import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';

// Lines of our own. «جميع الحقوق محفوظة لـ X» glues its preposition to the holder («لعنب بلدي», «للشروق»); after the
// mark «©» the holder stands alone, and its own first «ل» («لبنان الكبير») is no preposition.
describe('copyrightHolder after the mark', () => {
  it('keeps a holder\'s own first «ل» when the mark stands between the clause and the name', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة © لبنان الكبير 2026')).toBe('لبنان الكبير');
    expect(copyrightHolder('كل الحقوق محفوظة © لوسيل نيوز')).toBe('لوسيل نيوز');
  });

  it('still takes off a preposition written out or glued as «لل», mark or no mark', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة © للجزيرة')).toBe('الجزيرة');
    expect(copyrightHolder('جميع الحقوق محفوظة © 2026 لـ عنب بلدي')).toBe('عنب بلدي');
    expect(copyrightHolder('جميع الحقوق محفوظة لعنب بلدي')).toBe('عنب بلدي');
    expect(copyrightHolder('جميع الحقوق محفوظة للشروق 2025')).toBe('الشروق');
    expect(copyrightHolder('© 2025 عنب بلدي')).toBe('عنب بلدي');
  });

  it('reads a «ل» before an outlet noun as the preposition after the mark too, for a holder the list lacks', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة © لموقع زمردة نيوز 2026')).toBe('موقع زمردة نيوز');
    expect(copyrightHolder('جميع الحقوق محفوظة © لصحيفة زمردة')).toBe('صحيفة زمردة');
    expect(copyrightHolder('جميع الحقوق محفوظة © لبنان الكبير 2026')).toBe('لبنان الكبير');
  });
});
