// The mechanisms of the pass on untouched-27's outlets and HTML titles (branch meta27), each in text of our own:
// every positive case fails without its fix, and each has a like form that must not be read so.
import { describe, expect, it } from 'vitest';
import { citedOutlet } from '../../../../main/ingest/metadata/cited-outlet.ts';
import { copyrightClaim } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { outletHeldBy } from '../../../../main/ingest/metadata/held-outlet.ts';
import { readHtmlFile } from '../../../../main/ingest/readers/html-reader.ts';

const HEADLINE = 'مصنع عماني للتمور يفتتح خط تعبئة جديدا في نزوى';
const LEDE = 'افتتح مصنع للتمور خط تعبئة جديدا يرفع طاقته الإنتاجية إلى ضعفي ما كانت عليه، ويتيح تصدير أصناف محلية إلى أسواق الخليج.';

describe('a title tag whose suffix names the site in the other script than og:site_name', () => {
  const page = (h1: string): string =>
    `<html lang="ar"><head><title>${HEADLINE} | منصة أسواق</title><meta property="og:site_name" content="Zoqa"></head><body><h1>${h1}</h1><p>${LEDE}</p></body></html>`;
  it('loses its suffix when the h1 prints the head alone', () => {
    expect(readHtmlFile('a.html', new TextEncoder().encode(page(HEADLINE))).declared.title).toBe(HEADLINE);
  });
  it('keeps it when the h1 is another line', () => {
    expect(readHtmlFile('a.html', new TextEncoder().encode(page('أخبار الشركات'))).declared.title).toBe(`${HEADLINE} | منصة أسواق`);
  });
});

describe('a press release\'s copyright line closed by its provider', () => {
  it('names the provider, not the issuer nor the words between', () => {
    expect(copyrightClaim('حقوق النشر 2026 واحة النخيل للتمور. جميع الحقوق محفوظة. مقدم من منصة أسواق')?.holder).toBe('منصة أسواق');
    expect(copyrightClaim('Copyright 2026 Palm Oasis Dates. All rights reserved. Provided by Aswaq')?.holder).toBe('Aswaq');
  });
  it('names the holder as before when no provider closes the line, or «مقدم» is not the provider\'s clause', () => {
    expect(copyrightClaim('© 2026 منصة أسواق')?.holder).toBe('منصة أسواق');
    expect(copyrightClaim('جميع الحقوق محفوظة لموقع أسواق المقدم من الشركة')?.holder).not.toBe('الشركة');
  });
});

describe('a Latin copyright holder named with its company word', () => {
  const page = ['صحيفة يومية', '', 'عنوان الخبر في الصفحة الأولى', '', LEDE, '', '[اتصل بنا] [الأرشيف] [الرمال]', 'Copyright 2026, Al-Rimal Corporation, All rights Reserved'].join('\n');
  it('is cited by the Arabic twin a bracketed footer link spells, without the company word', () => {
    expect(copyrightClaim('Copyright 2026, Al-Rimal Corporation, All rights Reserved')?.holder).toBe('Al-Rimal');
    expect(citedOutlet('Al-Rimal', page)).toBe('الرمال');
  });
  it('keeps its Latin name when no bracketed link spells it', () => {
    expect(citedOutlet('Al-Rimal', page.replace('[الرمال]', '[الصفحة الرئيسية]'))).toBe('Al-Rimal');
  });
});

describe('a listed adjective of relation inside a longer name', () => {
  it('is no held outlet between a kind word and a «ل» complement', () => {
    expect(outletHeldBy('البوابة العربية للأخبار التقنية')).toBeNull();
  });
  it('is still the listed outlet after a kind word alone, or with an adjective after it', () => {
    expect(outletHeldBy('شبكة العربية نت')?.name).toBe('العربية');
    expect(outletHeldBy('قناة السومرية الفضائية')).not.toBeNull();
  });
});
