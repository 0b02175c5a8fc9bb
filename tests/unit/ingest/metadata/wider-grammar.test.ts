// The fourth pass over the metadata grammar (issue 13): names in the forms pages print them beyond the outlet list's
// spelling, unknown names from strong positions, namesakes by the page's country, wire day-month datelines, and the
// bylines and stamps that came with them.
import { describe, expect, it } from 'vitest';
import { latinSiteLine, ownDateline, siteNameLine } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { outletByName, outletInSlot, outletStem } from '../../../../main/ingest/metadata/known-outlets.ts';
import { closingSourceName, sourceLineOutlet } from '../../../../main/ingest/metadata/source-line.ts';
import { shapedDatelineOutlet } from '../../../../main/ingest/metadata/shaped-dateline.ts';
import { pageCountry } from '../../../../main/ingest/metadata/page-country.ts';
import { wireDayMonth } from '../../../../main/ingest/metadata/wire-day-month.ts';
import { englishDates } from '../../../../main/text/dates/english-date.ts';
import { isPersonName, openingWriter, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';
import { isEditorsMasthead } from '../../../../main/ingest/metadata/masthead.ts';

describe('outlet names in slots, beyond the list’s spelling', () => {
  it('reads a stem without its news word, but not a stem that is a place or an ordinary word', () => {
    expect(outletByName('إرم')).toBeNull();
    expect(outletInSlot('إرم')?.name).toBe('إرم نيوز');
    expect(outletStem('شفق')?.name).toBe('شفق نيوز');
    expect(outletInSlot('لبنان')).toBeNull(); // «لبنان 24» without its number is the country
    expect(outletInSlot('المصدر')).toBeNull(); // «المصدر أونلاين» without its word is a label
    expect(outletInSlot('العالم')).toBeNull();
  });

  it('reads a Latin name: a domain, a host, a label spaced or not; a label two outlets share names neither', () => {
    expect(outletInSlot('eremnews')?.name).toBe('إرم نيوز');
    expect(outletInSlot('www.hespress.com')?.name).toBe('هسبريس');
    expect(outletInSlot('Sky News Arabia')?.name).toBe('سكاي نيوز عربية');
    expect(outletInSlot('alarab')).toBeNull(); // alarab.qa and alarab.co.uk
    expect(outletInSlot('news')).toBeNull(); // news.cn's label is a word
    expect(latinSiteLine('eremnews.com')?.name).toBe('إرم نيوز');
    expect(latinSiteLine('A+ A-')).toBeNull();
    expect(latinSiteLine('إرم')).toBeNull();
  });

  it('takes a site-name line in the bare form or a stem, but not one Arabic word that is also a section label', () => {
    expect(siteNameLine('تركيا الان')?.name).toBe('موقع تركيا الآن');
    expect(siteNameLine('إرم')?.name).toBe('إرم نيوز');
    expect(siteNameLine('الأخبار')).toBeNull();
    expect(siteNameLine('الاتحاد')).toBeNull();
    expect(siteNameLine('وزارة الصحة تعلن خطة جديدة للتطعيم')).toBeNull();
  });

  it('reads «المصدر: city - paper», and «stamp - المصدر: X» on one line', () => {
    expect(sourceLineOutlet('المصدر: دبي - البيان')).toBe('صحيفة البيان');
    expect(sourceLineOutlet('المصدر: الخرطوم - السوداني')).toBe('صحيفة السوداني');
    expect(sourceLineOutlet('2025-11-07 00:00:00 - المصدر: روسيا اليوم')).toBe('روسيا اليوم');
    expect(sourceLineOutlet('المصدر: وزارة الصحة')).toBeNull();
    expect(readStamp('2025-11-07 00:00:00 - المصدر: روسيا اليوم', '2026-01-15')?.value).toBe('2025-11-07');
  });

  it('takes an unknown name a closing source line credits, but no institution, statement, network, place or person', () => {
    expect(closingSourceName('مصدر الخبر: صدى الوادي')).toBe('صدى الوادي');
    expect(closingSourceName('المصدر: العربي اليوم')).toBe('العربي اليوم');
    for (const refused of ['المصدر: وزارة الصحة', 'المصدر: مصادر خاصة', 'المصدر: بيان الجيش', 'المصدر: دمشق', 'المصدر: محمد علي', 'المصدر: تويتر', 'المصدر: وكالات']) {
      expect(closingSourceName(refused)).toBeNull();
    }
  });
});

describe('datelines', () => {
  it('reads a known newsroom glued to the lede after a known place', () => {
    expect(ownDateline('برلين - سكاي نيوز عربية توقفت حركة القطارات صباح الأربعاء')?.outlet.name).toBe('سكاي نيوز عربية');
    expect(ownDateline('بيروت - أعلنت الحكومة اللبنانية خطة جديدة')).toBeNull();
  });

  it('takes an unknown name built like an outlet’s beside a known place, either way round, and no person', () => {
    expect(shapedDatelineOutlet('الموصل - الحدباء نيوز - افتتحت الحكومة المحلية سوقا')).toBe('الحدباء نيوز');
    expect(shapedDatelineOutlet('الحدباء نيوز/ الموصل: افتتحت الحكومة المحلية سوقا')).toBe('الحدباء نيوز');
    expect(shapedDatelineOutlet('الرياض - فهد الشمري - أعلنت الوزارة')).toBeNull();
    expect(shapedDatelineOutlet('القاهرة - أخبار محلية - أعلنت الوزارة')).toBeNull();
  });

  it('reads a wire’s day and month as numbers before the agency, and refuses what is no wire dateline', () => {
    expect(wireDayMonth('الجهراء - 9 - 12 (كونا) -- افتتح وزير الصحة')).toBe('--12-09');
    expect(wireDayMonth('الدمام - 4/11 (واس) -- أطلقت الأمانة')).toBe('--11-04');
    expect(wireDayMonth('الجهراء - 9 - 12 (الجمعية) -- افتتح')).toBeNull();
    expect(wireDayMonth('الجهراء - 31 - 13 (كونا) -- افتتح')).toBeNull();
  });
});

describe('the page’s country decides between namesakes', () => {
  it('counts the places the page names, and gives null on a tie', () => {
    expect(pageCountry('تفقد محافظ الجيزة أعمال تطوير ميدان الرماية قرب القاهرة')).toBe('مصر');
    expect(pageCountry('أقر مجلس محافظة إربد موازنة العام')).toBe('الأردن');
    expect(pageCountry('وصل الوفد من القاهرة إلى إربد')).toBeNull();
    expect(pageCountry('لا مكان في هذا السطر')).toBeNull();
  });
});

describe('bylines, mastheads and stamps', () => {
  it('reads «name (city)» under the stamp, and names joined by «بن»', () => {
    expect(parsePlaceByline('فاطمة المنصوري (أبوظبي)')).toBe('فاطمة المنصوري');
    expect(parsePlaceByline('الحدث الأبرز (تحليل)')).toBeNull();
    expect(isPersonName('سالم بن راشد المهندي')).toBe(true);
    expect(isPersonName('بن راشد')).toBe(false);
  });

  it('reads the writer a column’s text opens with', () => {
    expect(openingWriter('هالة الشامي تكتب: تتسع تجارب الزراعة المائية في مدن صحراوية')).toBe('هالة الشامي');
    expect(openingWriter('الحكومة تكتب فصلا جديدا: تتسع تجارب الزراعة')).toBeNull();
  });

  it('reads an Egyptian masthead written with alef maqsura, and a CMS’s dashed English stamp', () => {
    expect(isEditorsMasthead('رئيس مجلسى الإدارة والتحرير')).toBe(true);
    expect(englishDates('02-Aug-25 10:34 AM')[0]?.value).toBe('2025-08-02');
    expect(englishDates('14-Nov-2025')[0]?.value).toBe('2025-11-14');
  });
});
