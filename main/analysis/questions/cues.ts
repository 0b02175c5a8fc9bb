import { normalise, qadSense, type Token } from '../../text/arabic/index.ts';
import { cuePattern, findCues, type CueMatch, type CuePattern } from './cue-pattern.ts';
import { disclosureCues, notKnownBefore, notKnownDefinite, notKnownStates, stillOpenStates } from './disclosure-cues.ts';

/**
 * Cue lexicons for open questions (team notes §5.2).
 *
 * Decision on institutional sources: «مصادر رسمية سورية» or «مصدر في الوزارة» name at most an institution,
 * not a person or a statement anyone can be held to, so they count as unnamed (unverified). A claim is
 * sourced when it names a person («قال وزير الخارجية فلان») or an institution speaking on the record
 * («قالت وزارة الداخلية في بيان»): neither uses these cues, so neither is flagged.
 */
const ADJECTIVES =
  'خاصة|مطلعة|مقربة|أمنية|عسكرية|دبلوماسية|محلية|رسمية|مسؤولة|حكومية|رفيعة|موثوقة|متطابقة|ميدانية|إعلامية|سياسية|استخباراتية|استخبارية|' +
  'خاص|مطلع|مقرب|أمني|عسكري|دبلوماسي|محلي|رسمي|مسؤول|حكومي|رفيع|موثوق|ميداني|إعلامي|سياسي|استخباراتي|استخباري|مطلعين|مقربين|' +
  // Near to someone, said with «من»: «أوساط قريبة من المفوضية»، «مصدر قريب من الحكومة».
  'قريبة|قريب|قريبين';
// The nouns that stand for an unnamed mouth: sources, and the circles around a body («أوساط»), which name no one.
const MOUTHS = 'مصادر|مصدر|أوساط';
const SAYING = 'قال|قالت|ذكر|ذكرت|أفاد|أفادت|أكد|أكدت|كشف|كشفت|أشار|أشارت|نقل|نقلت|أوضح|أوضحت|أضاف|أضافت|رجح|رجحت|تحدث|تحدثت|تقول|يقول';
const NAME = 'اسمه|اسمها|اسمهم|اسميهما|هويته|هويتها|هويتهم';
// Verbs of keeping one's name back, in both genders: «طلب عدم نشر اسمه»، «تحفظ على ذكر اسمه»، «رفض الكشف عن هويته».
const WITHHOLDING = 'طلب|طلبت|فضل|فضلت|رفض|رفضت|تحفظ|تحفظت|امتنع|امتنعت|اشترط|اشترطت';
// Appearing by one's name, or being known by it, is told too: «لم يرغب في الظهور باسمه»، «طلب عدم التعريف باسمه».
const TELLING = 'الكشف|ذكر|نشر|الإفصاح|كشف|الظهور|التعريف';
// Verbal nouns of leaving a name out, which the speaker asks for as the withholding verbs' object: «طلب إغفال
// هويته»، «اشترط حجب اسمه»، «فضل إخفاء هويته».
const LEAVING_OUT = 'إغفال|حجب|إخفاء|كتمان|كتم';
// Verbs of confiding, whose mouth told it in confidence: «بحسب ما أسر به دبلوماسي»، «وفق ما همس به مسؤول».
const CONFIDING = 'أسر|أسرت|أسروا|أسره|أسرته|همس|همست|همسوا';
// Verbs of permitting or wishing, negated: the speaker did not allow or want their name told («لم يأذن بنشر اسمه»،
// «لا يرغب في ذكر اسمه»، «لم تسمح بالكشف عن هويتها»). Not «يرد»: «لم يرد ذكر اسمه» is «was not mentioned» far
// more often than «did not want» (which «يشأ»، «يريد» say).
const NOT_PERMITTING = 'لم|لا يأذن|تأذن|يسمح|تسمح|يرغب|ترغب|يشأ|تشأ|يريد|تريد|يود|تود';
// The condition a speaker set for talking: «شريطة ألا نسميه»، «بشرط عدم ذكر اسمه»، «شرط ألا يُكشف عن هويته».
const ON_CONDITION = 'شريطة|بشرط|شرط|مشترطا|مشترطة';
// Naming, in the persons a newsroom writes it (we, he, she, the passive): «ألا نسميه»، «ألا يذكر اسمه».
const NAMING = 'نسميه|نسمه|نسميها|نسمها|نسميهم|يسمى|تسمى|نذكر|يذكر|تذكر|نكشف|يكشف|تكشف|ننشر|ينشر|تنشر';
// A newsroom's own sources, a possessive making them its own and no one's name: «علمت الجريدة من مصادرها الخاصة»،
// «بحسب مصادرنا». Not «مصادره», whose key is also that of «مصادرة» (a seizure).
const OWN_SOURCES = 'مصادرها|مصادرنا|مصادرهم|مصادرهما';
// A person described only by a tie to a body or a matter: «شخص على صلة بفريق التحقيق»، «مسؤول على اطلاع على الملف».
const PERSONS = 'شخص|أشخاص|مسؤول|مسؤولون|مسؤولين|موظف|موظفون|موظفين|مصدر|مصادر|أحد';
const TIES = 'صلة|اطلاع|علاقة|دراية|تواصل|احتكاك';

/** Verbs of saying as a mouth tells its own claim with them («مصدر في الميناء تحدث عن …»), by their keys. */
export const SAYING_KEYS: ReadonlySet<string> = new Set(SAYING.split('|').map(normalise));

export const UNNAMED: CuePattern[] = [
  `${MOUTHS} ~2 ${ADJECTIVES}`,
  `${SAYING} ${MOUTHS}`,
  'مصدر في|داخل|بـ',
  // Sources located in a body that something came from, with no verb of saying: «وفق ما بلغه من مصادر في وزارة التموين».
  'من مصادر في|داخل|بـ',
  'نقلا|نقلًا عن مصادر|مصدر',
  'لم تسمه|يسمه|تسمها|يسمها|تسمهم|يسمهم|تسمهما|تسم|يسم|تذكر|يذكر|تكشف|يكشف *1 اسمه|اسمها|اسمهم|هويته|هويتها|هويتهم',
  'لم تسمه|يسمه|تسمها|يسمها|تسمهم|يسمهم|تسمهما',
  `عدم ${TELLING} *1 ${NAME}`,
  `${WITHHOLDING} *1 ${TELLING} *1 ${NAME}`,
  `${NOT_PERMITTING} *1 ${TELLING} *1 ${NAME}`,
  `${WITHHOLDING} ${LEAVING_OUT} ${NAME}`,
  // Not wishing to be named, said with the verb: «لم يشأ أن يذكر اسمه»، «لا ترغب أن ننشر اسمها».
  `${NOT_PERMITTING} أن ${NAMING} ${NAME}`,
  // A mouth known only by the post or trade it gave: «اكتفى بالإشارة إلى صفته»، «مكتفية بذكر منصبها».
  'اكتفى|اكتفت|اكتفوا|مكتفيا|مكتفية بالإشارة|بذكر|بالتعريف *1 صفته|صفتها|صفتهم|منصبه|منصبها|وظيفته|وظيفتها',
  `${ON_CONDITION} ألا ${NAMING}`,
  `${ON_CONDITION} أن لا ${NAMING}`,
  `${ON_CONDITION} عدم ${TELLING}|تسميته|تسميتها|تسميتهم`,
  `من|بحسب|حسب|وفق|وفقا|عبر ${OWN_SOURCES}`,
  `${SAYING}|علمت|علم ${OWN_SOURCES}`,
  `${PERSONS} على ${TIES}`,
  `ما ${CONFIDING} به|بها|بهم|له|لها|لهم`,
  // Not authorised to speak: the reason newsrooms give for a name kept back («لأنه غير مخول بالحديث إلى الصحافة»).
  'غير مخول|مخولة|مخولين|مخولون|مأذون|مأذونة *1 بالحديث|بالتصريح|الحديث|التصريح',
  'شهود|شاهد عيان',
  'ناشطون|ناشطين|نشطاء|ناشط',
  'ما ذكرته|أوردته|نقلته|نشرته|أفادت|ذكرت الصحيفة|الوكالة|القناة|الموقع|المجلة|الصحيفه',
].map(cuePattern);

export const HEDGE: CuePattern[] = [
  'يعتقد|يُعتقد أن|ان|بأن',
  'يرجح|يرجّح|ترجح|يرجح',
  'من المرجح|المحتمل|الممكن',
  'من غير المستبعد',
  'ربما',
  'يبدو|ويبدو أن|ان',
  'على ما يبدو',
  'أنباء|انباء عن|تفيد|تشير|تتحدث',
  'تقارير تفيد|تشير|تتحدث|عن',
  'مزاعم|ادعاءات',
  'زعم|زعمت|يزعم|تزعم|ادعى|ادعت|يدعي|تدعي',
  'لم يتسن|يتسنى|تتسنى *2 التحقق|التأكد',
  'لم يتم التأكد|التحقق',
  'تعذر التحقق|التأكد',
  'لا يمكن التحقق|التأكد',
].map(cuePattern);

// Nouns of talk that a predicate of falsity describes, and the predicate of bearing no relation to the facts.
const HEARSAY = 'شائعة|شائعات|إشاعة|إشاعات|كلام|ادعاء|ادعاءات|مزاعم|أقاويل|أخبار|أنباء|معلومات';
const NO_RELATION = 'لا|ما يمت|تمت|يمتان|تمتان|يمتون *1 للواقع|للحقيقة|للصحة|الواقع|الحقيقة|الصحة بصلة|بأي';

/**
 * Predicates of falsity: what they deny is their subject, said before them («ما تردد عن إغلاق المعبر غير صحيح»،
 * «وصف الحديث عن اتفاق سري بأنه عار عن الصحة»), where a denying verb's object follows it. An adjective of fabrication
 * («مفبرك»، «مختلق»، «ملفق») denies only as the predicate «بأنه …» gives it: before a noun it describes a kind of news.
 */
export const FALSITY_PREDICATES: CuePattern[] = [
  'عار|عاري|عارية|عارٍ عن|من الصحة',
  'لا أساس له|لها|لهم|لهما من الصحة',
  // Having no origin or basis, said bare: «… لا أصل له»، «… لا أساس لها».
  'لا أصل|أساس له|لها|لهم|لهما',
  // Bearing no relation to the facts: «… لا تمت للواقع بصلة»، «لا يمت إلى الحقيقة بأي صلة»; the noun of hearsay it
  // describes («شائعات لا تمت…»، «كلام لا يمت…») is the predicate's head, not part of what is denied.
  `${HEARSAY} ${NO_RELATION}`,
  NO_RELATION,
  // Nothing on record supports it: «… ادعاء لا يسنده أي محضر»، «… كلام لا يدعمه دليل». The evidence noun keeps out
  // a person's backing («لا يدعمه الحزب»).
  'لا يسنده|تسنده|يسندها|يدعمه|تدعمه|يدعمها|يؤيده|تؤيده|يؤيدها *1 دليل|أدلة|محضر|وثيقة|سند|إثبات|برهان',
  'غير صحيح|صحيحة|دقيق|دقيقة|صحيحين|دقيقين',
  // A noun of fabrication as the predicate, made sheer by «محض» or «مجرد»: «ما ورد فيه عن … محض افتراء»، «ما تردد
  // مجرد شائعات». Bare, such a noun may name what someone is accused of; «محض» and «مجرد» make it a verdict.
  'محض|مجرد افتراء|افتراءات|اختلاق|تلفيق|فبركة|كذب|أكاذيب|ادعاء|ادعاءات|مزاعم|شائعة|شائعات|إشاعة|إشاعات|أوهام|تخيلات',
  'بأنه|بأنها|بأنهم|بأنهما|أنه|أنها مفبرك|مفبركة|مختلق|مختلقة|ملفق|ملفقة|كاذب|كاذبة|مغلوط|مغلوطة',
].map(cuePattern);

export const DENIAL: CuePattern[] = [
  'نفى|نفت|ينفي|تنفي|نفوا|ينفون|نفيه|نفيها|نفيهم|نفيا',
  'لا صحة',
  'كذب|كذبت|يكذب|تكذب',
  'دحض|دحضت|يدحض|تدحض',
  // Refuting, as «دحض» is: «تفند الشركة ما تداولته بعض المواقع».
  'فند|فندت|يفند|تفند|فندوا|يفندون',
].map(cuePattern).concat(FALSITY_PREDICATES);

// Verification that could not be made, before what it was of: «ولم يتسن للموقع التحقق من صحة البيانات المنشورة»،
// «تعذر التأكد من هوية القتلى». What follows «من» is what is not known; «لم يتسن التحقق منه» (of the claim told
// before it) stays a hedge on that claim.
export const UNVERIFIABLE_OF: CuePattern[] = [
  'لم يتسن|يتسنى|تتسنى|تتسن *2 التحقق|التأكد من|مما',
  'تعذر|يتعذر|يصعب التحقق|التأكد من|مما',
  'لا يمكن|يمكننا|نستطيع|تستطيع|يستطيع التحقق|التأكد من|مما',
].map(cuePattern);

// What a verb of settling or finding out is of when it asks something: a question word («ما إذا», «كيف», «من»), or a
// noun of what is sought («سبب», «حجم», «عدد», «مصير»).
const SOUGHT = 'ما|مما|كيف|متى|من|أين|لماذا|هل|كم|أي|سبب|أسباب|السبب|الأسباب|حجم|عدد|هوية|مصير|موعد|مدى|طبيعة|مكان|حقيقة';

export const UNKNOWN_BEFORE: CuePattern[] = [
  ...UNVERIFIABLE_OF,
  // Negated verbs of disclosure and of coming to light, in every person, with «عن» or a pending «بعد»/«حتى الآن»
  // (disclosure-cues.ts): «لم يكشف عن»، «لم يفصح الجلاصي عن»، «لم يُعرف بعد»، «لا تتوفر معلومات عن».
  ...disclosureCues(),
  'لم يتم الكشف|التعرف|تحديد عن',
  'لم يتم الكشف|التعرف|تحديد',
  'لم تحدد|يحدد|تتحدد|يتحدد',
  // What cannot (yet) be determined or settled, before what it is: «لا يمكن في هذه المرحلة تحديد سبب العطل»،
  // «يتعذر حتى الآن الجزم بما إذا كان …»، «يصعب حسم مصير …». A few words may stand between: a time, «بعد». Only
  // before a question word or a noun of what is sought: «لا يمكن حسم المعركة عسكريا» is an assessment, no unknown.
  `لا يمكن|يمكننا|نستطيع *3 تحديد|الجزم|الحسم|حسم|معرفة >${SOUGHT}`,
  `تعذر|يتعذر|يصعب|يستحيل|صعب *3 تحديد|الجزم|الحسم|حسم|معرفة >${SOUGHT}`,
  // «لا يزال من غير الواضح ما إذا …»، «ليس من الواضح كيف …»: the article's own statement of what is unknown,
  // with the article on «الواضح» that «غير واضح» (below) never matches; every state of being known
  // («من غير المعلوم ما إذا …»).
  ...notKnownDefinite(),
  // Being known negated, with no «من»: «وليس معروفا بعد متى …»، «لم يعد واضحا من …» (disclosure-cues.ts).
  ...notKnownBefore(),
  'يبقى|ويبقى|تبقى|يظل السؤال|التساؤل',
  // Obscurity that surrounds something, as the verb's subject: «يكتنف الغموض موقف …»، «يلف الغموض مصير …».
  'يكتنف|تكتنف|يلف|تلف|يحيط|يخيم|يسود الغموض|غموض',
  'يبقى|ويبقى|تبقى|يظل السؤال|التساؤل مطروحا|قائما|مفتوحا حول|عن|بشأن',
].map((p) => (typeof p === 'string' ? cuePattern(p) : p));

export const UNKNOWN_STATE: CuePattern[] = [
  'غير معروف|معروفة|معروفين|معروفه|واضح|واضحة',
  'مجهول|مجهولة|مجهولون|مجهولين|مجهولي|مجهوله',
  'لا|ما تزال|يزال|زالت|زال *3 غامضة|غامض|غامضا|مبهمة|مجهولة|مجهولا|غامضه',
  'لم نتأكد',
  // Kept secret: «لا تزال هوية المحتجزين طي الكتمان»، «بقيت التفاصيل قيد الكتمان»: what is hidden is the subject.
  'طي|قيد الكتمان',
  // English copy in an Arabic selection («it remains unclear whether …»).
  'unclear|unknown',
].map(cuePattern).concat(notKnownStates(), stillOpenStates());

/** «قد» before an imperfect verb («قد يكون»، «قد تشهد»، «قد لا») hedges; before a perfect («قد أعلن») it asserts (qadSense). */
export function qadHedges(tokens: readonly Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  tokens.forEach((_, i) => {
    if (qadSense(tokens, i) === 'possibility') out.push({ from: i, to: i + 2 });
  });
  return out;
}

export function unnamedCues(tokens: readonly Token[]): CueMatch[] {
  return findCues(tokens, UNNAMED);
}

/**
 * The hedges of a sentence, save a verification that could not be made of what follows it (UNVERIFIABLE_OF): that
 * sentence asks what is not known (an `unknown` question), it holds no claim of its own to doubt.
 */
export function hedgeCues(tokens: readonly Token[]): CueMatch[] {
  const unverifiable = findCues(tokens, UNVERIFIABLE_OF);
  return [...findCues(tokens, HEDGE), ...qadHedges(tokens)]
    .filter((c) => !unverifiable.some((u) => c.from < u.to && u.from < c.to))
    .sort((a, b) => a.from - b.from);
}

export function denialCues(tokens: readonly Token[]): CueMatch[] {
  return findCues(tokens, DENIAL);
}

/** Whether a denial cue found in `tokens` is a predicate of falsity (FALSITY_PREDICATES), which denies what stands before it. */
export function isFalsityPredicate(tokens: readonly Token[], cue: CueMatch): boolean {
  return findCues(tokens, FALSITY_PREDICATES).some((m) => m.from <= cue.from && m.to >= cue.to - 1 && m.to > cue.from);
}
