import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

function one(body: string) {
  return extractActors([articleRecord('a1', body)]);
}

describe('person cues', () => {
  it('reads a title with a nationality adjective and takes the name after it', () => {
    const actors = one('استقبل الرئيس اللبناني جوزيف عون وفدا أمريكيا في بيروت.');
    const p = named(actors, 'جوزيف عون');
    expect(p?.type).toBe('person');
    expect(p?.roles).toEqual(['الرئيس اللبناني']);
    expect(named(actors, 'بيروت')?.type).toBe('place');
  });

  it('reads a construct office up to the name («وزير الخارجية»)', () => {
    const p = named(one('وصل وزير الخارجية التركي هاكان فيدان إلى الدوحة مساء الأحد.'), 'هاكان فيدان');
    expect(p?.roles).toEqual(['وزير الخارجية التركي']);
  });

  it('reads ranks: «اللواء», «العميد» and a coordinated second rank', () => {
    const actors = one('حضر الاجتماع اللواء سامر حداد والعميد كمال ناصيف في مقر القيادة.');
    expect(named(actors, 'سامر حداد')?.roles).toEqual(['اللواء']);
    expect(named(actors, 'كمال ناصيف')?.roles).toEqual(['العميد']);
  });

  it('reads no role from a verb that is also a title before an office («أمر محافظ …»), nor from a title with a pronoun on it («مديره»)', () => {
    const actors = one('أمر محافظ المنطقة الأمير سعود بن فهد آل مرزوق بتشكيل لجنة تحقيق. وقال مديره الدكتور مازن الشريف إن المستشفى استقبل الجرحى.');
    expect(named(actors, 'سعود بن فهد آل مرزوق')?.roles).toEqual(['محافظ المنطقة الأمير']);
    expect(named(actors, 'مازن الشريف')?.roles).toEqual(['الدكتور']);
    // The title itself, and the feminine title written with «ة», stay roles.
    expect(named(one('وقال آمر الفوج سامر حداد إن القوات تقدمت.'), 'سامر حداد')?.roles).toEqual(['آمر الفوج']);
    expect(named(one('وقالت مديرة المدرسة هدى الخطيب إن الدوام مستمر.'), 'هدى الخطيب')?.roles).toEqual(['مديرة المدرسة']);
  });

  it('reads «الشيخ» and «د.» before a name', () => {
    const actors = one('ألقى الشيخ عبد الرحمن الخطيب كلمة، ثم تحدث د. منير السالم عن الوضع الصحي.');
    expect(named(actors, 'عبد الرحمن الخطيب')?.roles).toEqual(['الشيخ']);
    expect(named(actors, 'منير السالم')?.type).toBe('person');
    // rev27 finding 11: the abbreviation «د» is a courtesy title, no role; the title written out stays one.
    expect(named(actors, 'منير السالم')?.roles).toEqual([]);
    expect(named(one('ثم تحدث الدكتور منير السالم عن الوضع الصحي.'), 'منير السالم')?.roles).toEqual(['الدكتور']);
  });

  it('reads a spokesman «المتحدث باسم X» with the name after a comma', () => {
    const p = named(one('وقال المتحدث باسم وزارة الصحة، خليل الدقران، إن المستشفيات تعمل بطاقتها القصوى.'), 'خليل الدقران');
    expect(p?.roles).toEqual(['المتحدث باسم وزارة الصحة']);
  });

  it('gives the office before a comma to the name after it when the office governs a place («قائم مقام قضاء …، NAME»)', () => {
    // «قائم مقام» heads a construct office as «محافظ» does; as a bare office it took no complement and the name lost it.
    const seeds = one('قائم مقام قضاء الرطبة في محافظة الأنبار العراقية، عماد الدليمي قال، في 26 من كانون الثاني الماضي، إن نحو 150 ضابطًا ما زالوا في العراق.');
    expect(named(seeds, 'عماد الدليمي')?.roles).toEqual(['قائم مقام قضاء الرطبة في محافظة الأنبار العراقية']);
    expect(named(one('وقال قائمقام قضاء الفلوجة، عماد الدليمي، إن الوضع مستقر.'), 'عماد الدليمي')?.roles).toEqual(['قائمقام قضاء الفلوجة']);
    // «عام» after «مدير» is «general», not «year» (which ended the chain).
    expect(named(one('وأوضح مدير عام الصحة في المحافظة، صالح الجبوري، أن الوضع مستقر.'), 'صالح الجبوري')?.roles).toEqual(['مدير عام الصحة في المحافظة']);
  });

  it('reads the head of a body: «رئيس جهاز X» and «قائد X»', () => {
    const actors = one('التقى رئيس جهاز الأمن الوطني كريم الجابري قائد شرطة المحافظة ناصر العتيبي.');
    expect(named(actors, 'كريم الجابري')?.roles).toEqual(['رئيس جهاز الأمن الوطني']);
    expect(named(actors, 'ناصر العتيبي')?.roles).toEqual(['قائد شرطة المحافظة']);
  });

  it('reads a reporting verb followed by a two-word name', () => {
    const p = named(one('وأكد سليم الحلبي أن المفاوضات مستمرة.'), 'سليم الحلبي');
    expect(p?.type).toBe('person');
    expect(p?.roles).toEqual([]);
  });

  it('reads apposition: NAME، ROLE،', () => {
    const p = named(one('وصل نبيل فارس، رئيس بلدية المدينة، إلى موقع الانفجار.'), 'نبيل فارس');
    expect(p?.roles).toEqual(['رئيس بلدية المدينة']);
  });

  it('never makes a name of a title, a common noun or a description', () => {
    const actors = one('وقال مصدر حكومي إن الرئيس سيزور المنطقة. وذكرت وسائل إعلام محلية أن الوزير غادر.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('ends a name before an office or a kin word written after it with no comma («مفتي», «قرينة», «مدرب»)', () => {
    const actors = one('وقال الدكتور سمير نعمان مفتي الديار اللبنانية إن السيدة سلمى حداد قرينة الرئيس زارت المستشفى مع السيد كريم لطفي مدرب المنتخب.');
    const people = actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toContain('سمير نعمان');
    expect(people).toContain('سلمى حداد');
    expect(people).toContain('كريم لطفي');
    expect(people.some((n) => /مفتي|قرينة|مدرب/u.test(n))).toBe(false);
  });

  it('keeps a name that looks like a preposition when written as a name («علي», «باسم»)', () => {
    const actors = one('وقال الناطق باسم الحكومة، باسم الخطيب، إن الوزير علي حسن وصل على متن طائرة.');
    expect(named(actors, 'باسم الخطيب')?.roles).toEqual(['الناطق باسم الحكومة']);
    expect(named(actors, 'علي حسن')?.roles).toEqual(['الوزير']);
  });
});

describe('organisation cues', () => {
  it('reads a head with its construct chain («وزارة الدفاع الأردنية»)', () => {
    const o = named(one('أعلنت وزارة الدفاع الأردنية إسقاط طائرة مسيرة.'), 'وزارة الدفاع الأردنية');
    expect(o?.type).toBe('organization');
  });

  it('reads a quoted name after a head («فصائل "..."») and a wholly quoted name', () => {
    const actors = one('شاركت فصائل "أحرار الجبل" و"لواء الفتح المبين" في الهجوم.');
    expect(named(actors, 'أحرار الجبل')?.type).toBe('organization');
    expect(named(actors, 'لواء الفتح المبين')?.type).toBe('organization');
  });

  it('finds gazetteer organisations under their aliases and merges them', () => {
    const actors = one('هاجم تنظيم داعش موقعا للجيش. وتبنى تنظيم الدولة الإسلامية الهجوم.');
    const o = named(actors, 'تنظيم الدولة الإسلامية');
    expect(o?.mentions).toBe(2);
    // The head «تنظيم» says what the body is; the names written after it are its aliases.
    expect(o?.aliases).toContain('داعش');
  });

  it('resolves a descriptor head to the gazetteer entry («ميليشيا "الحشد الشعبي"»)', () => {
    const actors = one('انتشرت ميليشيا "الحشد الشعبي" قرب الحدود، وقال قادة في الحشد الشعبي إنهم مستعدون.');
    expect(named(actors, 'الحشد الشعبي')?.mentions).toBe(2);
    expect(names(actors).some((n) => n.startsWith('ميليشيا'))).toBe(false);
  });

  it('reads no name in a head followed by a preposition («مؤسسة للسلام», «لواء بالمحافظة»)', () => {
    const actors = one('أعلن مجلس الأمن تشكيل لواء بالمحافظة، فيما أسس رجال أعمال مؤسسة للسلام وشركة للإنتاج.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(['مجلس الأمن الدولي']);
  });

  it('reads a definite head with a nationality adjective («الحكومة العراقية»)', () => {
    expect(named(one('نفت الحكومة العراقية وجود قوات أجنبية.'), 'الحكومة العراقية')?.type).toBe('organization');
  });
});

describe('place cues', () => {
  it('reads «مدينة», «بلدة» and «مخيم» with unknown names, stopping at adjectives and directions', () => {
    const actors = one('قصفت الطائرات بلدة كفر نبودة ومدينة معرة مصرين الشمالية ومخيم النيرب شرقي حلب.');
    expect(named(actors, 'كفر نبودة')?.type).toBe('place');
    expect(named(actors, 'معرة مصرين')?.type).toBe('place');
    expect(named(actors, 'مخيم النيرب')?.type).toBe('place');
    expect(named(actors, 'حلب')?.type).toBe('place');
  });

  it('reads «العاصمة X» as the gazetteer place', () => {
    const p = named(one('عقد الاجتماع في العاصمة عمان بحضور الوفود.'), 'سلطنة عمان');
    expect(p?.type).toBe('place');
  });
});

describe('clitics', () => {
  it('matches names with proclitics written on: «بدمشق», «والعراق», «للعراق»', () => {
    const actors = one('اجتمع الوفد بدمشق ثم توجه إلى لبنان والعراق، وأرسل رسالة للعراق.');
    expect(named(actors, 'دمشق')?.aliases).toEqual([]);
    expect(named(actors, 'العراق')?.mentions).toBe(2);
    expect(named(actors, 'لبنان')?.type).toBe('place');
  });

  it('strips «و» + «ل» + the article from a title: «وللرئيس»', () => {
    const p = named(one('وللرئيس الفرنسي إيمانويل ماكرون رأي آخر في المسألة.'), 'إيمانويل ماكرون');
    expect(p?.roles).toEqual(['الرئيس الفرنسي']);
  });

  it('does not strip a letter that belongs to the word («بشار», «لبنان», «فالح»)', () => {
    const actors = one('التقى رئيس الحكومة فالح الدباغ وفدا من لبنان برئاسة اللواء بشار يوسف.');
    expect(named(actors, 'فالح الدباغ')?.type).toBe('person');
    expect(named(actors, 'بشار يوسف')?.type).toBe('person');
    expect(named(actors, 'لبنان')?.type).toBe('place');
  });
});

describe('names that are really names (general evidence after a cue)', () => {
  const people = (body: string) => one(body).filter((a) => a.type === 'person').map((a) => a.name);

  it('rejects a verbal noun with «و» after a word read as a reporting verb («النقل وتراجع …»)', () => {
    expect(people('ويعزو التجار الغلاء إلى ارتفاع تكاليف النقل وتراجع المحاصيل بسبب الجفاف.')).toEqual([]);
  });

  it('drops an ordinary phrase after a title seen only once («رئيس اللجنة فض الاجتماع»)', () => {
    expect(people('وبعد ساعتين أعلن رئيس اللجنة فض الاجتماع إلى موعد لاحق.')).toEqual([]);
  });

  it('rejects «ب» + a verbal noun after a title and keeps the bare office («الوزير بتقديم …»)', () => {
    const actors = one('وطالب النواب الوزير بتقديم أسباب تأخر تنفيذ المشروع.');
    expect(actors.filter((a) => a.type === 'person' && a.name !== 'الوزير')).toEqual([]);
  });

  it('rejects «ل» + a verbal noun after a construct office («وزير النقل لمناقشة»)', () => {
    expect(people('تستضيف اللجنة وزير النقل لمناقشة خطة صيانة الطرق.')).toEqual([]);
  });

  it('rejects plurals after a reporting verb («هيئات مهنية», «بضمانات تحمي …»)', () => {
    expect(people('واعتبرت هيئات مهنية أن القرار متسرع، وطالبت بضمانات تحمي حقوق العمال.')).toEqual([]);
  });

  it('reads a place the gazetteer knows over a title and a name («منطقة السيدة زينب»)', () => {
    const actors = one('تنتشر الفصائل في منطقة السيدة زينب جنوب دمشق.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
    expect(named(actors, 'السيدة زينب')?.type).toBe('place');
  });

  it('keeps a name with a common given name, or a patronymic, seen once', () => {
    expect(people('وأعلن وزير المالية سمير الحداد خطة جديدة، وحضر الاجتماع اللواء ريبوار صالح.').sort()).toEqual(['ريبوار صالح', 'سمير الحداد']);
  });

  it('keeps an unknown name when the selection repeats it with a cue, and (rules alone) drops it when seen once', () => {
    const twice = one('وصل وزير الخارجية اليوناني كوستاس بارديس إلى عمان. وقال الوزير كوستاس بارديس إن الزيارة مهمة.');
    expect(named(twice, 'كوستاس بارديس')?.type).toBe('person');
    const once = [articleRecord('a1', 'وصل وزير الخارجية اليوناني كوستاس بارديس إلى عمان.')];
    expect(extractActors(once, { rulesOnly: true }).filter((a) => a.type === 'person')).toEqual([]);
    // The tagger reads it as a person too: that is the confirmation a single mention lacked.
    expect(named(extractActors(once), 'كوستاس بارديس')?.type).toBe('person');
  });

  it('keeps a name the analyst\'s gazetteer lists as a person', () => {
    const actors = extractActors([articleRecord('a1', 'وصل وزير الخارجية اليوناني كوستاس بارديس إلى عمان.')], {
      corrections: { gazetteer: [{ name: 'كوستاس بارديس', type: 'person' }] },
    });
    expect(named(actors, 'كوستاس بارديس')?.type).toBe('person');
  });
});
