/**
 * Whether the clause of a date reports something past. News Arabic dates scheduled events in the
 * present tense («تنطلق الانتخابات في 20 مارس») and reports done ones with a perfect verb («قُتل»،
 * «أعلنت»), «قد/لقد» + perfect, «كان/تمّ», or a past time word. Without a morphological analyser we
 * read the verbs newswire uses most, written out in their perfect forms; a clause with none of them is
 * left undecided, so a scheduled event is never pulled into the past by a guess.
 */
import { afterConjunction, isComplementiser, normalise, qadSense, tokenise, withoutConjunction } from '../arabic/index.ts';
import { APPOINTMENT_NOUNS, FUTURE_CUES } from './lexicon.ts';

// Third person masculine perfect stems; feminine «ت», plural «وا» and dual «ا»/«تا» endings are added below.
const PERFECT_STEMS = [
  'قال', 'أعلن', 'أكد', 'أفاد', 'ذكر', 'أوضح', 'أضاف', 'أشار', 'صرح', 'كشف', 'نفى', 'وقع', 'قتل', 'أصيب', 'اعتقل', 'شن', 'استهدف',
  'اندلع', 'بدأ', 'انطلق', 'انعقد', 'التقى', 'زار', 'وصل', 'توفي', 'تم', 'شهد', 'سقط', 'انفجر', 'هاجم', 'اغتيل', 'اختطف', 'أطلق',
  'نفذ', 'صادق', 'وافق', 'رفض', 'اجتمع', 'استقبل', 'غادر', 'عاد', 'كان', 'قصف', 'دمر', 'فاز', 'انتخب', 'أقال', 'استقال',
  'أفرج', 'أصدر', 'أقر', 'تعرض', 'أسفر', 'سيطر', 'انسحب', 'اقتحم', 'أغلق', 'أجرى', 'جرى', 'أدى', 'لقي', 'انهار', 'ارتفع', 'انخفض',
  'تراجع', 'أعاد', 'أنهى', 'حصل', 'تسلم', 'أطاح', 'أحال', 'أدان', 'أرسل', 'استأنف', 'توقف', 'أوقف', 'ألغى', 'تظاهر', 'احتج', 'ضبط',
  'داهم', 'أسقط', 'انتهى', 'مات', 'نجا', 'ناقش',
];
// Stems that are also common nouns when bare («عقد» contract, «حدث» event, «حكم» rule, «فجر» dawn): only their
// suffixed perfects («عقدت», «حدثوا») count.
const SUFFIXED_ONLY = ['عقد', 'حدث', 'عين', 'نشر', 'سجل', 'فتح', 'حكم', 'بحث', 'وصف', 'دخل', 'خرج', 'ضرب', 'سلم', 'فجر', 'أجل', 'وقّع'];
// Perfect forms that the endings above do not give («جرت», «أدت», «ألغت», «انتهت»).
const IRREGULAR = ['جرت', 'أدت', 'ألغت', 'انتهت', 'نفت', 'التقت', 'أجرت', 'لقيت', 'نجت', 'كانت', 'كانوا', 'تمت'];
// Words that place a clause in the past by themselves.
const PAST_WORDS = ['أمس', 'الأمس', 'البارحة', 'مؤخرا', 'مؤخراً', 'سابقا', 'سابقاً', 'آنذاك', 'حينها', 'وقتها', 'حينذاك', 'الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'لقد'];

function perfectForms(stem: string): string[] {
  const k = normalise(stem).replace(/ّ/gu, '');
  // A stem ending in alef maqsura (normalised to yeh) takes «ت» on its shortened form.
  const base = k.endsWith('ي') && !k.endsWith('وفي') ? k.slice(0, -1) : k;
  return [k, `${base}ت`, `${k}وا`, `${base}وا`, `${k}ا`, `${base}تا`];
}

// A feminine perfect outside the lists: three root letters + «ت» («صرفت», «قصفت»), or a derived form opening
// with alef («انسحبت», «استهدفت»); never a feminine plural «ـات». Nouns of the same shape are listed out.
const FEMININE_PERFECT = /^(?:[^\sايتنمل]\p{L}{2}|ا\p{L}{3,5})ت$/u;
const NOT_PERFECT = new Set(['بيت', 'وقت', 'صوت', 'زيت', 'موت', 'سبت', 'بنت', 'تحت', 'صمت', 'ثابت', 'انترنت', 'اكسبت', 'فوت', 'قوت', 'حوت', 'كبريت', 'سكوت', 'ثبوت', 'بيروت'].map((w) => normalise(w)));

const PERFECT = new Set([
  ...PERFECT_STEMS.flatMap(perfectForms), ...SUFFIXED_ONLY.flatMap((s) => perfectForms(s).slice(1, 4)), ...IRREGULAR.map((w) => normalise(w)),
]);
const PAST = new Set(PAST_WORDS.map((w) => normalise(w)));
// «اعتبارا من», «بدءا من»: a decision taken (past) that takes effect on the date — the date is ahead of the deciding.
// Only with its «من»: «بدءاً» folds to the key of the perfect «بدأ» (began), which dates a past start.
const EFFECTIVE_FROM = new Set(['اعتبارا', 'اعتباراً', 'بدءا', 'بدءاً', 'ابتداء', 'ابتداءً'].map((w) => normalise(w)));
const FROM = normalise('من');
const FUTURE = new Set(FUTURE_CUES.map((w) => normalise(w)));
// «حدد المجلس يوم 14 مارس موعدا للتصويت»: a date set as an appointment is scheduled, whatever the verb that set it.
// Such a clause reports neither past nor future: the date may fall on either side of the article.
const SCHEDULED = new Set(APPOINTMENT_NOUNS.map((w) => normalise(w)));


// How far back a perfect verb may stand and still govern a «سـ» word as part of its phrase («قد هبطت في مطار سيئون»).
const VERB_PHRASE_WORDS = 4;

/**
 * Whether the word at `i` of `words` (keys) stands inside the phrase of a perfect verb a few words before it, with
 * no complementiser between and no conjunction written onto it: «ضربت سيئون»، «قد هبطت في مطار سيئون». A future
 * verb there would be two finite verbs in one clause with nothing to join them, so a «سـ» word in that slot is a
 * noun — a place or a name that merely begins like «سيزور» — and says nothing of the future. «هبطت الطائرة
 * وستقلع» (a conjunction) and «أعلنت أنها ستفتح» (reported speech) keep their future.
 */
export function inPastVerbPhrase(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === undefined || afterConjunction(w) !== null) return false;
  for (let j = i - 1; j >= Math.max(0, i - VERB_PHRASE_WORDS); j--) {
    const before = words[j] ?? '';
    if (isComplementiser(before)) return false;
    if (isPerfectVerb(before)) return true;
  }
  return false;
}

function isFutureWord(w: string): boolean {
  const b = withoutConjunction(w);
  if (FUTURE.has(w) || FUTURE.has(b)) return true;
  // «سيزور», «ستعقد»: the future prefix on an imperfect verb, as the date tagger reads it.
  return /^س[يتن]\p{L}{3,}$/u.test(b) && !PERFECT.has(b.slice(1));
}

/** True when the word at `i` opens an effective date: «اعتبارا/بدءا/ابتداء» followed by «من». */
function isEffectiveFrom(words: readonly string[], i: number): boolean {
  return EFFECTIVE_FROM.has(withoutConjunction(words[i] ?? '')) && words[i + 1] === FROM;
}

/** True when a key word (a conjunction written onto it or not) is a perfect verb of the lists or a feminine perfect. */
export function isPerfectVerb(word: string): boolean {
  const b = withoutConjunction(word);
  if (PERFECT.has(word) || PERFECT.has(b)) return true;
  return FEMININE_PERFECT.test(b) && !b.endsWith('ات') && !NOT_PERFECT.has(b);
}

// The present of the same newswire verbs, third person («تنطلق», «يعقد», «تجري»), derived from their perfects: the
// alef that opens a derived form goes («انطلق» → «ينطلق», «أعلن» → «يعلن»). News Arabic dates a scheduled event in
// the present («تنطلق الانتخابات في 20 مارس»), so with a date after the article it reads as a plan. The rule holds
// for sound verbs only: a hollow verb's long vowel changes («قال» → «يقول», «أعاد» → «يعيد»), an assimilated one
// drops its «و» («وصل» → «يصل»), a defective one's last letter may change («نجا» → «ينجو»), a hamzated form IV keeps
// its hamza on a waw («أكد» → «يؤكد»), and a passive takes a long «ا» («أصيب» → «يصاب»). Those are written out: the
// present stem after «ي/ت». («لقي» → «يلقى» and «أدى»-like alef maqsura forms fold to the rule's «ي» already.)
const PRESENT_STEM: Readonly<Record<string, string>> = {
  'قال': 'قول', 'زار': 'زور', 'عاد': 'عود', 'كان': 'كون', 'مات': 'موت', 'فاز': 'فوز', 'دام': 'دوم',
  'أقال': 'قيل', 'استقال': 'ستقيل', 'أعاد': 'عيد', 'أفاد': 'فيد', 'أشار': 'شير', 'أضاف': 'ضيف', 'أطاح': 'طيح',
  'أحال': 'حيل', 'أدان': 'دين', 'وصل': 'صل', 'وقع': 'قع', 'وصف': 'صف', 'نجا': 'نجو', 'أقر': 'قر', 'أكد': 'ؤكد',
  'أدى': 'ؤدي', 'أجل': 'ؤجل', 'أصيب': 'صاب', 'اغتيل': 'غتال', 'أقام': 'قيم', 'استضاف': 'ستضيف', 'أحيا': 'حيي',
};
// Presents that are more often another word: «تدمر» is Palmyra, «توقع» (of «وقّع») the noun "forecast" or «تتوقع»'s
// kin; with either in a clause the date would read as a plan for no verb at all.
const NOT_PRESENT = new Set(['تدمر', 'توقع'].map((w) => normalise(w)));
function presentForms(stem: string): string[] {
  const listed = PRESENT_STEM[stem];
  const k = normalise(stem).replace(/ّ/gu, '');
  const base = listed !== undefined ? normalise(listed) : k.startsWith('ا') && k.length > 3 ? k.slice(1) : k;
  return [`ي${base}`, `ت${base}`].filter((w) => !NOT_PRESENT.has(w));
}
// Verbs of lasting, read in the present only («وتستمر الحملة إلى غاية 31 مارس»): their perfects say nothing of a date's side.
const LASTING = ['استمر', 'تواصل', 'امتد', 'دام'];
// Verbs of holding an event, read in the present only («وتنظم جمعية … وقفة مساء الثلاثاء», «يقيم الاتحاد حفلا»): their
// perfects are nouns too often («نظم» systems) to join the perfect lists.
const HOLDING = ['نظم', 'أقام', 'استضاف', 'احتفل', 'افتتح', 'اختتم', 'دشن', 'أحيا'];
const PRESENT = new Set([...PERFECT_STEMS, ...SUFFIXED_ONLY, ...LASTING, ...HOLDING].flatMap(presentForms));
// Presents that do not announce what they tell: a feature reports speech in the present («وتقول أم علي إنها …»,
// «يؤكد أنه …»), «يكون» is a copula, and a verb of lasting tells what goes on, not what is to come.
const NARRATIVE_PRESENT = new Set(
  ['قال', 'أعلن', 'أكد', 'أفاد', 'ذكر', 'أوضح', 'أضاف', 'أشار', 'صرح', 'كشف', 'نفى', 'كان', ...LASTING].flatMap(presentForms),
);

/** What the words around a date say of its time: a past report, a future or scheduled one, or nothing. */
export type ClauseTiming = 'past' | 'future' | 'scheduled' | null;

/**
 * The timing of what the words around a date report: 'future' when they (after any «أن» that opens reported speech)
 * hold a future cue; 'scheduled' when they set the date as an appointment («موعدا»); 'past' when they hold a perfect
 * verb, «قد/لقد» + perfect, or a past time word; 'scheduled' again when, with none of these, a newswire verb stands
 * in the present («تنطلق»); null when they say nothing. `before` and `after` are the text of the clause on either
 * side of the date.
 */
export function clauseTiming(before: string, after: string): ClauseTiming {
  return readClause(before, after).timing;
}

/**
 * clauseTiming, with the words of the reported clause before the date (after any «أن» that opens reported speech):
 * `left` is how many of `scope`'s words stand before the date.
 */
function readClause(before: string, after: string): { timing: ClauseTiming; scope: string[]; left: number } {
  const left = tokenise(before);
  // Reported speech: «أعلنت الوزارة أن الانتخابات تجري في ...» dates what follows «أن», not the announcing.
  let open = 0;
  left.forEach(({ key: w }, i) => {
    // Right before the date «حتى» is the preposition "until" («بلغت ... حتى 31 أغسطس»), not a clause opener.
    // What opens the reported content of a saying verb: the date belongs to the clause after it.
    if (i < left.length - 1 && isComplementiser(w)) open = i + 1;
  });
  // «من المقرر أن يصل الوفد»: a future cue that governs the «أن» clause dates what is in it.
  const tokens = [...left.slice(open), ...tokenise(after)];
  const scope = tokens.map((t) => t.key);
  const read = (timing: ClauseTiming): { timing: ClauseTiming; scope: string[]; left: number } => ({ timing, scope, left: left.length - open });
  if (open > 1 && isFutureWord(left[open - 2]?.key ?? '')) return read('future');
  if (scope.some((w, i) => (isFutureWord(w) || isEffectiveFrom(scope, i)) && !inPastVerbPhrase(scope, i))) return read('future');
  if (scope.some((w) => SCHEDULED.has(w) || SCHEDULED.has(withoutConjunction(w)))) return read('scheduled');
  const past = scope.some((w, i) => {
    const b = withoutConjunction(w);
    if (PAST.has(w) || PAST.has(b) || isPerfectVerb(w)) return true;
    // «قد» before a perfect asserts what happened; before an imperfect («قد يعقد») it is "may hold".
    return qadSense(tokens, i) === 'assertion';
  });
  if (past) return read('past');
  return read(scope.some((w) => PRESENT.has(withoutConjunction(w))) ? 'scheduled' : null);
}

/**
 * True when a present verb before the date announces it: «وتنظم جمعية … وقفة صامتة مساء الثلاثاء» — news Arabic tells
 * an act to come in the present, with a bare weekday for its day. Only a verb of the newswire and holding lists counts
 * (a noun that merely begins with «ت/ي» is none of them), not one of speech or lasting (NARRATIVE_PRESENT), «قد» + it
 * is "may", and only when nothing in the clause reports the past or sets an appointment (clauseTiming 'scheduled').
 */
export function announcedInPresent(before: string, after: string): boolean {
  const { timing, scope, left } = readClause(before, after);
  if (timing !== 'scheduled' || scope.some((w) => SCHEDULED.has(withoutConjunction(w)))) return false;
  return scope.slice(0, left).some((w, i) => {
    const b = withoutConjunction(w);
    return PRESENT.has(b) && !NARRATIVE_PRESENT.has(b) && withoutConjunction(scope[i - 1] ?? '') !== 'قد';
  });
}

/**
 * The tense of what the words around a date report: 'past' or 'future' as clauseTiming reads them; null when they
 * say neither, or set the date as an appointment or in the present (either side of the article).
 */
export function clauseTense(before: string, after: string): 'past' | 'future' | null {
  const timing = clauseTiming(before, after);
  return timing === 'scheduled' ? null : timing;
}
