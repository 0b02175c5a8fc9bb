import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../../main/model/raw-document.ts';
import { splitLines } from '../../../../main/ingest/lines/split-lines.ts';
import { headAndFoot, outletCandidates } from '../../../../main/ingest/outlet/outlet-candidates.ts';
import { chooseOutlet, pickOutlet } from '../../../../main/ingest/outlet/choose-outlet.ts';
import { outletMargin } from '../../../../main/ingest/outlet/outlet-model-file.ts';

// A page of our own: a menu, the headline, a newsroom's dateline, the story opened by a wire's dateline (and another
// wire's in its middle, which is neither head nor foot), and a copyright line at the foot; the title tag names a
// third outlet after a bar.
const text = [
  'الرئيسية | أخبار | رياضة',
  'افتتاح جسر جديد فوق نهر المدينة بعد ثلاث سنوات من العمل',
  'بغداد - شفق نيوز',
  'بيروت (رويترز) - افتتحت البلدية صباح اليوم جسرا جديدا فوق نهر المدينة بعد ثلاث سنوات من العمل، وقال رئيس البلدية إن الجسر سيخفف الزحام.',
  'وقال مسؤول في البلدية إن العمل سيتواصل في الطرق المؤدية إلى الجسر حتى نهاية الشهر المقبل، بعد أن تأخر أسابيع.',
  'بيروت (أ ف ب) - هذا سطر من وسط القصة يحمل خط وكالة أخرى ولا يقرأ منه شيء لأنه ليس في رأس الصفحة.',
  'وأضاف المسؤول أن الأعمال ستنتهي قبل الموعد المحدد لها إذا بقي الطقس على حاله طوال الأسابيع المقبلة.',
  'وأضاف أن حركة المرور ستفتح أمام الشاحنات في وقت لاحق.',
  '© 2025 عنب بلدي',
].join('\n');
const raw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text, declared: { title: 'افتتاح جسر جديد | المدى' } };
const page = { raw, lines: splitLines(text), rules: 'شفق نيوز' };

// The features of the candidate `value` on a page of `lines` with no rules' read and no fields.
const featuresOn = (lines: string[], value: string) => {
  const t = lines.join('\n');
  return outletCandidates({ raw: { file: 'p.txt', format: 'txt', encoding: 'utf-8', text: t, declared: {} }, lines: splitLines(t), rules: null }).find((c) => c.value === value)?.features;
};
const libraryStory = 'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في الحي القديم بعد عامين من العمل، وقال رئيس البلدية إنها ستفتح أبوابها كل يوم.';

describe('outletCandidates', () => {
  const candidates = outletCandidates(page);
  const of = (value: string | null) => candidates.find((c) => c.value === value);

  it('offers every outlet the head, the foot and the title tag name, once each, and «no outlet» last', () => {
    expect(candidates.map((c) => c.value)).toEqual(['المدى', 'شفق نيوز', 'رويترز', 'عنب بلدي', null]);
    expect(of(null)?.features.get('none')).toBe(1);
  });

  it('describes a candidate by its sources, where they stand, the list and the rules', () => {
    const own = of('شفق نيوز')?.features;
    expect(own?.get('src:own-dateline')).toBe(1);
    expect(own?.get('rules')).toBe(1);
    expect(own?.get('top:<=3')).toBe(1);
    expect(own?.get('bottom:<=7')).toBeUndefined();
    expect(own?.get('list:outlet')).toBe(1);
    expect(of('المدى')?.features.get('zone:page')).toBe(1);
    expect(of('المدى')?.features.get('rules')).toBeUndefined();
  });

  it('marks an agency credited in a story\'s dateline as a wire, and a copyright holder as the page\'s own word', () => {
    const wire = of('رويترز')?.features;
    expect(wire?.get('wire-agency')).toBe(1);
    expect(wire?.get('list:agency')).toBe(1);
    expect(of('عنب بلدي')?.explicit).toBe(true);
    expect(of('عنب بلدي')?.features.get('bottom:<=0')).toBe(1);
  });

  it('offers a saved page\'s logo names (its alt text, kept apart from its text) as the page\'s own fields, the first two only', () => {
    const logos = outletCandidates({ ...page, raw: { ...raw, format: 'html', declared: { ...raw.declared, siteNames: ['Sawt Radio', 'راعي الحفل', 'شريك ثالث'] } } });
    expect(logos.find((c) => c.value === 'Sawt Radio')?.features.get('src:logo-alt')).toBe(1);
    expect(logos.find((c) => c.value === 'Sawt Radio')?.features.get('zone:page')).toBe(1);
    expect(logos.some((c) => c.value === 'راعي الحفل')).toBe(true);
    expect(logos.some((c) => c.value === 'شريك ثالث')).toBe(false);
  });

  it('marks a name with a preposition between its words, as a prompt or a tagline holds one', () => {
    const prompt = outletCandidates({ ...page, lines: splitLines(`تخطى إلى المحتوى\n${text}`), raw: { ...raw, text: `تخطى إلى المحتوى\n${text}` } });
    expect(prompt.find((c) => c.value === 'تخطى إلى المحتوى')?.features.get('particle')).toBe(1);
    expect(of('شفق نيوز')?.features.has('particle')).toBe(false);
  });

  it('crosses the page\'s format with the candidate, so an html page may weigh its sources otherwise', () => {
    const html = outletCandidates({ ...page, raw: { ...raw, format: 'html' } });
    expect(html.find((c) => c.value === 'عنب بلدي')?.features.get('ext:html×list:outlet')).toBe(1);
    expect(of('عنب بلدي')?.features.get('ext:txt×list:outlet')).toBe(1);
  });

  it('writes the rules\' outlet as they wrote it, a name the list knows inside a longer one included', () => {
    const held = outletCandidates({ ...page, rules: 'صدى الجزيرة' });
    expect(held.find((c) => c.features.has('rules'))?.value).toBe('صدى الجزيرة');
  });
});

describe('outletCandidates, names the list may lack', () => {
  // A page of our own whose site the list does not know: its logo line, a dateline pairing it with a place, a host
  // that spells it, and a story that says it was told things by it.
  const own = [
    'نبض الوادي',
    'ارتفاع أسعار السمك في سوق المدينة بعد اشتداد الرياح',
    'بغداد - نبض الوادي',
    'ارتفعت أسعار السمك في سوق المدينة خلال الأسبوع الماضي بعد أن منعت الرياح القوارب من الخروج إلى البحر أياما متتالية.',
    'وقال أحد الباعة لموقع نبض الوادي، إن الأسعار ستعود إلى ما كانت عليه حين يهدأ البحر ويعود الصيادون إلى عملهم.',
    'nabdalwadi.com/news/48213',
  ].join('\n');
  const ownRaw: RawDocument = { file: 'page.txt', format: 'txt', encoding: 'utf-8', text: own, declared: {} };
  const found = outletCandidates({ raw: ownRaw, lines: splitLines(own), rules: null });
  const site = found.find((c) => c.value === 'نبض الوادي')?.features;

  it('gathers the forms of one name into one candidate, with the host that spells it and how often the page writes it', () => {
    expect(site?.get('src:lone-name')).toBe(1);
    expect(site?.get('src:place-pair')).toBe(1);
    expect(site?.get('src:told-noun')).toBe(1);
    expect(site?.get('src:url-spelled')).toBe(1);
    expect(site?.get('src:lone-name×top:<=0')).toBe(1);
    expect(site?.get('mentions:<=4')).toBe(1);
  });

  it('reads past a long menu line with no sentence mark, and an Arabic name without its Latin acronym', () => {
    const text = [
      'الرئيسية سياسة اقتصاد رياضة ثقافة فنون منوعات صحة تكنولوجيا سيارات سفر مقالات فيديو صور',
      'افتتاح جسر جديد فوق النهر',
      'بغداد - نبض الوادي',
      'افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر بعد ثلاث سنوات من العمل، وقال رئيس البلدية إن الجسر سيخفف الزحام.',
      'حقوق النشر © قناة الوادي الفضائية WTV. جميع الحقوق محفوظة',
    ].join('\n');
    const r: RawDocument = { file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
    const values = outletCandidates({ raw: r, lines: splitLines(text), rules: null }).map((x) => x.value);
    expect(values).toContain('نبض الوادي');
    expect(values).toContain('قناة الوادي الفضائية');
  });

  it('reads a name in presentation forms, and the listed part of a name read with its furniture', () => {
    const text = ['ﻋﻨﺐ ﺑﻠﺪﻱ', 'عنب بلدي › تقارير › اقتصاد', 'ارتفعت أسعار الخبز في المدينة خلال الأسبوع الماضي بعد أن ارتفعت أسعار الطحين في الأسواق المحلية.'].join('\n');
    const r: RawDocument = { file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
    const c = outletCandidates({ raw: r, lines: splitLines(text), rules: 'عنب بلدي › تقارير' });
    expect(c.filter((x) => x.value !== null).map((x) => x.value)).toEqual(['عنب بلدي']);
  });
});

describe('outletCandidates, a date line\'s name and a place', () => {
  // Pages of our own: a headline, a short line under it, a date line, the story.
  const STORY = 'افتتحت البلدية صباح اليوم سوقا شعبيا جديدا وسط المدينة القديمة بعد أشهر من أعمال الترميم، وقال رئيس البلدية إن السوق سيضم مئتي محل.';
  const candidatesOf = (...head: string[]) => {
    const text = ['افتتاح سوق شعبي جديد وسط المدينة القديمة', ...head, STORY].join('\n\n');
    return outletCandidates({ raw: { file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, lines: splitLines(text), rules: null });
  };
  const featuresOf = (value: string, ...head: string[]) => candidatesOf(...head).find((c) => c.value === value)?.features;

  it('offers the name beside a date on a short line as a date line\'s, over the headline too, and no known place alone', () => {
    expect(featuresOf('مرافئ', '2026-03-07 - مرافئ')?.get('src:date-line')).toBe(1);
    expect(featuresOf('مرافئ', 'مرافئ | 7 مارس 2026')?.get('src:date-line×top:<=2')).toBe(1);
    expect(candidatesOf('2026-03-07 - طرابلس').map((c) => c.value)).toEqual([null]);
  });

  it('marks a known place and a place phrase, and neither an outlet named for its city', () => {
    expect(featuresOf('مدينة طرابلس', 'مدينة طرابلس', 'الأحد 8 مارس 2026')?.get('place-phrase')).toBe(1);
    expect(featuresOf('محافظة البصرة', 'محافظة البصرة', 'الأحد 8 مارس 2026')?.get('place-phrase')).toBe(1);
    const city = featuresOf('صوت بيروت', 'صوت بيروت', 'الأحد 8 مارس 2026');
    expect(city?.has('place-phrase')).toBe(false);
    expect(featuresOf('عدن الغد', 'عدن الغد', 'الأحد 8 مارس 2026')?.has('place-phrase')).toBe(false);
  });

  it('marks the page\'s words about itself where a logo would stand, and no outlet\'s name', () => {
    // The phrase on the page's first line, where a logo stands, over a name of its own and the headline.
    const text = ['تخطى إلى المحتوى', 'نبض الوادي', 'افتتاح سوق شعبي جديد وسط المدينة القديمة', STORY].join('\n\n');
    const found = outletCandidates({ raw: { file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} }, lines: splitLines(text), rules: null });
    expect(found.find((c) => c.value === 'تخطى إلى المحتوى')?.features.get('page-phrase')).toBe(1);
    expect(found.find((c) => c.value === 'نبض الوادي')?.features.has('page-phrase')).toBe(false);
  });
});

describe('headAndFoot', () => {
  it('reads the head down to the first line of prose and the foot from the last, each at most twelve lines', () => {
    const words = [1, 3, 14, 20, 20, 2, 1];
    expect(headAndFoot(words.length, (i) => words[i] ?? 0)).toEqual({ headEnd: 3, footStart: 4 });
    expect(headAndFoot(30, () => 2)).toEqual({ headEnd: 12, footStart: 18 });
    // A long story is read only at its two ends.
    const asked: number[] = [];
    headAndFoot(500, (i) => (asked.push(i), i === 2 || i === 490 ? 40 : 3));
    expect(Math.max(...asked.filter((i) => i < 250))).toBe(2);
    expect(Math.min(...asked.filter((i) => i >= 250))).toBe(490);
  });
});

describe('chooseOutlet', () => {
  it('takes what the weights favour, and says nothing when «no outlet» wins', () => {
    expect(chooseOutlet(page, new Map([['src:copyright', 2], ['rules', 1]]), 0.5)).toEqual({ value: 'عنب بلدي', basis: 'explicit' });
    expect(chooseOutlet(page, new Map([['rules', 1]]), 0.5)).toEqual({ value: 'شفق نيوز', basis: 'inferred' });
    expect(chooseOutlet(page, new Map([['none', 5]]), 0.5)).toEqual({ value: null, basis: 'unknown' });
  });

  it('abstains when the best name beats «no outlet» by less than the margin it is given, the shipped model\'s among them', () => {
    expect(chooseOutlet(page, new Map([['rules', 1]]), 1.5)).toEqual({ value: null, basis: 'unknown' });
    const margin = outletMargin();
    expect(margin).toBeGreaterThanOrEqual(0);
    const candidates = outletCandidates(page);
    expect(candidates[pickOutlet(candidates, new Map([['rules', margin / 2]]), margin)]?.value ?? null).toBe(margin === 0 ? 'شفق نيوز' : null);
    expect(candidates[pickOutlet(candidates, new Map([['rules', margin * 2 + 0.1]]), margin)]?.value).toBe('شفق نيوز');
  });
});

describe('outletCandidates, what names no outlet', () => {
  // A page of our own: a writer's name and a month's name read in a dateline's place, no listed name, nothing stated.
  const text = [
    'سالم بن خالد الهاشمي - الدوحة',
    'افتتاح مكتبة عامة جديدة في الحي القديم',
    'رجب - حلب',
    'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في الحي القديم بعد عامين من العمل، وقال رئيس البلدية إنها ستفتح أبوابها كل يوم.',
  ].join('\n');
  const r: RawDocument = { file: 'p.txt', format: 'txt', encoding: 'utf-8', text, declared: {} };
  const found = outletCandidates({ raw: r, lines: splitLines(text), rules: null });

  it('marks a name that opens with a given name as a person\'s, and a month\'s name as the calendar\'s', () => {
    expect(found.find((c) => c.value === 'سالم بن خالد الهاشمي')?.features.get('person')).toBe(1);
    expect(found.find((c) => c.value === 'رجب')?.features.get('calendar')).toBe(1);
    expect(outletCandidates(page).find((c) => c.value === 'شفق نيوز')?.features.has('person')).toBe(false);
  });

  it('marks a person\'s name a place or date pair gives as a dateline\'s writer, and an outlet\'s pair or a person named elsewhere not', () => {
    expect(found.find((c) => c.value === 'سالم بن خالد الهاشمي')?.features.get('person×dateline-pair')).toBe(1);
    expect(featuresOn(['الموصل - رعد نيوز', 'افتتاح مكتبة عامة جديدة', libraryStory], 'رعد نيوز')?.has('person×dateline-pair')).toBe(false);
    expect(featuresOn(['افتتاح مكتبة عامة جديدة', libraryStory, '© 2026 سالم الهاشمي'], 'سالم الهاشمي')?.has('person×dateline-pair')).toBe(false);
  });

  it('marks a name of label words only («الرياضة», «مقالات الرأي») as a label, and an outlet\'s name not', () => {
    expect(featuresOn(['الرياضة | 12 يناير 2026', 'افتتاح مكتبة عامة جديدة', libraryStory], 'الرياضة')?.get('label-words')).toBe(1);
    expect(featuresOn(['ملاعب الوادي | 12 يناير 2026', 'افتتاح مكتبة عامة جديدة', libraryStory], 'ملاعب الوادي')?.has('label-words')).toBe(false);
  });

  it('reads a given name before a country or city as a brand, not a person («زين الأردن»), and a writer\'s name still as one', () => {
    expect(featuresOn(['سالم الأردن', 'افتتاح مكتبة عامة جديدة', libraryStory], 'سالم الأردن')?.has('person')).toBe(false);
    expect(featuresOn(['القاهرة - مصطفى النجار', 'افتتاح مكتبة عامة جديدة', libraryStory], 'مصطفى النجار')?.get('person×dateline-pair')).toBe(1);
  });

  it('tells «no outlet» that no name is listed or stated, and how many sources the best-attested name has', () => {
    const none = found.find((c) => c.value === null)?.features;
    expect(none?.get('none×unlisted')).toBe(1);
    expect(none?.get('none×unstated')).toBe(1);
    expect(none?.get('none×best-agree:<=1')).toBe(1);
    const own = outletCandidates(page).find((c) => c.value === null)?.features;
    expect(own?.has('none×unlisted')).toBe(false);
    expect(own?.has('none×unstated')).toBe(false);
  });
});

describe('outletCandidates: the headline and a carried copy\'s credit (pages of our own)', () => {
  const LEDE = 'افتتحت البلدية صباح اليوم جسرا جديدا فوق الوادي بعد أشهر من الأعمال التي عطلت حركة السير في المدينة.';
  const MORE = 'وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق القديم وإن أعمال الإنارة ستكتمل الشهر المقبل.';
  const candidatesOf = (lines: readonly string[], rules: string | null = null) => {
    const body = lines.join('\n');
    return outletCandidates({ raw: { file: 'p.txt', format: 'txt', encoding: 'utf-8', text: body, declared: {} }, lines: splitLines(body), rules });
  };

  it('takes no name a line-shape form reads off the headline over the lede, unless the page names it elsewhere', () => {
    expect(candidatesOf(['جسر جديد فوق الوادي', LEDE, MORE]).map((c) => c.value)).toEqual([null]);
    expect(candidatesOf(['شبكة الطرق المتضررة تنتظر الصيانة', LEDE, MORE]).map((c) => c.value)).toEqual([null]);
    // The same line under a logo that is not the headline: a candidate, as before.
    expect(candidatesOf(['نبض الوادي', 'الرئيسية | محليات', 'جسر جديد فوق الوادي', LEDE, MORE]).map((c) => c.value)).toContain('نبض الوادي');
    // The rules' read of it keeps it a candidate (the page's own marks).
    expect(candidatesOf(['جسر جديد فوق الوادي', LEDE, MORE], 'جسر جديد فوق الوادي').map((c) => c.value)).toContain('جسر جديد فوق الوادي');
  });

  it('finds the headline over the date line between it and the story (the commonest layout): no outlet of it', () => {
    expect(candidatesOf(['البرلمان يناقش قانون الانتخابات', 'الاثنين 12 يناير 2026', LEDE, MORE]).map((c) => c.value)).toEqual([null]);
    expect(candidatesOf(['جسر جديد فوق الوادي', 'الأحد 11 يناير 2026 - 10:30', LEDE, MORE]).map((c) => c.value)).toEqual([null]);
    // A logo over the headline and its date line stays a candidate.
    expect(candidatesOf(['نبض الوادي', 'الرئيسية | محليات', 'جسر جديد فوق الوادي', 'الأحد 11 يناير 2026', LEDE, MORE]).map((c) => c.value)).toContain('نبض الوادي');
  });

  it('takes no name that is the page\'s declared title (its HTML title), whatever stands between headline and story', () => {
    const lines = ['معرض الفنون يجذب الزوار', 'معرض الفنون يجذب الزوار', 'خان يونس', 'الأحد 11 يناير 2026', LEDE, MORE];
    const body = lines.join('\n');
    const read = (title: string | undefined, rules: string | null = null) =>
      outletCandidates({ raw: { file: 'p.html', format: 'html', encoding: 'utf-8', text: body, declared: title === undefined ? {} : { title } }, lines: splitLines(body), rules }).map((c) => c.value);
    expect(read('معرض الفنون يجذب الزوار')).not.toContain('معرض الفنون يجذب الزوار');
    // The rules' read of it keeps it a candidate, as for the headline line.
    expect(read('معرض الفنون يجذب الزوار', 'معرض الفنون يجذب الزوار')).toContain('معرض الفنون يجذب الزوار');
  });

  it('marks a paper credited under a portal\'s copy, not a wire\'s credit', () => {
    const page = (credit: string) => candidatesOf(['نبض الوادي نيوز', 'الرئيسية | محليات | رياضة', 'جسر جديد فوق الوادي', LEDE, MORE, credit, 'جميع الحقوق محفوظة © نبض الوادي نيوز 2026']);
    const paper = page('المصدر: صحيفة الحياة الجديدة').find((c) => c.value === 'صحيفة الحياة الجديدة');
    expect(paper?.features.has('carried-credit')).toBe(true);
    expect(paper?.features.has('carried-credit×furniture')).toBe(true);
    const wire = page('المصدر: رويترز').find((c) => c.value === 'رويترز');
    expect(wire?.features.has('carried-credit')).toBe(false);
  });
});

describe('outletCandidates: a page name printed in Arabic and again in Latin letters', () => {
  const story = 'تباشر البلدية صباح اليوم أعمال تأهيل شبكة المياه في الشارع الرئيسي، وتنوه إلى انقطاع المياه عن المنطقة يومين متتاليين.';
  const values = (first: string, rules: string | null) => {
    const t = [first, story, 'للاستفسار يرجى الاتصال بالقسم المختص على الرقم المجاني في أوقات الدوام الرسمي من كل يوم.'].join('\n');
    return outletCandidates({ raw: { file: 'p.txt', format: 'txt', encoding: 'utf-8', text: t, declared: {} }, lines: splitLines(t), rules });
  };

  it('drops the Latin twin after the Arabic name, for the rules\' read too, which keeps its features', () => {
    const found = values('بلدية الوادي Wadi Municipality', 'بلدية الوادي Wadi Municipality');
    expect(found.map((c) => c.value)).toContain('بلدية الوادي');
    expect(found.map((c) => c.value)).not.toContain('بلدية الوادي Wadi Municipality');
    expect(found.find((c) => c.value === 'بلدية الوادي')?.features.get('rules')).toBe(1);
  });

  it('keeps a Latin name alone, and a Latin word before the Arabic one', () => {
    expect(values('Wadi Press', null).map((c) => c.value)).toContain('Wadi Press');
    expect(values('Wadi نيوز', null).map((c) => c.value)).not.toContain('نيوز');
  });
});
