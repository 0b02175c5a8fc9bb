import { describe, expect, it } from 'vitest';
import { breadcrumbOutlet } from '../../../../main/ingest/metadata/breadcrumb.ts';
import { countryQualifiedOutlet, stateOfNisba } from '../../../../main/ingest/metadata/country-qualified.ts';
import { gluedDatelineAgency } from '../../../../main/ingest/metadata/glued-dateline.ts';
import { initialsKey } from '../../../../main/ingest/metadata/initials.ts';
import { aggregatedSourceOfUrl, outletByName, outletOfCountry } from '../../../../main/ingest/metadata/known-outlets.ts';
import { detectOutlet, selfReferences } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { isKnownPlace, placeState } from '../../../../main/ingest/metadata/known-places.ts';
import { isBareRole, isEditorsMasthead, mastheadOutlet } from '../../../../main/ingest/metadata/masthead.ts';
import { datelineOutlet, logoOutlet, ownDateline } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { footerOutlet } from '../../../../main/ingest/metadata/site-footer.ts';
import { sourceLineOutlet } from '../../../../main/ingest/metadata/source-line.ts';

describe('agency initials, however dotted or spaced', () => {
  it.each([
    ['أ.ف.ب', 'افب'],
    ['(أ ش أ)', 'اشا'],
    ['A,F,P', 'afp'],
    ['د ب أ', 'دبا'],
  ])('%s has the key %s', (text, key) => expect(initialsKey(text)).toBe(key));

  it.each(['رويترز', 'أ', 'أب جد', 'وكالة أ ف ب'])('%s is not initials', (text) => expect(initialsKey(text)).toBeNull());

  it.each([
    ['أ.ش.أ', 'وكالة أنباء الشرق الأوسط'],
    ['ا ف ب', 'وكالة الصحافة الفرنسية'],
    ['أ،ف،ب', 'وكالة الصحافة الفرنسية'],
    ['A.F.P', 'وكالة الصحافة الفرنسية'],
    ['د.ب.ا', 'وكالة الأنباء الألمانية'],
  ])('%s names %s', (text, outlet) => expect(outletByName(text)?.name).toBe(outlet));
});

describe('namesakes told apart by their country', () => {
  it.each([
    ['الدستور المصرية', 'الدستور المصرية', true],
    ['جريدة الدستور الأردنية', 'الدستور الأردنية', true],
    ['الشروق الجزائرية', 'الشروق أونلاين', true],
    ['هسبريس المغربية', 'هسبريس', true],
    // The gazetteer knows «الأيام» but not which country it is from: the written name, not a namesake.
    ['الأيام البحرينية', 'الأيام البحرينية', false],
  ])('%s is %s', (text, name, known) => {
    const found = countryQualifiedOutlet(text);
    expect(found?.name).toBe(name);
    expect(found?.known !== null).toBe(known);
  });

  it.each(['الحكومة المصرية', 'النهار', 'وزارة الخارجية الأردنية'])('%s is no outlet qualified by its country', (text) => {
    expect(countryQualifiedOutlet(text)).toBeNull();
  });

  it('maps nationality adjectives and places to their states, and a short name to the outlet of a country', () => {
    expect(stateOfNisba('المصرية')).toBe('مصر');
    expect(stateOfNisba('اللبناني')).toBe('لبنان');
    expect(stateOfNisba('الجديدة')).toBeNull();
    expect(placeState('نواكشوط')).toBe('موريتانيا');
    expect(isKnownPlace('حلب')).toBe(true);
    expect(isKnownPlace('الوزير')).toBe(false);
    expect(outletOfCountry('الأخبار', 'موريتانيا')?.name).toBe('الأخبار إنفو');
    expect(outletOfCountry('الأخبار', 'لبنان')?.name).toBe('الأخبار اللبنانية');
    expect(outletOfCountry('الأخبار', 'اليابان')).toBeNull();
  });
});

describe('an aggregator breadcrumb naming the source', () => {
  it.each([
    ['المغرب / سياسة / هسبريس', 'هسبريس'],
    ['عربي ودولي » لبنان » لبنان 24', 'لبنان 24'],
    ['الرئيسية › أخبار مصر › المصدر: بوابة الأهرام', 'الأهرام'],
    ['أخبار الخليج / الإمارات / صحيفة الساحل اليوم', 'صحيفة الساحل اليوم'],
    ['العراق - سياسة - السومرية نيوز', 'السومرية نيوز'],
    ['سوريا | اقتصاد | عنب بلدي', 'عنب بلدي'],
  ])('%s → %s', (line, outlet) => expect(breadcrumbOutlet(line)).toBe(outlet));

  it.each(['الرئيسية / أخبار / سياسة', 'الرئيسية » أخبار مصر', '27/12/2024', 'سوريا / دمشق', 'قال الوزير / إن الحكومة ستعمل على ذلك.', 'الحكومة تقر الموازنة - والبرلمان يعترض - الجزيرة', 'العراق - سياسة - صوت البصرة'])(
    '%s names no outlet',
    (line) => expect(breadcrumbOutlet(line)).toBeNull(),
  );
});

describe('mastheads: the paper and its editors', () => {
  it.each([
    ['جريدة النهار المصرية رئيس مجلس الإدارة ورئيس التحرير حسام الدين فوزي', true, false, 'النهار المصرية'],
    ['رئيس مجلسي الإدارة والتحرير: محمود سالم', true, false, null],
    ['رئيس التحرير', true, true, null],
    ['الإشراف العام', true, true, null],
    ['صاحب الامتياز ورئيس التحرير: محمد الصالح', true, false, null],
    ['رئيس التحرير المسؤول: محمد الصالح', true, false, null],
    ['الموقع الرسمي | القاهرة الاخبارية', false, false, 'القاهرة الإخبارية'],
    ['الدستور المصرية', false, false, 'الدستور المصرية'],
    ['وقال رئيس التحرير إن الصحيفة ستصدر غدا', false, false, null],
    ['رئيس الوزراء يتفقد مشروعات الطرق في الصعيد', false, false, null],
  ])('%s', (line, masthead, bare, outlet) => {
    expect(isEditorsMasthead(line)).toBe(masthead);
    expect(isBareRole(line)).toBe(bare);
    expect(mastheadOutlet(line)).toBe(outlet);
  });
});

describe('source lines and footers', () => {
  it.each([
    ['المصدر/ أ.ش.أ', 'وكالة أنباء الشرق الأوسط'],
    ['المصدر: د ب أ', 'وكالة الأنباء الألمانية'],
    ['عن وكالة الأنباء الألمانية', 'وكالة الأنباء الألمانية'],
    ['نقلاً عن موقع صوت الجنوب', 'موقع صوت الجنوب'],
    ['المصدر : A,F,P', 'وكالة الصحافة الفرنسية'],
    ['مصدر الخبر / بوابة الوسط', 'بوابة الوسط'],
    ['المصدر: الجزيرة + وكالات', 'الجزيرة'],
  ])('source line %s → %s', (line, outlet) => expect(sourceLineOutlet(line)).toBe(outlet));

  it.each(['المصدر: وزارة الصحة', 'عن الموضوع نفسه قال الوزير', 'وقالت وكالة رويترز إن المفاوضات ستستأنف'])('%s names no outlet', (line) => {
    expect(sourceLineOutlet(line)).toBeNull();
  });

  it.each([
    ['للمزيد: موقع صوت الساحل، تابعنا على صوت الساحل', 'صوت الساحل'],
    ['للمزيد من الأخبار زوروا موقع هسبريس', 'هسبريس'],
    ['تابعونا على بوابة الجنوب نيوز', 'بوابة الجنوب نيوز'],
    // The platform's spellings are the channel promotion's (social-networks.ts): «تلجرام», «واتس اب» are networks here too.
    ['تابعوا صوت الساحل على تلجرام', 'صوت الساحل'],
    ['تابعوا صوت الساحل على واتس اب', 'صوت الساحل'],
    ['The post البرهان يزور القصر first appeared on اليوم التالي.', 'صحيفة اليوم التالي'],
  ])('footer %s → %s', (line, outlet) => expect(footerOutlet(line)).toBe(outlet));

  it.each(['تابعنا على فيسبوك', 'للمزيد تابعونا على تويتر', 'للمزيد اضغط هنا'])('%s names no site', (line) => expect(footerOutlet(line)).toBeNull());
});

describe('datelines: glued to a caption, with the place in brackets or between slashes', () => {
  it.each([
    ['صورة أرشيفية لمبنى البرلمان العراقي بغداد (رويترز) - أعلن مجلس النواب', 'رويترز'],
    ['متظاهرون في الساحة (أ ف ب)القاهرة (د ب أ) - قال مسؤول', 'وكالة الأنباء الألمانية'],
    ['مشهد عام للمدينة دير الزور (أ ف ب) – أفاد سكان', 'وكالة الصحافة الفرنسية'],
  ])('%s → %s', (line, agency) => expect(gluedDatelineAgency(line)?.name).toBe(agency));

  it('takes a place it does not know when it is glued onto the caption\'s bracket', () => {
    expect(gluedDatelineAgency('صورة لسوق المدينة (أرشيف)بنش (أ ف ب) - قال سكان')?.name).toBe('وكالة الصحافة الفرنسية');
    expect(gluedDatelineAgency('صورة لسوق المدينة بنش (أ ف ب) - قال سكان')).toBeNull();
  });

  it.each(['جانب من الاجتماع (أ ف ب)', 'وقال الوزير (رويترز) - إن الحكومة'])('%s has no dateline', (line) => expect(gluedDatelineAgency(line)).toBeNull());

  it('reads «outlet (place) –» by the place\'s country, «place / outlet /» after a known place, and a place is no paper', () => {
    expect(datelineOutlet('الأخبار (نواكشوط) – أعلنت الحكومة')?.name).toBe('الأخبار إنفو');
    expect(datelineOutlet('خان يونس / سما / بدأت البلدية')?.name).toBe('سما الإخبارية');
    expect(datelineOutlet('غزة/خاص سما/ لم تكن التجربة')?.name).toBe('سما الإخبارية');
    expect(datelineOutlet('قال / سما / إن')).toBeNull();
    expect(ownDateline('الرياض - فهد المطيري - 10:45 ص')).toBeNull();
    expect(ownDateline('دمشق-سانا 3 كانون الأول')?.outlet.name).toBe('سانا');
    expect(ownDateline('القاهرة - بوابة الوسط الخميس 05 مايو 2016')?.outlet.name).toBe('بوابة الوسط');
    expect(ownDateline('القاهرة - وزارة الصحة 12 حالة جديدة')).toBeNull();
  });
});

describe('aggregators and site names', () => {
  it.each([
    ['https://www.masress.com/youm7/993545', 'اليوم السابع'],
    ['https://www.maghress.com/hespress/79855', 'هسبريس'],
    ['https://sauress.com/alriyadh/1013924', 'جريدة الرياض'],
  ])('%s files a copy of %s', (url, outlet) => expect(aggregatedSourceOfUrl(url)?.name).toBe(outlet));

  it.each(['https://www.hespress.com/x-169968.html', 'https://www.masress.com/nosuchpaper/1', 'https://www.masress.com/youm7'])('%s names no source', (url) => {
    expect(aggregatedSourceOfUrl(url)).toBeNull();
  });

  const outlet = (text: string): string | null =>
    detectOutlet({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, splitLines(text)).value;
  const STORY = 'عنوان الخبر في سطر واحد طويل نسبيا\nنص الخبر الذي يروي ما حدث في المدينة أمس بالتفصيل وبجمل كاملة.\n';

  it('reads an aggregator as the outlet only when its page names no source', () => {
    expect(outlet(STORY + 'https://www.djazairess.com/unknownpaper/16274')).toBe('جزايرس');
    expect(outlet(STORY + 'المصدر: الشروق أونلاين\nhttps://www.djazairess.com/unknownpaper/16274')).toBe('الشروق أونلاين');
    expect(outlet(STORY + 'https://www.masress.com/youm7/993545')).toBe('اليوم السابع');
    // Its logo and copyright sign the page around the copy: the source its trail or source line names wins.
    expect(outlet('مصرس\nمصر / حوادث / اليوم السابع\n' + STORY + '© 2025 مصرس')).toBe('اليوم السابع');
    expect(outlet(STORY + 'المصدر: الوطن\n© 2025 مصرس')).toBe('الوطن');
    expect(outlet('مصرس\n' + STORY + '© 2025 مصرس')).toBe('مصرس');
    expect(outlet('مصرس\n' + STORY)).toBe('مصرس');
  });

  it('reads a site name with the words that say what kind of site it is', () => {
    expect(logoOutlet('موقع صدى البلد الإخباري')?.name).toBe('صدى البلد');
    expect(logoOutlet('هسبريس الإلكترونية')?.name).toBe('هسبريس');
    expect(logoOutlet('الأخبار الإلكترونية العاجلة اليوم في مصر')).toBeNull();
    expect(logoOutlet('هسبريس جريدة إلكترونية مغربية')?.name).toBe('هسبريس');
    expect(logoOutlet('عنب بلدي | صحيفة سورية مستقلة')?.name).toBe('عنب بلدي');
    expect(logoOutlet('الجزيرة تبث تقريرا عن الحرب')).toBeNull();
  });
});

describe('an outlet the story quotes is not the publisher', () => {
  it.each([
    ['وقال مسؤول لرويترز إن الاتفاق بات قريبا', []],
    ['وقالت وكالة رويترز إن المفاوضات ستستأنف', []],
    ['وقال مسؤول لـ"إرم نيوز" إن الاتفاق بات قريبا', ['إرم نيوز']],
  ])('%s', (text, outlets) => expect(selfReferences(text)).toEqual(outlets));
});
