// The outlet forms meta19 mended on untouched-17 (studied): each rule in names and lines written for the test, with
// the negative each needs.
import { describe, expect, it } from 'vitest';
import { citedOutlet } from '../../../../main/ingest/metadata/cited-outlet.ts';
import { asOutlet } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { footerOutlet } from '../../../../main/ingest/metadata/site-footer.ts';
import { breadcrumbOutlet } from '../../../../main/ingest/metadata/breadcrumb.ts';
import { isOutletTagline } from '../../../../main/ingest/metadata/outlet-tagline.ts';
import { feminineNisbaOfState } from '../../../../main/ingest/metadata/country-qualified.ts';

const page = (...lines: string[]): string => lines.join('\n');

describe('citedOutlet: a listed name the page qualifies by another state', () => {
  it('adds the state a copyright prints after a dash, or its adjective', () => {
    expect(citedOutlet('النهار', page('خبر', 'جميع الحقوق محفوظة © جريدة النهار - الكويت'))).toBe('النهار الكويتية');
    expect(citedOutlet('النهار', page('خبر', '© جريدة النهار الكويتية'))).toBe('النهار الكويتية');
  });
  it('adds nothing for the list’s own state, nor after a word that is no state', () => {
    expect(citedOutlet('النهار', page('خبر', '© جريدة النهار - لبنان'))).toBe('النهار');
    expect(citedOutlet('النهار', page('خبر', '© جريدة النهار - أخبار'))).toBe('النهار');
  });
  it('names the state’s adjective from the places gazetteer', () => {
    expect(feminineNisbaOfState('قطر')).toEqual({ state: 'قطر', nisba: 'القطرية' });
    expect(feminineNisbaOfState('أخبار')).toBeNull();
  });
});

describe('citedOutlet: the Arabic twin of a Latin name, kind words aside', () => {
  it('finds the logo’s Arabic name under its kind noun and adjective', () => {
    expect(citedOutlet('Al-Mosuliya', 'خبر', ['قناة الموصلية الفضائية'])).toBe('الموصلية');
  });
  it('keeps the Latin name when no Arabic one spells it', () => {
    expect(citedOutlet('Al-Mosuliya', 'خبر', ['قناة الرافدين الفضائية'])).toBe('Al-Mosuliya');
  });
});

describe('asOutlet: a paper’s name closed by its state’s adjective', () => {
  it('is not the agency that adjective names alone', () => {
    expect(asOutlet('جريدة الزمن العمانية')).toEqual({ name: 'جريدة الزمن', known: false });
    expect(asOutlet('وكالة الأنباء العمانية')?.name).toBe('وكالة الأنباء العمانية');
  });
});

describe('the page’s furniture that names no outlet', () => {
  it('reads a network behind its platform noun and a handle as no site', () => {
    expect(footerOutlet('تابعونا على منصة X: @example')).toBeNull();
    expect(footerOutlet('تابعونا على بوابة الجنوب')).toBe('بوابة الجنوب');
  });
  it('reads the site a follow line names without the network it is followed on', () => {
    expect(footerOutlet('تابعوا بوابة الجنوب على جوجل نيوز')).toBe('بوابة الجنوب');
    expect(footerOutlet('تابعونا على بوابة الجنوب عبر منصة تلغرام')).toBe('بوابة الجنوب');
    // «على» before a word that is no network is not cut off as one.
    expect(footerOutlet('تابعوا بوابة الجنوب على الساحل')).not.toBe('بوابة الجنوب');
  });
  it('reads a menu with the site’s own pages as no trail', () => {
    expect(breadcrumbOutlet('الرئيسية | عن المدونة | تواصل')).toBeNull();
  });
  it('reads what an outlet is for as its tagline, not a name', () => {
    expect(isOutletTagline('منصة للرأي والتدوين')).toBe(true);
    expect(isOutletTagline('منصة للرأي حول العالم')).toBe(false);
    expect(isOutletTagline('مدونة عن الكرك والطفيلة ومعان')).toBe(true);
    expect(isOutletTagline('مدونة عن')).toBe(false);
    expect(isOutletTagline('صحيفة الخليج')).toBe(false);
  });
});
