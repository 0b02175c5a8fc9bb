import { describe, expect, it } from 'vitest';
import { pagePhrase } from '../../../../main/ingest/outlet/page-phrase.ts';

// Lines of our own; the names are invented or generic.
describe('pagePhrase: a page’s words about itself where a name would stand', () => {
  it('takes a skip link, a salutation, a desk, a tagline and its describing words', () => {
    expect(pagePhrase('تخطى إلى المحتوى')).toBe(true);
    expect(pagePhrase('انتقل إلى المحتوى الرئيسي')).toBe(true);
    expect(pagePhrase('متابعينا الكرام')).toBe(true);
    expect(pagePhrase('المكتب الإعلامي')).toBe(true);
    expect(pagePhrase('صحيفة يومية مستقلة')).toBe(true);
    expect(pagePhrase('إخبارية مستقلة')).toBe(true);
    expect(pagePhrase('اتصل بنا')).toBe(true);
  });
  it('leaves an outlet’s name alone, one named for a place or a number too', () => {
    expect(pagePhrase('نبض الوادي')).toBe(false);
    expect(pagePhrase('صوت الساحل')).toBe(false);
    expect(pagePhrase('الواحة 24')).toBe(false);
    expect(pagePhrase('صحيفة الميزان')).toBe(false);
    expect(pagePhrase('Wadi Press')).toBe(false);
    expect(pagePhrase('مستقلة')).toBe(false);
  });
});
