import { describe, expect, it } from 'vitest';
import { knownOutlets, findOutletMentions, outletByDomain, outletByName, outletInSlot, outletOfCountry, outletWithin } from '../../../../main/ingest/metadata/known-outlets.ts';
import { maskOutletNames } from '../../../../main/ingest/metadata/mask-outlets.ts';
import { copyrightHolder, datelineAgency, donationOutlet, selfReferences } from '../../../../main/ingest/metadata/detect-outlet.ts';

describe('the known-outlets gazetteer', () => {
  it('lists many outlets and agencies, each with a domain and no duplicate name', () => {
    expect(knownOutlets().length).toBeGreaterThanOrEqual(60);
    expect(knownOutlets().filter((o) => o.kind === 'agency').length).toBeGreaterThanOrEqual(15);
    expect(new Set(knownOutlets().map((o) => o.name)).size).toBe(knownOutlets().length);
    expect(knownOutlets().every((o) => o.domains.length > 0 && !o.aliases.includes(o.name))).toBe(true);
  });

  it('finds names with clitics written onto them, and «لل» before names with the article', () => {
    const text = 'وقال للعربي الجديد ولسانا إن صحيفة «الغد» نقلت عن الجزيرة نت وفرانس 24';
    expect(findOutletMentions(text).map((m) => [m.outlet.name, m.attachedLam])).toEqual([
      ['العربي الجديد', true], ['سانا', true], ['الغد', false], ['الجزيرة', false], ['فرانس 24', false],
    ]);
    expect(findOutletMentions('وزارة الصحة والبيانات')).toEqual([]);
  });

  it('finds every place a name is written on a line, in either spelling, and not inside a longer word', () => {
    const text = 'نقلت العربي الجديد عن مصدر، ثم قال للعربي الجديد آخر، وكررت العربي الجديد ذلك، لا العربي الجديدة';
    expect(findOutletMentions(text).map((m) => [text.slice(m.start, m.end), m.attachedLam])).toEqual([
      ['العربي الجديد', false], ['لعربي الجديد', true], ['العربي الجديد', false],
    ]);
  });

  it('matches short Latin acronyms case-sensitively only', () => {
    expect(outletByName('AFP')?.name).toBe('وكالة الصحافة الفرنسية');
    expect(findOutletMentions('a map of the area')).toEqual([]);
  });

  it('finds an acronym only where no letter or digit touches it, a page scanned whole as line by line', () => {
    const names = (text: string): string[] => findOutletMentions(text).map((m) => text.slice(m.start, m.end));
    // Standing alone, after a line break, in brackets and before Arabic punctuation: found.
    expect(names('القاهرة (AFP) - قال\nنقلت AFP، ثم\tAFP')).toEqual(['AFP', 'AFP', 'AFP']);
    // Inside a longer run of capitals, glued to a letter (Latin or Arabic) or a digit: not found.
    expect(names('AFPX XAFP AFP2 2AFP AFPو وAFP')).toEqual([]);
  });

  it('resolves names, contained names and domains', () => {
    expect(outletByName('صحيفة «القدس العربي»')?.name).toBe('القدس العربي');
    expect(outletWithin('شركة إرم ميديا للنشر')?.name).toBe('إرم نيوز');
    expect(outletByDomain('https://arabic.rt.com/news/1')?.name).toBe('روسيا اليوم');
    expect(outletByDomain('https://www.heart.com/x')).toBeNull();
  });

  it('masks multi-word names and quoted one-word names with date words, keeping offsets', () => {
    const text = 'قالت روسيا اليوم إن صحيفة الأيام ستصدر الغد، وذكرت «الغد» أن';
    const masked = maskOutletNames(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('روسيا اليوم');
    expect(masked).not.toContain('الأيام');
    expect(masked).toContain('ستصدر الغد،');
    expect(masked).toContain('«    »');
  });
});

describe('an outlet by the brand it prints in Latin letters or as its site (issue 13)', () => {
  it('knows the Latin brand and the site\'s name as the listed outlet\'s, so the eval counts either as it', () => {
    expect(outletByName('China Radio International')?.name).toBe('إذاعة الصين الدولية');
    expect(outletByName('NHK WORLD-JAPAN')?.name).toBe('إن إتش كيه');
    expect(outletByName('NHK World')?.name).toBe('إن إتش كيه');
    expect(outletByName('القدس دوت كوم')?.name).toBe('صحيفة القدس');
  });

  it('takes no part of a brand for it', () => {
    expect(outletByName('China Radio')).toBeNull();
    expect(outletByName('Radio International')).toBeNull();
    expect(outletByName('دوت كوم')).toBeNull();
  });
});

describe('outlet evidence in lines', () => {
  it('reads copyright holders, donation appeals, agency datelines and self-references', () => {
    expect(copyrightHolder('جميع الحقوق محفوظة © 2024 شركة النهار للنشر - Annahar Media LLC')).toBe('النهار للنشر');
    expect(copyrightHolder('Copyright © 2019-2025 Example News Ltd. All rights reserved.')).toBe('Example News');
    expect(copyrightHolder('قال الوزير إن الحكومة ستعمل')).toBeNull();
    expect(donationOutlet('ادعم مدى مصر')).toBe('مدى مصر');
    expect(donationOutlet('ادعم الصحافة المستقلة')).toBeNull();
    expect(datelineAgency('القاهرة - (أ ف ب) - أعلنت الحكومة')).toBe('وكالة الصحافة الفرنسية');
    expect(datelineAgency('غزة (قصة من الميدان) - قال')).toBeNull();
    expect(selfReferences('وقال مسؤول لـ«الشرق الأوسط» إن الاتفاق قريب، وقال آخر لقناة العربية إنه بعيد')).toEqual(['الشرق الأوسط']);
  });
});

describe('the tenth pass of the outlet list (names that are also phrases of prose, namesakes, domains)', () => {
  it('does not read a phrase of prose as the outlet it also names', () => {
    const prose = 'لليوم الثامن على التوالي شهدت حلب اليوم في الجزائر الجديدة احتجاجات قال المصريون إنها مستمرة';
    expect(findOutletMentions(prose)).toEqual([]);
  });

  it('reads the same names where they are written as outlets, or stand bare where a name stands', () => {
    expect(outletByName('صحيفة «اليوم الثامن»')?.name).toBe('صحيفة اليوم الثامن');
    expect(outletWithin('وقال مصدر لجريدة المصريون إن')?.name).toBe('جريدة المصريون');
    expect(outletInSlot('المصريون')?.name).toBe('جريدة المصريون');
    expect(outletInSlot('عاين')?.name).toBe('منصة عاين');
  });

  it('gives a namesake its country', () => {
    expect(outletOfCountry('الأخبار', 'المغرب')?.name).toBe('جريدة الأخبار المغربية');
    expect(outletOfCountry('الأخبار', 'لبنان')?.name).toBe('الأخبار اللبنانية');
    expect(outletOfCountry('الوطن', 'السعودية')?.name).toBe('الوطن السعودية');
    expect(outletOfCountry('الصباح', 'العراق')?.name).toBe('الصباح العراقية');
  });

  it('knows the new outlets by their hosts, the Saudi الوطن apart from the Egyptian', () => {
    expect(outletByDomain('https://www.alwatan.com.sa/article/1')?.name).toBe('الوطن السعودية');
    expect(outletByDomain('https://www.elwatannews.com/news/details/1')?.name).toBe('الوطن');
    expect(outletByDomain('https://machahid24.com/category/societe')?.name).toBe('مشاهد 24');
    expect(outletByDomain('https://www.zahraainfo.com/node/4414')?.name).toBe('زهرة شنقيط');
    expect(outletByDomain('https://www.yemeress.com/adenalghad/11794')?.aggregator).toBe(true);
  });
});
