// The outlet a page names as someone else's — a list name closing the page's own, a menu's service link, a social
// account, the original a translation credits, a tagline of purpose — is not read as the page's outlet
// (outlet13: the wrong outlets of untouched-17, grouped by cause).
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { breadcrumbOutlet } from '../../../../main/ingest/metadata/breadcrumb.ts';
import { asOutlet, detectOutlet, headlineSuffixOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { outletHeldBy } from '../../../../main/ingest/metadata/held-outlet.ts';
import { hostSpelledMasthead } from '../../../../main/ingest/metadata/host-masthead.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { footerOutlet } from '../../../../main/ingest/metadata/site-footer.ts';
import type { RawDocument } from '../../../../main/model/raw-document.ts';

describe('a listed name closing a longer name of its own', () => {
  it('is the adjective of the holder, not the listed outlet', () => {
    expect(outletHeldBy('جريدة النسيم العمانية')).toBeNull();
    // The paper is cited by its own name, the state's adjective off (detect-outlet.ts).
    expect(asOutlet('جريدة النسيم العمانية')).toEqual({ name: 'جريدة النسيم', known: false });
  });

  it('is still the listed outlet when only an outlet word stands before it, or when it opens the name', () => {
    expect(outletHeldBy('وكالة العمانية')?.name).toBe('وكالة الأنباء العمانية');
    expect(outletHeldBy('قناة الجزيرة مباشر')?.name).toBe('الجزيرة');
  });
});

describe('a menu line of service links', () => {
  it('names no outlet by its last item', () => {
    expect(breadcrumbOutlet('الرئيسية | عن الموقع | تواصل')).toBeNull();
    expect(breadcrumbOutlet('الرئيسية | من نحن | تواصل')).toBeNull();
  });

  it('leaves a trail of sections ending in an outlet', () => {
    expect(breadcrumbOutlet('العراق - سياسة - السومرية نيوز')).toBe('السومرية نيوز');
  });
});

describe('a footer sending the reader to a social account', () => {
  it.each(['تابعونا على منصة X: @nasimnews', 'تابعونا على حساب تويتر', 'تابعنا على @nasimnews'])('%s names no site', (line) => {
    expect(footerOutlet(line)).toBeNull();
  });

  it('still names the site a footer sends the reader to', () => {
    expect(footerOutlet('تابعونا على بوابة الجنوب')).toBe('بوابة الجنوب');
  });
});

describe('a translated story crediting its original', () => {
  const page = (mark: string): RawDocument => ({
    file: 'page.txt',
    format: 'txt',
    encoding: 'utf-8',
    declared: {},
    text: [
      'الرئيسية | أخبار | رأي',
      'لجنة برلمانية تطالب بمراجعة عقود الطاقة الموقعة مع الشركات الأجنبية',
      mark,
      'قالت لجنة برلمانية في تقرير نشرته اليوم إن عقود الطاقة الموقعة قبل عامين تحتاج إلى مراجعة شاملة، وإن بعض بنودها لم يعرض على البرلمان.',
      'وأوصت اللجنة بتعليق العمل بالعقود الجديدة إلى حين انتهاء المراجعة.',
      'المصدر: صحيفة هآرتس',
      'جميع الحقوق محفوظة © صحيفة النسيم 2026',
    ].join('\n'),
  });

  it('is read as the page that translated it', () => {
    const raw = page('ترجمة النسيم');
    expect(detectOutlet(raw, splitLines(raw.text)).value).toBe('صحيفة النسيم');
  });

  it('is read as the paper credited when the page does not say it translated', () => {
    const raw = page('الأربعاء 14 يناير 2026');
    expect(detectOutlet(raw, splitLines(raw.text)).value).toBe('هآرتس');
  });
});

describe('a tagline saying what the outlet is for or about', () => {
  it.each(['منصة للفكر والحوار', 'موقع عن البادية والجنوب'])('%s is a tagline', (line) => expect(isOutletTagline(line)).toBe(true));
  it.each(['موقع لوسيل', 'منصة عن'])('%s is not', (line) => expect(isOutletTagline(line)).toBe(false));
});

describe('a source line crediting the site and a wire', () => {
  it('is no headline with its site after a dash', () => {
    expect(headlineSuffixOutlet('المصدر: النسيم نيوز - رويترز')).toBeNull();
    expect(headlineSuffixOutlet('البرلمان يقر موازنة العام المقبل بعد جلسة طويلة - رويترز')?.name).toBe('رويترز');
  });
});

describe('a wire credited under the story of a site whose host spells its masthead', () => {
  const text = (masthead: string): string =>
    [
      'nasim.net.sa/2026/01/12/story',
      masthead,
      'عقار | تمويل | مشاريع',
      'افتتاح مكتب جديد لتسجيل العقارات في المنطقة الشمالية',
      'أعلنت الجهة المختصة افتتاح مكتب جديد لتسجيل العقارات في المنطقة الشمالية، داعية الملاك إلى مراجعة بياناتهم خلال شهرين من تاريخ الإعلان.',
      'وقالت إن المكتب سيعمل طوال أيام الأسبوع.',
      'المصدر: واس',
    ].join('\n');
  const read = (page: string): string | null => detectOutlet({ file: 'page.txt', format: 'txt', encoding: 'utf-8', declared: {}, text: page }, splitLines(page)).value;

  it('is a source: the masthead names the site', () => {
    expect(hostSpelledMasthead(splitLines(text('نسيم')), 'nasim.net.sa/x')).toBe('نسيم');
    expect(read(text('نسيم'))).toBe('نسيم');
  });

  it('is the outlet when the masthead says nothing the host spells', () => {
    expect(read(text('أخبار العقار'))).toBe('واس');
  });
});
