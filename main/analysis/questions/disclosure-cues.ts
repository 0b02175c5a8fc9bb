/**
 * What a source says has not been disclosed, from one small grammar rather than a list of phrases (issue 14,
 * "what the articles themselves say is unknown"): a negation, a verb of disclosure or of coming to light in any of
 * the persons news reports use, optionally its subject, then what is kept back — introduced by «عن» («لم يفصح
 * الجلاصي عن تفاصيل المقترح»), or after a word saying it is still pending («لم تعلن الوزارة حتى الآن أسماء
 * الموقوفين»، «لم يُعرف بعد عدد …»). Also «لا تتوفر معلومات عن …» or «ليست هناك أرقام عن …» (no information to be had) and the states of
 * not being sure in every gender and number («غير متأكدة»).
 */
import type { Token } from '../../text/arabic/index.ts';
import { cuePattern, findCues, type CueMatch, type CuePattern } from './cue-pattern.ts';

// Negations that govern an imperfect: «لم» (past), «لا» (present), «لمّا» (not yet).
const NEGATIONS = ['لم', 'لا', 'لما'];
// Verbs of disclosing (active: someone keeps it back) and of coming to light (passive or intransitive: it is
// not known), as the imperfect stem after its person prefix.
const DISCLOSE = ['كشف', 'فصح', 'علن', 'وضح', 'صرح', 'ذكر', 'حدد', 'بين'];
const COME_TO_LIGHT = ['عرف', 'علم', 'تضح', 'تبين', 'تأكد', 'تحدد', 'ستبن', 'تكشف'];
// Verbs of settling or completing (passive or intransitive: the matter is not settled), as the imperfect stem:
// «لم تُحسم بعد مسألة …», «لم يُبتّ في …», «لم يتقرر …», «لم تكتمل …», «لم ينته التحقيق …».
const COMPLETE = ['حسم', 'بت', 'تقرر', 'كتمل', 'نته', 'نجز', 'تخذ', 'تفق'];
// Words that say the disclosure is still awaited: what follows them is what is not known.
const PENDING = ['بعد', 'حتى الآن|الان|اللحظة|اللحظه|الساعة|الساعه', 'إلى|الى الآن|الان|اللحظة|اللحظه', 'لحد|لغاية الآن|الان'];
// Verbs of being available or of coming out (leaking, filtering out, arriving), and what is not available: «لا
// تتوفر معلومات عن …»، «لم ترشح أي معلومات عن …»، «لم تتسرب تفاصيل عن …»، «لم ترد أي أرقام عن …».
const AVAILABLE = ['توفر', 'توافر', 'وجد', 'رشح', 'تسرب', 'رد'];
const INFORMATION = 'معلومات|تفاصيل|بيانات|أرقام|ارقام|إحصاءات|احصاءات|تأكيدات';
// What would answer the question: «ولا إجابة حتى اللحظة عن حجم البيانات …»، «لا تفسير رسميا لـ…».
const ANSWERS = 'إجابة|إجابات|جواب|أجوبة|تفسير|توضيح|إيضاح';
// Existence denied without a verb: the negative copula («ليس», «ليست») or «لا» with an adverb of existence.
const NO_EXISTENCE = 'ليس|ليست|لا';
const THERE_IS = 'هناك|ثمة|ثمه';

/**
 * Imperfect forms of a stem in the persons news uses after a negation: he, she (and a feminine or broken plural
 * subject), they (jussive «يكشفوا» and indicative «يكشفون»), the two; the form IV stems («يفصح»، «يعلن») take the
 * same prefixes. A written hamza on the prefix of form IV is folded by the matcher's keys.
 */
export function negatedForms(stem: string): string[] {
  return ['ي', 'ت'].flatMap((p) => [p + stem, `${p}${stem}وا`, `${p}${stem}ون`, `${p}${stem}ا`, `${p}${stem}ان`]);
}

function alternatives(stems: readonly string[]): string {
  return [...new Set(stems.flatMap(negatedForms))].join('|');
}

const NEG = NEGATIONS.join('|');

// «لا يزال / ما زال» (every person), then what is still open: under study or discussion, unsettled, pending.
const STILL = 'لا|ما تزال|يزال|زالت|زال|زالوا|يزالون|تزالان|يزالان';
// The sisters of «كان» that say «remains» in one word, in the present only («ويظل مآل الأموال معلقا»، «تبقى هوية
// المسلحين مجهولة»): the past «ظل»، «بقي» tells how a thing stood then, not that it is open now. «مفتوح» and «عالق»
// are left to «لا يزال»: «يبقى الباب مفتوحا»، «تظل الشاحنات عالقة» tell a state, not an unknown.
const REMAINS = 'يظل|تظل|يظلان|تظلان|يظلون|يبقى|تبقى|يبقيان|تبقيان|يبقون';
// Adjectives of an obscure or blurred picture, in any gender and case: «غامض»، «ضبابية»، «ملتبس»، «مشوش».
const OBSCURE = ['غامض', 'ضبابي', 'ملتبس', 'مبهم', 'مشوش'].flatMap((s) => [s, `${s}ة`, `${s}ه`, `${s}ا`]).join('|');

// Verbs of knowing, whose negated subject is no one: «لا أحد يعلم متى …»، «لا أحد يعرف حتى الآن …»، «لا أحد يدري …».
const KNOW = ['علم', 'عرف', 'دري'];
const NO_ONE = ['لا أحد', 'ما من أحد'];

/** The cue patterns of the grammar, for findCues: each ends where what is not known begins. */
export function disclosureCues(): CuePattern[] {
  const disclose = alternatives(DISCLOSE);
  const light = alternatives(COME_TO_LIGHT);
  return [
    // «لم يفصح الجلاصي عن …»، «لم تكشف السلطات بعد عن …»: up to three words of subject (and «بعد») before «عن».
    `${NEG} ${disclose} *3 عن`,
    // «لم تعلن الوزارة حتى الآن …»: the pending word ends the cue, after a subject of two words at most…
    ...PENDING.map((p) => `${NEG} ${disclose} *2 ${p}`),
    // …and right after what comes to light, which has none there: «لم يُعرف بعد …», while «لم يتضح عدد الضحايا
    // حتى الآن» leaves what is unknown after the verb.
    ...PENDING.map((p) => `${NEG} ${light} ${p}`),
    // «لم يُعرف …»، «لم يتضح …»: what comes to light needs no subject of its own.
    `${NEG} ${light}`,
    // «لا أحد يعلم حتى الساعة متى …»: no one as the subject of knowing, before the verb; a pending word may follow.
    ...NO_ONE.flatMap((none) => [...PENDING.map((p) => `${none} ${alternatives(KNOW)} ${p}`), `${none} ${alternatives(KNOW)}`]),
    // «لم تُحسم بعد مسألة …»، «لم يُبتّ بعد في …»: what is not settled is not known either; it follows the verb (and
    // the pending word), as after what comes to light.
    ...PENDING.map((p) => `${NEG} ${alternatives(COMPLETE)} ${p}`),
    `${NEG} ${alternatives(COMPLETE)}`,
    // «لا تتوفر معلومات عن …»، «لم تتوافر بعد أرقام رسمية حول …»، «لا تتوفر حتى الآن أي معلومات عن …»: a pending
    // word (one or two) and «أي» may stand between the verb and what is lacking, an adjective or two before the preposition.
    `${NEG} ${alternatives(AVAILABLE)} *3 ${INFORMATION} *2 عن|حول|بشأن|بشان`,
    // The same lack said with existence denied instead of a verb of availability: «ليست هناك أرقام رسمية عن …»,
    // «لا ثمة معلومات دقيقة حول …».
    `${NO_EXISTENCE} ${THERE_IS} *1 ${INFORMATION} *2 عن|حول|بشأن|بشان`,
    // «لا» denying the noun itself, a pending word or an adjective before the preposition: «لا إجابة حتى اللحظة
    // عن …»، «لا معلومات رسمية حول …».
    `لا ${ANSWERS}|${INFORMATION} *2 عن|حول|بشأن|بشان`,
    // An obscure picture that still stands, about what follows: «ولا تزال الصورة ضبابية بشأن الطريقة التي …»، «يبقى
    // المشهد غامضا حول …».
    `${STILL} *2 ${OBSCURE} بشأن|بشان|حول|عن|حيال`,
    `${REMAINS} *2 ${OBSCURE} بشأن|بشان|حول|عن|حيال`,
  ].map(cuePattern);
}

const REMAINS_OPEN = 'معلق|معلقة|معلقه|معلقا|مجهول|مجهولة|مجهوله|مجهولا|غامض|غامضة|غامضه|غامضا|مبهم|مبهمة|مبهما';
const UNDER = 'قيد|رهن|طور التحقيق|الدرس|الدراسة|الدراسه|البحث|النقاش|المناقشة|المناقشه|التفاوض|المفاوضات|الانتظار';
const UNSETTLED = 'غير محسوم|محسومة|محسومه|محسوما|معروف|معروفة|معروفه|واضح|واضحة|واضحه|مؤكد|مؤكدة|مؤكده|محدد|محددة|محدده|مؤكدا|واضحا|معروفا|محددا';
const PENDING_STATE = 'معلق|معلقة|معلقه|معلقا|عالق|عالقة|عالقه|عالقا|مفتوح|مفتوحة|مفتوحه|مفتوحا';

// Predicates of being hidden or pending in the accusative («مجهولا»، «معلقا»): the case ending marks the predicate
// of «لا يزال» (its sisters of «كان» take it), never an adjective inside a long subject, so these may stand after a
// subject of any ordinary length («ولا يزال مصير ستة أشخاص جرفتهم المياه في الوادي مجهولا»).
const HIDDEN_ACCUSATIVE = 'مجهولا|غامضا|مبهما|معلقا|عالقا|مفتوحا';

// Kept secret, an adverbial phrase of two words that stands where the accusative predicate does: «ولا تزال هوية
// المحتجزين الذين لم يشملهم الاتفاق طي الكتمان».
const SECRET = 'طي|قيد الكتمان';

// Each with the number of words of its verb («لا يزال» two, «يظل» one) and of its predicate after the subject.
const STILL_HIDDEN: { pattern: CuePattern; verb: number; predicate: number }[] = [
  { pattern: cuePattern(`${STILL} *8 ${HIDDEN_ACCUSATIVE}`), verb: 2, predicate: 1 },
  { pattern: cuePattern(`${STILL} *8 ${SECRET}`), verb: 2, predicate: 2 },
  { pattern: cuePattern(`${REMAINS} *8 ${REMAINS_OPEN}`), verb: 1, predicate: 1 },
  { pattern: cuePattern(`${REMAINS} *8 ${SECRET}`), verb: 1, predicate: 2 },
];

/**
 * What a source says is still open, by the grammar of «لا يزال / ما زال» (and «يظل»، «يبقى») with up to three words of subject and a
 * predicate of being under way («قيد الدرس»), unsettled («غير محسوم»), or pending («معلقا»): the subject is what is
 * not known. A predicate in the accusative, or «طي الكتمان», may follow a subject of up to eight words. «ما زال التحقيق متواصلا» says
 * nothing is open and matches none.
 */
export function stillOpenStates(): CuePattern[] {
  return [`${STILL} *3 ${UNDER}`, `${STILL} *3 ${UNSETTLED}`, `${STILL} *3 ${PENDING_STATE}`, `${REMAINS} *3 ${UNDER}`, `${REMAINS} *3 ${UNSETTLED}`]
    .map(cuePattern)
    .concat(STILL_HIDDEN.map((h) => h.pattern));
}

// A subject of one word («ما زال الأمر غامضا») names too little to ask for: the passage is quoted instead.
const MIN_SUBJECT_WORDS = 2;

/**
 * The subject of «لا يزال … مجهولا» when `cue` is that pattern's match: what the source says is still hidden
 * («مصير ستة أشخاص …»), the tokens between the two words of «لا يزال» and the predicate, two at least.
 */
export function stillHiddenSubject(tokens: readonly Token[], cue: CueMatch): CueMatch | undefined {
  for (const { pattern, verb, predicate } of STILL_HIDDEN) {
    const m = findCues(tokens, [pattern]).find((c) => c.from === cue.from && c.to === cue.to);
    if (m && m.to - m.from - verb - predicate >= MIN_SUBJECT_WORDS) return { from: m.from + verb, to: m.to - predicate };
  }
  return undefined;
}

// The states of being known, by root: the passive participle of knowing («معروف»، «معلوم»، «مفهوم»), of being
// settled («مؤكد»، «محدد»، «محسوم») and the adjective of being plain («واضح»), each in any gender and case.
const KNOWN_STEMS = ['معروف', 'معلوم', 'مفهوم', 'مؤكد', 'محدد', 'محسوم', 'واضح'];
// The negative copula and «كان» or «عاد» negated, in both genders: «ليس معروفا»، «لم يعد واضحا»، «لم تكن معلومة».
const NOT_BEING = ['ليس|ليست', 'لم يعد|تعد|يكن|تكن'];

function knownStates(): string {
  return KNOWN_STEMS.flatMap((s) => [s, `${s}ا`, `${s}ة`, `${s}ه`]).join('|');
}

/**
 * «من غير …» and «ليس من …» with the state of being known made definite, before what is not known: «من غير
 * الواضح …»، «من غير المعلوم ما إذا …»، «ليس من المؤكد …»: every stem of KNOWN_STEMS, not a list of phrases.
 */
export function notKnownDefinite(): CuePattern[] {
  const known = KNOWN_STEMS.map((s) => `ال${s}`).join('|');
  return [`من غير ${known}`, `ليس|ليست من ${known}`].map(cuePattern);
}

/**
 * Being known, negated, before what is not known (issue 14): «وليس معروفا بعد متى تعود الكهرباء»، «لم يعد واضحا
 * من يدير المعبر»، «ليس مؤكدا حتى الآن ما إذا …». A pending word may end the cue; the unknown follows it.
 */
export function notKnownBefore(): CuePattern[] {
  const known = knownStates();
  return NOT_BEING.flatMap((not) => [...PENDING.map((p) => `${not} ${known} ${p}`), `${not} ${known}`]).map(cuePattern);
}

/**
 * States of not knowing, which name nothing after them: «غير متأكد» in every gender and number («غير متأكدة»،
 * «لسنا متأكدين»), and information said to be lacking with no preposition to say about what («لا تتوفر معلومات
 * كافية»).
 */
export function notKnownStates(): CuePattern[] {
  const sure = ['متأكد', 'متأكدة', 'متأكدون', 'متأكدين', 'متأكدتين', 'متأكدات', 'متيقن', 'متيقنة', 'متيقنين', 'واثق', 'واثقة', 'واثقين'].join('|');
  return [`لسنا|لست|لستم|ليس|ليست|غير ${sure}`, `${NEG} ${alternatives(AVAILABLE)} *3 ${INFORMATION}`].map(cuePattern);
}

const SETTLING = new Set(COMPLETE.flatMap(negatedForms));

/**
 * The index of the negated verb of settling or completing in `cue` («لم تُحسم بعد»، «لم تكتمل»), or -1: what is not
 * settled is asked as «متى تُحسم …؟», its subject following, not as «ما …؟».
 */
export function settlingVerb(tokens: readonly Token[], cue: CueMatch): number {
  for (let i = cue.from; i < cue.to; i++) if (NEGATIONS.includes((tokens[i - 1]?.key ?? '').replace(/^[وف](?=ل)/u, '')) && SETTLING.has(tokens[i]?.key ?? '')) return i;
  return -1;
}
