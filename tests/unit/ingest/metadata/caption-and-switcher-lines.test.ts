import { describe, expect, it } from 'vitest';
import { isLanguageMenu } from '../../../../main/ingest/metadata/language-menu.ts';
import { logoOutlet } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { menuOutlet } from '../../../../main/ingest/metadata/menu-outlet.ts';
import { copyrightHolder } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { isPhotoCreditMark } from '../../../../main/ingest/metadata/photo-credit-mark.ts';
import { carriedCredit } from '../../../../main/ingest/metadata/carried-credit.ts';

// Lines of our own in the forms untouched-26 and a reviewer's pages showed; the outlets named are invented.
describe('a language switcher names no outlet', () => {
  it('is a line of languages each in its own name, one in another script than Arabic', () => {
    expect(isLanguageMenu('العربية | English | 日本語')).toBe(true);
    expect(isLanguageMenu('العربية • Français')).toBe(true);
    expect(logoOutlet('العربية | English | 日本語')).toBeNull();
    expect(menuOutlet('العربية | English | Français | Español')).toBeNull();
  });
  it('is not a menu of sections, nor a language name among them, nor the channel named alone', () => {
    expect(isLanguageMenu('العربية | رياضة | اقتصاد')).toBe(false);
    expect(isLanguageMenu('Home | News | Sport')).toBe(false);
    expect(isLanguageMenu('العربية')).toBe(false);
    expect(logoOutlet('العربية')?.name).toBe('العربية');
  });
});

describe('a photographer\'s credit with a mark is no copyright of the page', () => {
  it('refuses «تصوير: name © X» and a caption with a photographer label before the mark', () => {
    expect(isPhotoCreditMark('تصوير: محمد علي © صدى الوادي')).toBe(true);
    expect(copyrightHolder('تصوير: محمد علي © صدى الوادي')).toBeNull();
    expect(copyrightHolder('مشهد من الحفل - تصوير: خالد عمر / © نبض الوادي')).toBeNull();
  });
  it('still reads a copyright with a year or a reserved clause, and a caption\'s mark without a photographer label', () => {
    expect(copyrightHolder('© 2026 صدى الوادي')).toBe('صدى الوادي');
    expect(copyrightHolder('جميع الحقوق محفوظة © صدى الوادي')).toBe('صدى الوادي');
    expect(isPhotoCreditMark('صورة أرشيفية لطلاب في قاعة الامتحان © الأيام')).toBe(false);
  });
});

describe('a newsroom\'s own credit in quotes after a town the gazetteer lacks', () => {
  it('reads «town – خاص «X»»', () => {
    expect(carriedCredit('ديربورن – خاص «صدى الوادي»')).toBe('صدى الوادي');
  });
  it('refuses it unquoted after an unknown town, and after a person\'s name', () => {
    expect(carriedCredit('ديربورن – خاص صدى الوادي')).toBeNull();
    expect(carriedCredit('سارة – خاص «صدى الوادي»')).toBeNull();
  });
});
