/**
 * The cue lexicon of rule-based Arabic NER (notes §2.5, §2.7): titles before a person's name, heads of
 * organisation names, place cues, reporting verbs, and the common words that can never be part of a name.
 * Written as Arabic and turned into matching keys once, so the lists read as text.
 */
import { normalise } from '../../text/arabic/index.ts';
import { CHILD_OF, MAURITANIAN_CHILD_OF } from '../../text/gazetteer/name-joiners.ts';

function keys(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0).map(normalise));
}

function phrases(list: string): string[][] {
  return list.split('،').map((p) => p.trim().split(/\s+/).map(normalise)).filter((p) => p.length > 0 && p[0] !== '');
}

/**
 * How a title relates to what follows it:
 * - rank: an honorific or rank that takes the name directly («اللواء محمد …»);
 * - office: a definite office, optionally qualified by adjectives («الرئيس السوري الانتقالي …»);
 * - construct: an indefinite office that needs the body it heads («رئيس هيئة …», «وزير الخارجية …»).
 */
export type TitleKind = 'rank' | 'office' | 'construct';

export interface Title {
  words: string[];
  kind: TitleKind;
}

const RANKS = phrases(
  'اللواء، العميد، العقيد، الفريق أول، الفريق، المشير، الجنرال، المقدم، الرائد، النقيب، الملازم، العريف، الأدميرال، ' +
    'الشيخ، السيد، السيدة، الدكتور، الدكتورة، د، المهندس، المهندسة، الأستاذ، الأستاذة، الحاج، الإمام، آية الله، ' +
    'حجة الإسلام، القاضي، القاضية، السيناتور، النائبة، الأمير، الأميرة، الملك، الملكة، السلطان، البابا، البطريرك، ' +
    'المطران، الناشط، الناشطة، الصحفي، الصحفية، الكاتب، الكاتبة، الباحث، الباحثة، المحلل، الخبير، المعارض، الداعية',
);
const OFFICES = phrases(
  'رئيس الوزراء، رئيس الحكومة، رئيس الجمهورية، نائب الرئيس، ولي العهد، الأمين العام، النائب العام، ' +
    'الرئيس، الرئيسة، الوزير، الوزيرة، المبعوث، المبعوثة، السفير، السفيرة، المتحدث، المتحدثة، الناطق، الناطقة، ' +
    'القائد، الزعيم، المرشد، المرجع، المستشار، المستشارة، المدير، المديرة، المحافظ، الوالي، المنسق، المفوض، المندوب، ' +
    'الممثل، النائب، رئيسة الوزراء، المتزعم، رأس النظام',
);
const CONSTRUCTS = phrases(
  'رئيس، رئيسة، وزير، وزيرة، نائب، قائد، زعيم، زعيمة، مدير، مديرة، محافظ، سفير، سفيرة، مبعوث، أمين عام، أمين، مستشار، ' +
    'رأس، متحدث، ناطق، ممثل، مندوب، آمر، قائم بأعمال، مرشد، متزعم، قائم مقام، قائمقام، مدير عام',
);

/** Every title, longest first so «رئيس الوزراء» wins over «رئيس». */
export const TITLES: readonly Title[] = [
  ...RANKS.map((words) => ({ words, kind: 'rank' as const })),
  ...OFFICES.map((words) => ({ words, kind: 'office' as const })),
  ...CONSTRUCTS.map((words) => ({ words, kind: 'construct' as const })),
].sort((a, b) => b.words.length - a.words.length);

/** Titles of those who reign, after which a name of two words may take a regnal number («الملك فرانز جوزيف الأول»). */
export const REGNAL_TITLES = keys('الملك الملكة السلطان البابا الإمبراطور الإمبراطورة القيصر الشاه');

/** Single words that are titles in any form: never part of a name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  // «رأس» and «أمين» stay out: they are also names or the tails of names («فراس»).
  TITLES.map((t) => t.words[0] ?? '').filter((w) => w.length > 1 && w !== 'راس' && w !== 'امين').concat([...keys('القائد قائد قادة القادة زعماء أحد رؤساء وزراء')]),
);

/**
 * Single-word titles written without the article («أمير», «وزير», «ملك», «رئيس»): followed by a definite noun they
 * head a construct office («أمير البلاد», «وزير الخارجية»), which is a role after a name, never part of it. «رأس»
 * and «أمين» stay out, as in TITLE_WORDS.
 */
export const INDEFINITE_TITLE_WORDS: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.words.length === 1)
    .map((t) => (t.words[0] ?? '').replace(/^ال/u, ''))
    .filter((w) => w.length > 1 && w !== 'راس' && w !== 'امين'),
);

/** «المتحدث باسم X»: the word that links a spokesman to the body he speaks for. */
export const ON_BEHALF = normalise('باسم');

/**
 * The nouns of a spokesman, whose «باسم» right after them is always «on behalf of» («المتحدثة باسم تيك توك»), never
 * the given name «باسم» (after other offices it may be one: «الوزير باسم …»).
 */
export const SPOKESMEN = keys('المتحدث المتحدثة الناطق الناطقة متحدث متحدثة ناطق ناطقة');

/** Adjectives that qualify a title or a body without naming anyone («السابق», «الانتقالي»). */
export const QUALIFIERS = keys(
  'السابق السابقة الأسبق الجديد الجديدة الحالي الحالية الانتقالي الانتقالية المؤقت المؤقتة المنتخب المخلوع المخلوعة الراحل ' +
    'الفعلي التنفيذي الأممي الدولي الدولية الخاص الخاصة العام العامة الأعلى الديني الشيعي السني الكردي العسكري العسكرية ' +
    'الرسمي الرسمية الإعلامي الأمني الأمنية السياسي السياسية الركن المتقاعد الطيار الأول الأولى الثاني الثانية المكلف ' +
    'المستقيل المقال المعزول البارز البارزة الشهير المعروف الميداني الإقليمي المحلي المحلية',
);

/** Heads of organisation names: the name is the head plus its construct chain («هيئة تحرير الشام»). */
export const ORG_HEADS = keys(
  'هيئة حركة كتائب كتيبة لواء قوات فصائل فصيل ميليشيا مليشيا ميلشيا ميليشيات مليشيات وزارة جهاز وكالة صحيفة جريدة قناة ' +
    'حزب جماعة مجلس منظمة شركة جامعة بنك مصرف جيش لجنة اتحاد مؤسسة صندوق محكمة تنظيم تحالف جبهة تيار ائتلاف رابطة ' +
    'نقابة مديرية قيادة إدارة سرايا فيلق فرقة موقع تلفزيون إذاعة راديو مجلة شبكة مركز مكتب برنامج',
);

/**
 * Photo credits a caption closes with that the outlet gazetteer does not list as an agency («(غيتي)», «(وكالات)»),
 * as name keys of one or more words.
 */
export const PHOTO_CREDITS: ReadonlySet<string> = new Set(phrases('غيتي، جيتي، غيتي إيميجز، وكالات، إيه بي إيه، إيبا، أرشيفية').map((p) => p.join(' ')));

/**
 * What a body written in Latin letters follows («منصة TikTok», «شركته SpaceX»): an organisation's head, and the
 * platforms and apps of today's news. Not «جهاز»: before a Latin name it is a device («جهاز GPS», «جهاز iPhone»); the
 * state's apparatuses are named in Arabic («جهاز المخابرات»).
 */
export const LATIN_BODY_HEADS: ReadonlySet<string> = new Set([...[...ORG_HEADS].filter((h) => h !== 'جهاز'), ...keys('منصة تطبيق')]);

/**
 * Adjectives that say a body's standing in the state («النقابة العامة», «المحكمة الاتحادية العليا», «الهيئة الوطنية»):
 * after a definite head they make it a proper name rather than a mention of some union or court (find-standing-bodies.ts).
 */
export const STANDING_ADJECTIVES = keys('العامة العام العليا الأعلى الاتحادية الاتحادي الوطنية الوطني المستقلة المستقل الدستورية الدائمة الموحدة المركزية');

/**
 * Heads of bodies named by what they serve and where, written without the article («غرفة تجارة البصرة», «قيادة
 * شرطة البصرة»): a body only with a noun of its field and a place after it (find-standing-bodies.ts).
 */
export const FIELD_BODY_HEADS = keys('غرفة قيادة مديرية');

/** Heads too common to start a name unless the name is quoted («موقع "عنب بلدي"», not «موقع الحادث»). */
export const QUOTE_ONLY_HEADS = keys('موقع مركز مكتب برنامج شبكة إدارة قيادة');

/**
 * Descriptive heads of a firm or a medium whose name after them stands alone («شركة ميرسك», «قناة الشرقية»,
 * «صحيفة الخبر»): the head says what kind of body it is. Not «وكالة», which begins the names of agencies and
 * bodies that need it («وكالة الأنباء القطرية», «وكالة الطاقة الدولية»), nor «شبكة» or «موقع», as often not media.
 */
export const NAME_APART_HEADS = keys('شركة قناة صحيفة جريدة إذاعة تلفزيون مجلة');

/** The nouns a club's name follows in construct («نادي الشباب», «فريق الوحدة»). «فريق» also heads a team of work («فريق التحقيق»): only where the sentence speaks of sport. */
export const CLUB_CUES = keys('نادي نادى فريق');

/**
 * Words of a match report that a club's bare name follows: results and fixtures («فاز الهلال على النصر», «تعادل
 * الاتحاد مع الشباب», «يلتقي الأهلي»), and the staff and players a club has in construct («مدرب الهلال»). The
 * verbs' subject is the first club, the word after «على», «مع», «أمام» or «ضد» in their clause the second.
 */
export const MATCH_VERBS = keys('فاز تعادل خسر تغلب هزم أقصى التقى يلتقي واجه يواجه استضاف يستضيف يلعب تأهل أسقط');
export const CLUB_STAFF = keys('مدرب لاعب مهاجم حارس مدافع جماهير ضيفه مضيفه');
export const MATCH_OPPONENT = keys('على مع أمام ضد');
/**
 * Words only a sports report uses: a sentence that holds one speaks of a match. Not the words politics shares with
 * sport: a round of elections or talks («الجولة»), an aim («بهدف»), a checkpoint («نقطة»), the elected («المنتخب»).
 */
export const SPORT_WORDS = keys('مباراة المباراة مباراته مباراتها الدوري الكأس الملعب الشوط ركلة المدرب التعادل');
/** Definite words of a match report that follow those cues and name no club: positions, the team's own generic names, the ball. */
export const MATCH_WORDS = keys('الفريق المنتخب النادي الوسط المرمى الدفاع الهجوم الخط المباراة اللقاء الكرة الدوري البطولة الكأس الموسم المركز الصدارة الترتيب الدقيقة الشوط المدرب اللاعب الفوز التعادل الخسارة اللقب الهدف');

/** «مجلس إدارة …», «مجلس أمناء …»: the board of the body after it, no body of its own; the body is what follows. */
export const BOARD_WORDS = keys('إدارة أمناء');

/**
 * Definite adjectives that say how a body stands to others, never part of its name: «إذاعة الأندلس التابعة لها»
 * (affiliated), «حزب الإنصاف الحاكم» (ruling), «فصائل … الموالية» (loyal), «قناة … الناطقة باسمها».
 */
export const RELATION_ADJECTIVES = keys('التابعة التابع الموالية الموالي المدعومة المدعوم المقربة المقرب الناطقة الناطق الحاكم الحاكمة');

/** Heads that name media: an org found through them is an outlet. */
export const MEDIA_HEADS = keys('وكالة صحيفة جريدة قناة موقع تلفزيون إذاعة راديو مجلة شبكة');

/** Heads of a newsroom's name, the media's and their reporters': a credit of a report, not a claim's speaker. */
export const NEWSROOM_HEADS: ReadonlySet<string> = new Set([...MEDIA_HEADS, ...keys('مراسل مراسلة مراسلنا')]);

/**
 * Heads that say what kind of body a name is without being part of the name («شركة نوكيا», «صحيفة يديعوت
 * أحرونوت», «حركة حماس»), unlike «وزارة الخارجية» or «حزب الله»: which of the two a name is, the tagger tells.
 * Not a feature of the tagger (ner/word-classes.ts), so the model does not depend on it.
 */
export const DESCRIPTIVE_HEADS: ReadonlySet<string> = new Set([...MEDIA_HEADS, ...keys('شركة حركة تنظيم جماعة')]);
/**
 * The descriptive heads, and heads that are as often part of a body's name as not («منظمة الصحة العالمية», «منظمة
 * أوبك» as written whole, but «منظمة سي ووتش», «منظمة المنتدى التونسي …»): left out of a rule's organisation only
 * where the tagger reads the words after the head as a body of their own (check-rule-mentions.ts), never on the
 * gazetteer's word alone.
 */
export const TAGGED_APART_HEADS: ReadonlySet<string> = new Set([...DESCRIPTIVE_HEADS, ...keys('منظمة')]);
/**
 * Organisation heads that are as often a verbal noun of ordinary prose: «حركة» (traffic, movement: «حركة الملاحة»,
 * «حركة التبادل التجاري»), «تنظيم» (organising: «تنظيم المعرض»). A chain they head is a body only on other evidence.
 */
export const VERBAL_NOUN_HEADS = keys('حركة تنظيم');

/**
 * Nouns whose name in construct is an organisation's, a company's or a club's («شركة رينو», «فريق ميلان», «نادي
 * الزمالك»), whatever the name's words read as alone: a person's name or a place's after them names the firm or team.
 */
export const COMPANY_CUES = keys('شركة فريق نادي نادى بنك مصرف');

/**
 * The company cues that begin a bank's own name («بنك عودة», «مصرف الرافدين», «بنك القاهرة»): a bank is called by
 * its head, as a party by «حزب», where a firm or a team is not («شركة نوكيا», «فريق ميلان»). Both annotated
 * conventions (ANERcorp's «البنك الدولي», the modern sets' «بنك بيبلوس») keep it in the span.
 */
export const BANK_HEADS = keys('بنك مصرف');

/**
 * Nouns that govern a person's name in construct: the person's regime, government, statements, visit, era or
 * death («نظام الأسد», «إدارة ترامب», «تصريحات نتنياهو», «مقتل خاشقجي»). The name after one is the person's.
 */
export const GOVERNING_NOUNS = keys(
  'نظام حكومة إدارة تصريحات تصريح زيارة عهد مقتل اغتيال حكم رئاسة وفاة اعتقال محاكمة إعدام خطاب مبعوث أنصار ولاية حملة',
);

/** Heads of bodies often named after a person: a company's cues, a foundation, a university, a centre, a fund, a hospital, a prize. */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([...COMPANY_CUES, ...keys('مؤسسة جامعة مركز صندوق مستشفى مكتبة جائزة')]);

/** Definite heads that are also feminine adjectives: the foreign (ministry), the interior, the navy. */
export const ADJECTIVE_HEADS = keys('الخارجية الداخلية البحرية');

/** Definite heads that make an organisation with a nationality adjective («الحكومة العراقية»). */
export const DEFINITE_ORG_HEADS = keys(
  'الحكومة الجيش القوات الشرطة البرلمان المخابرات الاستخبارات الإدارة السلطات الرئاسة الخارجية الداخلية البحرية',
);

/** Place cues («مدينة X»: text/gazetteer/place-cues.ts, shared with the import); for facility cues the cue stays part of the name («معبر البوكمال»). */
export { PLACE_CUES } from '../../text/gazetteer/place-cues.ts';
export const FACILITY_CUES = keys('مخيم معبر ميناء مطار ريف قاعدة جزيرة سجن');
/**
 * Cues that place an event in a municipality or in nature («بلدية أدكار», «بلديتي تيفرة وإفرحونن», «غابة أكفادو»), for
 * where an event happened only (summary/event-places.ts): the actors pass reads «بلدية X» as the council as often as the
 * town. A name after a natural cue has no article: «غابة البلوط» is a kind of forest, «غابة أكفادو» one forest.
 */
export const EVENT_PLACE_CUES = keys('بلدية بلديتي');
export const NATURAL_CUES = keys('غابة');

/** First words of compound place names that take a second indefinite word («خان شيخون», «دير الزور»). */
export const TOPONYM_HEADS = keys('دير رأس خان تل عين بيت بئر جسر كفر أم أبو بني جبل وادي سيدي جرف باب مرج بنت شط معرة قلعة سهل دوار ساحة تلة');

/** Direction words that end a place name («البوكمال شرقي دير الزور»). */
export const DIRECTIONS = keys(
  'شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية ' +
    'شمالا جنوبا شرقا غربا الحدودي الحدودية المحتل المحتلة المحاصر المحاصرة',
);

/** Reporting verbs that introduce a speaker (notes §2.5.3). */
export const REPORTING_VERBS = keys(
  'قال قالت أكد أكدت أعلن أعلنت صرح صرحت أوضح أوضحت أضاف أضافت ذكر ذكرت أشار أشارت لفت لفتت تابع تابعت شدد شددت ' +
    'اعتبر اعتبرت رأى رأت نفى نفت كشف كشفت دعا دعت طالب طالبت اتهم اتهمت حذر حذرت أفاد أفادت نقل نقلت أورد أوردت ' +
    'نشر نشرت بث بثت تحدث تحدثت أبلغ أبلغت يقول تقول يضيف أعرب أعربت زعم زعمت أقر أقرت',
);

/** The reporting verbs of saying, whose subject is the claim's speaker; not «نقل», «نشر», «بث»: a newsroom passing a claim on. */
export const SAYING_VERBS = keys(
  'قال قالت أكد أكدت أعلن أعلنت صرح صرحت أوضح أوضحت أضاف أضافت ذكر ذكرت أفاد أفادت كشف كشفت يقول تقول ' +
    'أشار أشارت لفت لفتت شدد شددت تابع تابعت',
);

/** Verbs by which one passes on another's claim: the speaker is the one after «عن» («نقلت الوكالة عن الوزير أن …»). */
export const RELAYING_VERBS = keys('نقل نقلت');

/** Verbal nouns of saying that follow the mouth they quote («نقلت عن مصدر مطلع قوله إن …»): not a word of the mouth. */
export const SAYING_NOUNS = keys('قوله قولها قولهم قولهما');

/** The particles that negate the verb after them: «لا ينفي» denies nothing. */
export const VERB_NEGATIONS = keys('لا لم لن ما');

/** Other verbs common in news prose, so they are never read as the first word of a name. */
export const COMMON_VERBS = keys(
  'التقى التقت استقبل استقبلت زار زارت حضر حضرت وصل وصلت غادر غادرت بحث بحثت ناقش ناقشت وقع وقعت اجتمع اجتمعت عقد عقدت ' +
    'شارك شاركت أجرى أجرت تلقى تلقت هاتف بعث بعثت أرسل أرسلت أمر أمرت قرر قررت وافق وافقت رفض رفضت هاجم هاجمت انتقد ' +
    'انتقدت أفرج أفرجت اعتقل اعتقلت قتل قتلت أصيب أصيبت توجه توجهت عاد عادت كان كانت أصبح أصبحت بات باتت ظل ظلت دخل دخلت ' +
    'خرج خرجت سيطر سيطرت تولى تولت أقال أقالت استقال استقالت فاز فازت هدد هددت تعهد تعهدت وعد وعدت حث حثت ' +
    'جرى جرت تم تمت يلتقي يزور يستقبل يبحث',
);

/** Words after a title or a verb that may introduce a spokesman's or a report's source: attribution frames. */
export const ATTRIBUTION_WORDS = keys(
  'وفق وفقا حسب بحسب حسبما نقلا عن تقرير تقريرا مراسل مراسلة تصريحات تصريح تصريحه مقابلة حديث لما ذكرته نقلته أوردته نشرته بثته ' +
    'أفادته',
);

/** Words after which a claim's speaker is named: «بحسب وزارة الصحة», «وفقا للجيش». */
export const ACCORDING_TO = keys('بحسب حسب وفق وفقا طبقا');

/**
 * The nouns an unnamed mouth is told by («مصدر أمني»، «مسؤول في الوزارة»، «شهود عيان»), without «ال»: a claim put in
 * one is unverified, and no speaker to weigh against another.
 */
export const UNNAMED_MOUTHS = keys(
  'مصدر مصادر مصدرا أوساط جهات مسؤول مسؤولون مسؤولين شخص أشخاص موظف موظفون موظفين شهود شاهد ناشط ناشطون ناشطين نشطاء ' +
    'ضابط عامل دبلوماسي دبلوماسيون مستشار سكان مراقبون خبراء محللون',
);

/** Byline cues: what follows is the writer, not an actor. */
export const BYLINE_CUES = keys('بقلم كتب كتبت إعداد تحرير ترجمة مراسلنا');

/** Common nouns and function words of news prose that are never a word of a name (notes §2.5.5). */
export const COMMON_NOUNS = keys(
  'وسائل وسائط إعلام مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين بيان بيانا تقرير تصريحات تصريح مقابلة حديث مؤتمر اجتماع لقاء زيارة عناصر عنصر ' +
    'مقاتلين مقاتلون مقاتلي جنود جندي ضباط ضابط قادة قيادات عملية هجوم غارة قصف حرب نظام دولة دول حكومة بلاد أراضي سكان ' +
    'مواطنين مدنيين شهود ناشطون ناشطين مراقبون خبراء محللون أمس اليوم غدا الآن صباح مساء يوم أيام أسبوع شهر عام سنة ساعة ' +
    'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس ' +
    'سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين شخص أشخاص رجل امرأة طفل أطفال ' +
    'مجموعة عدد نحو حوالي أكثر أقل ضد عبر حول دون نفسه أيضا كذلك جدا فقط بينما رغم إثر عقب لدى تجاه جانب إطار ظل ' +
    'تلو الأخرى آخر أخرى جديد جديدة كبير كبيرة صغير صغيرة عازلة آمنة واسعة قريبة بعيدة محددة معينة سكنية عسكرية مدنية ' +
    'حدودية حدودي رسمي رسمية حكومي أمني أمنية محلي محلية رفيع رفيعة مطلع مطلعة مقرب مقربة خاص خاصة مختلف مختلفة عدة بعض كل ' +
    'جميع معظم أغلب مثل غير سوى إلا قرار اتفاق اتفاقية مبادرة رسالة خطوة ملف ملفات قضية أزمة وضع أوضاع تعاون دعم ' +
    'الوفد وفد الطرفين الطرفان البلدين البلدان الجانب الجانبين أنباء معلومات مصادره إذ لكن لذلك حينها حين منذ ريثما ' +
    'مراسل مراسلة المصدر المصادر الرئاسة السلطات القوات الحكومة',
);

/**
 * Nouns that describe a person and follow the name in apposition, often with no comma («علي جمعة مفتي الديار»,
 * «سوزان مبارك قرينة الرئيس», «رشيد شقيق العاهل», «X مدرب المنتخب»): kin, offices written after a name and the
 * roles of sport. Never a word of a name, so a name stops before them. Not titles: the tagger's word classes do not
 * read them (a class of their own moved the tagger by less than its seed noise and cost it a margin the rules use).
 */
export const PERSON_DESCRIPTORS = keys(
  'شقيق شقيقة قرينة عقيلة زوجة زوج نجل نجلة ابنة والد والدة حفيد حفيدة أرملة مفتي عاهل مدرب لاعب لاعبة مهاجم مدافع حارس ' +
    'بطل بطلة متسابق سائق',
);

/** Given names that begin with «ي» (the imperfect-verb prefix): not verbs. */
export const YA_NAMES = keys('يوسف يحيى يحيي يزيد ياسر يعقوب يونس يسرى ياسين يوسي يائير يولي يوآف يعلون يامن يمان يسري يعرب');

/** Time words that end a name or a chain («قائد الجيش اليوم»). */
export const TIME_WORDS = keys(
  'اليوم أمس غدا الأسبوع الشهر السنة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي الماضية المقبل المقبلة الجاري الجارية ' +
    'صباح مساء فجر ظهر عصر ليلة حاليا سابقا لاحقا مؤخرا',
);

/** Kunya and «عبد» words after which a definite word does not end a name («عبد الله», «أبو محمد»). */
export const NAME_LINKS = keys(`عبد أبو أبي أبا ابن آل ال ذو ${CHILD_OF.join(' ')}`);

/** «ولد», «منت» (son, daughter of) between the words of a Mauritanian name («محمد ولد الشيخ الغزواني»), also a verb and a noun elsewhere. */
export const SON_OF = keys(MAURITANIAN_CHILD_OF.join(' '));

/** Prepositions and adverbs that stopword lists lack but that end a name or a chain («قوات عبر الحدود»). */
export const FUNCTION_WORDS = keys('عبر ضد نحو حول دون لدى تجاه بين إثر عقب رغم وسط جانب بعد قبل منذ خلال بشأن حيال ضمن إزاء');

/** Names written like a function word: «باسم» (also "in the name of"), «علي» (folds like «على»). */
export const NAMES_LIKE_STOPWORDS = keys('باسم علي');

/** Given names that begin with «و», which otherwise marks a second, coordinated name («… ومناطق»). */
export const WAW_NAMES = keys('وليد وائل وسام وفاء وديع وضاح وهيب وهبي وجدي وحيد وصفي وعد ولاء وجيه وفيق وداد وئام ورد');

/**
 * Adverbs written as «لـ» on a definite noun, or on a noun of «ل» («للحظة»): «للغاية»، «للتو»، «للأسف»، «للمرة
 * الثانية»، «للوهلة الأولى». They tell how or when, no part of a noun phrase beside them.
 */
export const ADVERBIAL_LAM = keys('للغاية للتو للأسف للأبد للمرة للحظة للوهلة');

/**
 * The communities a story names by a plural noun with the article (sects, faiths, peoples): «الشيعة», «الأكراد»,
 * «الدروز». A community is a group of people, not an organisation that acts or speaks, so alone it is no actor
 * (drop-communities.ts); inside a body's name («مشيخة عقل الدروز») it stays that body's word. Both case endings of
 * the sound plurals; an armed movement named after its founder («الحوثيون») is a body, and stays out.
 */
export const COMMUNITY_NOUNS = keys(
  'الشيعة السنة الأكراد الكرد المسيحيون المسيحيين العلويون العلويين الدروز الإيزيديون الإيزيديين ' +
    'اليزيديون اليزيديين التركمان الآشوريون الآشوريين السريان الأرمن الأقباط اليهود المسلمون المسلمين ' +
    'الأمازيغ الشركس الإسماعيليون الإسماعيليين الصابئة الزيديون الزيديين البلوش الموارنة الكلدان',
);

/**
 * Titles a body may be named after with its bearer's name («كتائب الإمام علي», «جامعة الملك سعود», «مسجد السلطان
 * أحمد»): after one of them a body's construct chain takes the one name word that follows (runs.ts, chainEnd).
 */
export const NAMESAKE_TITLES = keys('الإمام الملك السلطان');

/**
 * The titles a facility or a thing may carry before its namesake's name («مستشفى الملك حسين», «مطار الملكة علياء»,
 * «مطار الرئيس هواري بومدين»): wider than NAMESAKE_TITLES, which lets a body's chain run on; these only say where the
 * namesake's head stands (named-after-thing.ts).
 */
export const THING_NAMESAKE_TITLES: ReadonlySet<string> = new Set([...NAMESAKE_TITLES, ...keys('الملكة الأمير الأميرة الشيخ الشهيد الرئيس')]);

/** Heads of awards named after a person («جائزة نوبل», «وسام الملك عبدالعزيز»): a thing, neither a place nor a body. */
export const AWARD_HEADS = keys('جائزة وسام');

/**
 * Heads of facilities and things named after a person, which make the person's name part of their own: the facility
 * cues («مطار», «ميناء»), the bodies' (NAMED_AFTER_HEADS: «جامعة», «مستشفى»), the awards (AWARD_HEADS), and
 * streets, bridges, mosques and schools («شارع جمال عبد الناصر», «جسر الملك فهد», «مسجد محمد الخامس»). No «طريق»
 * («عن طريق» is «by way of»), no palace or office: «قصر الملك» is the king's own.
 */
export const THING_HEADS: ReadonlySet<string> = new Set([
  ...AWARD_HEADS,
  ...FACILITY_CUES,
  ...NAMED_AFTER_HEADS,
  ...keys('جسر شارع ميدان ساحة مسجد جامع مدرسة كلية معهد أكاديمية ملعب استاد مجمع حديقة مدينة مستشفيات'),
]);

/** The word news names a government by when it calls it illegitimate («النظام»), its nation said apart («النظام السوري»). */
export const REGIME_WORD = normalise('النظام');

/** The heads of a state's armed forces that writers use for one body («جيش النظام», «قوات النظام»). */
export const ARMED_FORCE_HEADS = keys('جيش قوات');
