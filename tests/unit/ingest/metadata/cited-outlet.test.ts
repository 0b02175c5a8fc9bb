// The outlet as a reader cites it (cited-outlet.ts), each rule in names and lines written for the test, with the
// negative each needs: a name the rule must leave as it is.
import { describe, expect, it } from 'vitest';
import { citedOutlet, spelledAlike } from '../../../../main/ingest/metadata/cited-outlet.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';

const page = (...lines: string[]): string => lines.join('\n');

describe('citedOutlet: page furniture', () => {
  it('drops the section a breadcrumb puts after the site', () => {
    expect(citedOutlet('جريدة عمان › مقالات', '')).toBe('جريدة عمان');
  });
  it('drops an honorific after a name', () => {
    expect(citedOutlet('إذاعة الإمام علي (ع)', '')).toBe('إذاعة الإمام علي');
  });
  it('drops a French or English copyright clause', () => {
    expect(citedOutlet('Tous droits réservés La Gazette Verte', '')).toBe('La Gazette Verte');
    expect(citedOutlet('Nile Mirror All rights reserved', '')).toBe('Nile Mirror');
  });
});

describe('citedOutlet: two spellings of one name', () => {
  it('keeps the Arabic of an Arabic name followed by its own Latin spelling', () => {
    expect(citedOutlet('نبض الشارع  NABDALSHARE', '')).toBe('نبض الشارع');
    expect(citedOutlet('Nabd Alshare - نبض الشارع', '')).toBe('نبض الشارع');
  });
  it('keeps the Arabic name and drops a tagline after it when the Latin spells only the name', () => {
    expect(citedOutlet('Nabd - نبض موقع إخباري مستقل', '')).toBe('نبض');
  });
  it('gives the listed name for two forms the list records of one outlet', () => {
    expect(citedOutlet('وكالة الأنباء اليمنية سبأ', '')).toBe('سبأ');
    expect(citedOutlet('وكالة جيبوتي للأنباء ADI', '')).toBe('وكالة جيبوتي للأنباء');
  });
  it('leaves an Arabic name beside a Latin name that is not its spelling', () => {
    expect(citedOutlet('نبض الشارع - Morning Post', '')).toBe('نبض الشارع - Morning Post');
  });
  it('tells spellings apart by their consonants', () => {
    expect(spelledAlike('بيروت تايمز', 'Beirut Times')).toBe(true);
    expect(spelledAlike('صدى المدينة', 'Beirut Times')).toBe(false);
    // Two consonants agree by chance: never enough.
    expect(spelledAlike('بر', 'Bar')).toBe(false);
  });
});

describe('citedOutlet: a Latin name the page also prints in Arabic', () => {
  it('takes the Arabic line of the page that spells it', () => {
    const text = page('Delta Times', 'دلتا تايمز', 'عنوان الخبر هنا', '© 2026 Delta Times');
    expect(citedOutlet('Delta Times', text)).toBe('دلتا تايمز');
  });
  it('never takes a place that spells it for the site', () => {
    const text = page('الرئيسية', 'لبنان', 'لبنان 24', 'عنوان الخبر هنا', 'نص الخبر الذي يطول في سطر كامل من الكلام.');
    expect(citedOutlet('Lebanon24', text)).toBe('لبنان 24');
  });
  it('reads the masthead and the foot before a line of the story that spells it by chance', () => {
    const story = ['عنوان الخبر هنا', 'الأنوار', 'سطر أول من نص الخبر.', 'سطر ثان من نص الخبر.', 'سطر ثالث من نص الخبر.', 'سطر رابع من نص الخبر.', 'سطر خامس من نص الخبر.'];
    expect(citedOutlet('Alnour', page('Alnour', 'الرئيسية', 'أخبار', ...story, 'النور - جميع الحقوق محفوظة'))).toBe('النور');
  });
  it("reads the holder a copyright line names in Arabic, the clause around it aside", () => {
    const text = page('Delta Pulse', 'عنوان الخبر هنا', 'سطر من نص الخبر.', 'جميع الحقوق محفوظة © 2026 دلتا بالس');
    expect(citedOutlet('Delta Pulse', text)).toBe('دلتا بالس');
    // A copyright that names another holder leaves the Latin name as it is.
    expect(citedOutlet('Delta Pulse', page('Delta Pulse', 'عنوان الخبر هنا', 'جميع الحقوق محفوظة © 2026 شركة النيل للإعلام'))).toBe('Delta Pulse');
  });
  it('keeps the Latin name when no line spells it in Arabic', () => {
    expect(citedOutlet('Cedar Times', page('Cedar Times', 'مدينة الأرز', 'عنوان الخبر هنا'))).toBe('Cedar Times');
  });
});

describe('citedOutlet: kind words and full self-names', () => {
  it("drops a paper's or magazine's kind word", () => {
    expect(citedOutlet('جريدة الميزان', '')).toBe('الميزان');
    expect(citedOutlet('مجلة الواحة', '')).toBe('الواحة');
  });
  it('keeps the kind word when the bare name is a place', () => {
    expect(citedOutlet('جريدة عمان', '')).toBe('جريدة عمان');
    expect(citedOutlet('صحيفة القدس', '')).toBe('صحيفة القدس');
  });
  it("keeps an agency's, channel's or radio's own kind word", () => {
    expect(citedOutlet('قناة المسار', '')).toBe('قناة المسار');
    expect(citedOutlet('إذاعة الوادي', '')).toBe('إذاعة الوادي');
  });
  it("gives an agency's full self-name when the page prints it", () => {
    expect(citedOutlet('نجمة', page('وكالة نجمة للأنباء', 'الخبر'))).toBe('وكالة نجمة للأنباء');
    expect(citedOutlet('وكالة نجمة', page('وكالة نجمة للانباء', 'الخبر'))).toBe('وكالة نجمة للأنباء');
    expect(citedOutlet('نجمة', page('نجمة', 'الخبر'))).toBe('نجمة');
  });
  it("leaves a name the story quotes an agency of: only the page's head and foot give the full self-name", () => {
    const story = ['عنوان الخبر هنا', 'وقالت وكالة نجمة للأنباء إن الاجتماع انتهى.', 'سطر من نص الخبر.', 'سطر آخر من نص الخبر.', 'سطر ثالث من نص الخبر.', 'سطر رابع من نص الخبر.', 'سطر خامس من نص الخبر.'];
    expect(citedOutlet('نجمة', page('نجمة', 'الرئيسية', 'أخبار', ...story))).toBe('نجمة');
  });
  it("never makes a paper the list knows into an agency of its name's words", () => {
    expect(citedOutlet('الشروق', page('الشروق', 'وكالة الشروق للأنباء', 'الخبر'))).toBe('الشروق');
  });
});

describe('the import outputs the cited name', () => {
  it("drops a paper's kind word from the outlet it reads off a copyright line", () => {
    const text = page('ارتفاع أسعار القمح في الأسواق المحلية', '', 'ارتفعت أسعار القمح هذا الأسبوع في الأسواق المحلية بنسبة طفيفة.', '', '© 2026 جريدة الميزان. جميع الحقوق محفوظة');
    const record = cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, { now: '2026-01-15' });
    expect(record.outlet).toBe('الميزان');
  });
});

describe('citedOutlet: a listed paper the list knows only with its kind word', () => {
  it('keeps «صحيفة» where the bare name is a common word the list does not take alone', () => {
    expect(citedOutlet('صحيفة الخبر', '')).toBe('صحيفة الخبر');
  });
});

describe("citedOutlet: the masthead's fuller form of a listed name", () => {
  it('never takes the headline for the masthead, though it is the name and one word more', () => {
    const text = page('الوطن تستضيف', 'استضافت المدينة مؤتمرا للطاقة.', '© 2026 جريدة الوطن');
    expect(citedOutlet('الوطن', text, [], ['الوطن تستضيف'])).toBe('الوطن');
  });
  it('takes the masthead line that is the listed name and one word more', () => {
    expect(citedOutlet('الوطن', page('الوطن الجنوبية', 'عنوان الخبر هنا', 'نص الخبر'))).toBe('الوطن الجنوبية');
  });
  it('keeps the name when the word after it only says it is a site, or the line is further down', () => {
    expect(citedOutlet('الوطن', page('الوطن الإخبارية', 'عنوان الخبر هنا'))).toBe('الوطن');
    expect(citedOutlet('الوطن', page('قائمة', 'أخبار', 'عنوان الخبر هنا', 'الوطن الجنوبية'))).toBe('الوطن');
  });
});

describe("citedOutlet: a Latin name opening with a listed outlet's initials", () => {
  it("gives the outlet's Arabic name when the page prints it", () => {
    expect(citedOutlet('Lana Online', page('Lana Online', 'وكالة الأنباء الليبية', 'عنوان الخبر'))).toBe('وكالة الأنباء الليبية');
  });
  it('keeps the Latin name when the page does not print the Arabic one', () => {
    expect(citedOutlet('Lana Online', page('Lana Online', 'عنوان الخبر'))).toBe('Lana Online');
  });
});

describe("citedOutlet: a Latin name whose Arabic twin only the page's furniture prints", () => {
  it("takes the logo's Arabic name that spells it", () => {
    expect(citedOutlet('Wadi Pulse', page('عنوان الخبر هنا', 'نص الخبر'), ['وادي بالس'])).toBe('وادي بالس');
  });
  it('keeps the Latin name when the furniture names the site otherwise', () => {
    expect(citedOutlet('Wadi Pulse', page('عنوان الخبر هنا', 'نص الخبر'), ['نبض الوادي'])).toBe('Wadi Pulse');
  });
});

describe('citedOutlet: a bare host read as the outlet', () => {
  it('takes the name the masthead prints when the host opens as that name does, in Arabic when both are printed', () => {
    expect(citedOutlet('nabdalwadi-news.com', page('نبض الوادي | Nabd Alwadi', 'عنوان الخبر هنا', 'نص الخبر'))).toBe('نبض الوادي');
    expect(citedOutlet('nabdalwadi.net', page('Nabd Alwadi', 'عنوان الخبر هنا'))).toBe('Nabd Alwadi');
  });
  it("takes the copyright holder's name at the foot when the masthead prints none", () => {
    const text = page('الرئيسية | أخبار | رأي', 'عنوان الخبر هنا', 'سطر من نص الخبر.', 'نبض الوادي © 2026 جميع الحقوق محفوظة');
    expect(citedOutlet('nabdalwadi.net', text)).toBe('نبض الوادي');
  });
  it('keeps the host when the masthead names nothing it spells', () => {
    expect(citedOutlet('nabdalwadi.net', page('الرئيسية | أخبار | رأي', 'عنوان الخبر هنا'))).toBe('nabdalwadi.net');
    expect(citedOutlet('gulf24.today', page('gulf24.today/Post/details/1', 'الرئيسية | اقتصاد'))).toBe('gulf24.today');
  });
});
