import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

describe('merging mentions of one actor', () => {
  it('counts a bare surname as the person once the full name is known, across articles', () => {
    const actors = extractActors([
      articleRecord('a1', 'وصل رئيس الوزراء الأردني جعفر حسان إلى بغداد.'),
      articleRecord('a2', 'وقال حسان إن بلاده تدعم الاستقرار. وأضاف الحسان أن الزيارة ناجحة.'),
    ]);
    const p = named(actors, 'جعفر حسان');
    // «حسان» and «الحسان» (the surname with the article) both count.
    expect(p?.mentions).toBe(3);
    expect(p?.sources.map((s) => s.sourceId)).toEqual(['a1', 'a2', 'a2']);
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  });

  it('propagates a definite surname with clitics («والكبيسي», «للكبيسي»)', () => {
    const actors = extractActors([articleRecord('a1', 'استقبل المحافظ رعد الكبيسي الوفد. وقدم الوفد هدية للكبيسي، ثم غادر والكبيسي المقر.')]);
    expect(named(actors, 'رعد الكبيسي')?.mentions).toBe(3);
  });

  it('keeps two people who share a surname apart, and gives a bare surname to the nearest before it', () => {
    const actors = extractActors([
      articleRecord('a1', 'التقى الوزير سامي العبيدي بالنائب كريم العبيدي في البرلمان. وقال العبيدي إن اللقاء كان مثمرا.'),
      articleRecord('a2', 'وأكد العبيدي أن الخلاف انتهى.'),
    ]);
    const sami = named(actors, 'سامي العبيدي');
    const karim = named(actors, 'كريم العبيدي');
    expect(sami?.type).toBe('person');
    expect(karim?.type).toBe('person');
    // In a1 the nearest full name before the bare «العبيدي» is «كريم العبيدي»; in a2 neither is named, so none.
    expect(karim?.mentions).toBe(2);
    expect(sami?.mentions).toBe(1);
    expect(sami?.proposedMerges).toEqual([]);
  });

  it('lists each spelling of an actor once: forms differing only in diacritics or tatweel are not aliases', () => {
    const actors = extractActors([
      articleRecord('a1', 'وصل الوفد إلى سوريا يوم الأحد. وقالت الحكومة إن سورية ترحب بالوفد.'),
      articleRecord('a2', 'وأكد المسؤول أن سوريّة لن تقبل الشروط. وعاد الوفد من سوريًا أمس، ثم من سوريـا.'),
    ]);
    const syria = actors.find((a) => a.type === 'place' && ['سوريا', 'سورية'].includes(a.name));
    expect(syria).toBeDefined();
    const spellings = [syria?.name ?? '', ...(syria?.aliases ?? [])];
    expect(spellings.sort()).toEqual(['سوريا', 'سورية']);
  });

  it('merges a shortened form of a longer name («محمد السوداني» in «محمد شياع السوداني»)', () => {
    const actors = extractActors([
      articleRecord('a1', 'أعلن رئيس الوزراء العراقي محمد شياع السوداني خطة جديدة.'),
      articleRecord('a2', 'وقال رئيس الوزراء محمد السوداني إن الخطة تبدأ غدا.'),
    ]);
    const p = named(actors, 'محمد شياع السوداني');
    expect(p?.aliases).toContain('محمد السوداني');
    expect(p?.mentions).toBe(2);
  });

  // rev27 finding 11: «آل زيدان» fitted «فهد آل زيدان» and «فهد بن ناصر آل زيدان», and so was left an actor of its own.
  it('gives a lineage name alone to the full name when the shorter full forms are that name\'s too', () => {
    const actors = extractActors([
      articleRecord('a1', 'نفى وزير المالية فهد بن ناصر آل زيدان أن تكون قوات الأمن قد اعتقلت أيا من العمال.'),
      articleRecord('a2', 'وقال آل زيدان في تصريح للصحفيين إن الحكومة تحترم حق الإضراب.'),
      articleRecord('a3', 'ويشير البند إلى أن اعتقالات حدثت فعلا، رغم نفي وزير المالية فهد آل زيدان الأسبوع الماضي.'),
    ]);
    const p = named(actors, 'فهد بن ناصر آل زيدان');
    expect(p?.aliases).toEqual(expect.arrayContaining(['آل زيدان', 'فهد آل زيدان']));
    expect(named(actors, 'آل زيدان')).toBeUndefined();
    // Two people of the lineage: the name alone is neither's.
    const two = extractActors([
      articleRecord('a1', 'نفى وزير المالية فهد بن ناصر آل زيدان أن تكون قوات الأمن قد اعتقلت أيا من العمال.'),
      articleRecord('a2', 'وقال النائب سعود بن حمد آل زيدان إن الحكومة تحترم حق الإضراب.'),
      articleRecord('a3', 'وقال آل زيدان في تصريح للصحفيين إن الحكومة تحترم حق الإضراب.'),
    ]);
    expect(named(two, 'فهد بن ناصر آل زيدان')?.aliases).not.toContain('آل زيدان');
    expect(named(two, 'سعود بن حمد آل زيدان')?.aliases).not.toContain('آل زيدان');
  });

  it('proposes, but does not make, a merge of spelling variants', () => {
    const actors = extractActors([
      articleRecord('a1', 'قال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة.'),
      articleRecord('a2', 'وقال الرئيس الأميركي دونالد ترمب إن الاتفاق قريب.'),
    ]);
    const a = named(actors, 'دونالد ترامب');
    const b = named(actors, 'دونالد ترمب');
    expect(a?.mentions).toBe(1);
    expect(b?.mentions).toBe(1);
    expect(a?.proposedMerges.map((p) => p.name)).toEqual(['دونالد ترمب']);
    expect(b?.proposedMerges[0]?.evidence).toContain('a1');
  });

  it('keeps the roles each source gives, the same person titled differently over time', () => {
    const actors = extractActors([
      articleRecord('a1', 'التقى قائد إدارة العمليات العسكرية أحمد الشرع وفدا تركيا.'),
      articleRecord('a2', 'وأصدر الرئيس السوري أحمد الشرع مرسوما جديدا. وقال الرئيس السوري إن المرحلة صعبة.'),
    ]);
    const p = named(actors, 'أحمد الشرع');
    expect(p?.rolesBySource).toEqual([
      { role: 'قائد إدارة العمليات العسكرية', sourceId: 'a1' },
      { role: 'الرئيس السوري', sourceId: 'a2' },
    ]);
    expect(p?.roles).toEqual(['قائد إدارة العمليات العسكرية', 'الرئيس السوري']);
    // The bare title in a2 counts for the holder named in a2.
    expect(p?.mentions).toBe(3);
  });

  it('cites each sentence exactly as it stands in the body, with a stable id', () => {
    const body = 'أعلنت  الحكومة العراقية   خطة.\nوقالت الحكومة العراقية إن التنفيذ يبدأ غدا.';
    const [first] = extractActors([articleRecord('a1', body)]);
    expect(first?.name).toBe('الحكومة العراقية');
    for (const s of first?.sources ?? []) expect(body.includes(s.quote)).toBe(true);
    expect(first?.sources).toHaveLength(2);
    expect(extractActors([articleRecord('a1', body)])[0]?.id).toBe(first?.id);
  });
});

describe('outlets and authors', () => {
  it('never makes an outlet named as the source of a report an actor', () => {
    const actors = extractActors([
      articleRecord('a1', 'وقال مصدر أمني لقناة "الجزيرة" إن الهجوم فشل. وأضافت وكالة رويترز أن القتلى ثلاثة. وذكرت صحيفة "الصباح الجديد" أن التحقيق بدأ.'),
    ]);
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  it('never makes the article\'s own outlet or its author an actor', () => {
    const body = 'كتب: سعيد المصري\nأكدت العربي الجديد في تقرير سابق أن اللواء حسن الزين غادر البلاد.';
    const actors = extractActors([articleRecord('a1', body, { outlet: 'العربي الجديد', author: 'سعيد المصري' })]);
    expect(actors.map((a) => a.name)).toEqual(['حسن الزين']);
  });

  it('makes no actor of the last words of the article\'s own outlet written whole in its dateline («(الحدث نيوز)»)', () => {
    const body = 'رأس النخيل (الحدث نيوز) - بعد خمسة أيام على غرق العبارة، ما زالت العائلات تنتظر.';
    expect(extractActors([articleRecord('a1', body, { outlet: 'الحدث نيوز' })]).map((a) => a.name)).not.toContain('نيوز');
    // Of another article, whose outlet it is not, the word is what the tagger reads.
    expect(extractActors([articleRecord('a1', body, { outlet: 'الساحل' })]).map((a) => a.name)).toContain('نيوز');
  });

  it('keeps an outlet that is itself a party to the story', () => {
    const actors = extractActors([articleRecord('a1', 'أغلقت السلطات مكتب قناة الجزيرة في رام الله.')]);
    expect(named(actors, 'الجزيرة')?.type).toBe('organization');
    expect(named(actors, 'رام الله')?.type).toBe('place');
  });
});

describe('a one-word name after a ruler\'s title (rev24 finding 5)', () => {
  it('is no surname of another person\'s full name, in another article or the same', () => {
    const actors = extractActors([
      articleRecord('a1', 'وتحدث صدام (حسين) طويلا في خطبه عن الوحدة.'),
      articleRecord('a2', 'وافتتح مستشفى الملك حسين قسما جديدا للأطفال.'),
    ]);
    expect(named(actors, 'صدام حسين')?.sources.map((c) => c.sourceId)).toEqual(['a1']);
    const same = extractActors([articleRecord('a1', 'وقال الوزير سليم حسين إن المعبر مفتوح، وذكر أن الملك حسين زار البلدة قديما.')]);
    expect(named(same, 'سليم حسين')?.mentions).toBe(1);
  });

  it('leaves a bare surname across articles to the full name', () => {
    const across = extractActors([
      articleRecord('a1', 'وقال الرئيس السوري بشار الأسد إن الحكومة مستمرة.'),
      articleRecord('a2', 'واتهمت المعارضة الأسد بتعطيل المفاوضات.'),
    ]);
    expect(named(across, 'بشار الأسد')?.sources.map((c) => c.sourceId)).toEqual(['a1', 'a2']);
  });
});
