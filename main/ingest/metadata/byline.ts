import { isStopword, normalise, spaceSplitCount } from '../../text/arabic/index.ts';
import { isKnownPlace } from './known-places.ts';
import { isGivenName, isGivenNameAli, isStopwordGivenName, opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { isDateLabelWord, isDateline, lineDates } from './dateline.ts';
import { outletByName } from './known-outlets.ts';
import { MAURITANIAN_CHILD_OF, NAME_JOINERS } from '../../text/gazetteer/name-joiners.ts';
import { nounAlternation } from './outlet-nouns.ts';
import { isDescriptionOnly } from './outlet-tagline.ts';
import { nameAfterOwnReporterWord } from './own-reporter-word.ts';
import { relativeDaySpans } from '../../text/dates/relative-day-spans.ts';

// Longest cue first («يحررها اليوم:» heads a live page's editor; «حرّر هذا الخبر:», «كتب هذا التقرير:» name the copy written), and a cue ends at a word's end: «كتبت سارة» is not «كتب» + «ت سارة», «Byblos» is no byline.
// A writing-hand or person emoji stands for the cue word on pages that print «✍️ فلان الفلاني». «مراسلنا في موروني:»
// names the place the correspondent files from, a word or two before the colon that sets the name off, and may name
// the outlet first («مراسل الوحدة في أبشي:»). «إعداد وتقديم:» credits a programme's writer and presenter; «Par» before an
// Arabic name is French pages' «By», and so are their CMSs' «Rédigé par» and «Écrit par»; «المراسل:» labels the
// reporter's field.
// The plain cues a writer's slot is signed with, each a whole word before the name («كتب: فلان», «بقلم فلان»,
// «posted by»); signed-slot-outlet.ts reads the same slot when a site signs it, so the list is shared.
export const SIGNING_CUES = 'كتبت|كتب|كتابة|بقلم|إعداد|اعداد|تحرير|بواسطة|الكاتب|المحرر|posted by|by';
const BYLINE = new RegExp(String.raw`^(?:حرّ?رت?\s+(?:هذا\s+)?(?:الخبر|المقال|التقرير|المادة)|كتبت?\s+(?:هذا\s+)?(?:الخبر|المقال|التقرير)|أعدّ?ت?\s+(?:هذا\s+)?(?:الخبر|المقال|التقرير)|مُ?ساهمة من طرف|مُ?شاركة من طرف|إعداد\s+و(?:تحرير|تقديم)|written by|reporting by|words by|نُ?شِ?رت?\s+(?:من\s+)?(?:بواسطة|قبل)|${SIGNING_CUES}|نص(?:\s+وتصوير)?(?=\s*[:：])|متابعة(?=\s*[:：])|الكاتبة|مراسل(?:نا|تنا|ة|ه)?(?:\s+(?!في\s)[^:：\s]+)?\s+في\s+[^:：\s]+(?:\s+[^:：\s]+)?(?=\s*[:：])|(?:ال)?مراسل(?:[ةه])?(?=\s*[:：])|كتبته|كتبه|حرره|يحررها اليوم|يحرره اليوم|يحررها|يحرره|تقرير|تحقيق|حاوره|حاورها|حاورته|أجرى الحوار|أجرت الحوار|ترجمة وإعداد|ترجمة وتحرير|ترجمة|ترجمه|حوار|(?:r[ée]dig[ée]e?|[ée]crit(?:e)?)\s+par|par(?=\s*[:：]?\s+\p{Script=Arabic})|✍(?:\uFE0F|\p{Emoji_Modifier})?|🖊\uFE0F?|✒\uFE0F?|✏\uFE0F?|👤)(?![\p{L}])\s*[:：\-–—/\u0640.]*\s*(.+)$`, 'iu');
// «الكاتب(ة):», «المحرر/ة:»: a gender-inclusive label, the feminine ending in brackets or after a slash.
const INCLUSIVE_CUE = /^([\p{L}]{3,12})\s*(?:\(\s*ة\s*\)|\/\s*ة)(?=\s*[:：])/u;
// «نص: فلانة / رسوم: فلان», «المحرر: فلانة | المدقق اللغوي: فلان»: a second contributor's field after a slash, a
// bar or a middle dot («الكاتبة: فلانة · ترجمة إلى الفارسية: فلان»), its own role and colon; the byline's name ends before it.
const SECOND_FIELD = /\s+[/|·]\s+[^:：/|·\p{N}]{2,25}[:：].*$/u;
// «أنور باحميد*», «نادين حمود*:»: an asterisk marks the footnote that gives the writer's role.
const TRAILING = /[\s:：\-–—,،.|/*]+$/u;

function asName(text: string): string | null {
  const name = text.replace(TRAILING, '').replace(/^[\s:：\-–—]+/u, '').trim();
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || nameUnits(words) > 5) return null;
  if (!words.every((w) => /^[\p{L}\p{M}.'\u2019-]+$/u.test(w))) return null;
  return name;
}

// Words that make one name with the word after them: «عبد» a compound given name, «أبو» a kunya («أبو سجاد»), «آل» a
// family's name («آل شبيب»), so «زينب قاسم أبو الحسن آل شبيب» holds four names.
const OPENS_UNIT: ReadonlySet<string> = new Set(['عبد', 'أبو', 'ابو', 'آل']);

/**
 * How many names a name's words make (a joiner, name-joiners.ts, links a name to the father's; «عبد» opens a compound
 * given name): «محمد الأمين ولد سيدي عبد الله» is four (the joiner and «عبد» + name count for
 * none and one), as long a name as «فلان بن فلان الفلاني» elsewhere; «أبو» and «آل» count with their next word as one (OPENS_UNIT).
 */
function nameUnits(words: readonly string[]): number {
  return words.filter((w, i) => !((NAME_JOINERS.has(w) && i > 0 && i < words.length - 1) || (OPENS_UNIT.has(w) && i < words.length - 1))).length;
}

// «ترجمة», «حوار», «تحقيق» open headlines and prose too («حوار مع وزير…», «ترجمة الكتاب إلى…», «تحقيق العدالة…»), and so do the verbs of writing
// the copy («أعدّت التقرير منظمة العفو الدولية»): after them, only a person's name that opens with a given name is a
// writer, unless a colon or a dash sets the name off as a byline's field.
const WEAK_CUE = /^(?:ترجمة|ترجمه|حوار|تحقيق|(?:حرّ?رت?|كتبت?|أعدّ?ت?)\s+(?:هذا\s+)?(?:الخبر|المقال|التقرير|المادة))(?![\p{L}])(?!\s*[:：\-–—])/u;
// «كتب فلان 412 مشاهدات 0»: the view and comment counters a theme runs onto the byline, and a bare count after them.
const COUNTERS = /\s+\p{N}[\p{N},.٬]*\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|تعليق|تعليقات|views?|comments?)(?![\p{L}])|(?:\s+\p{N}+)+\s*$/giu;
const COUNTER_WORD = /مشاهد|قراء|تعليق|views?|comments?/iu;

/**
 * The author a byline line names: «بقلم: …», «كتب - …», «إعداد: …», «ترجمة فلان – outlet», «By …». Only short
 * lines count, because prose also opens with «كتب» («كتب الرئيس على منصة X أن…»).
 */
export function parseByline(line: string): string | null {
  // «* تحقيق فلانة الفلانية:»: a print site sets the byline off with a star or a bullet before its cue.
  line = line.replace(/^\s*[*•▪●]\s*(?=\p{L})/u, '');
  const alone = bylineWithoutCueForm(line);
  if (alone !== undefined) return alone;
  // Counters are looked for only on a line that opens with a cue and holds their word: most lines are prose.
  const joined = COMPOUND_CUE.exec(line.trim());
  // «بعدسة وقلم: فلان», «تصوير وتحرير: فلانة»: credits joined by «و» name the writer when one of them is writing's.
  if (joined !== null && WRITING_NOUN.test(joined[1] ?? '')) line = `بقلم${line.trim().slice((joined[1] ?? '').length)}`;
  // «متابعة وتصوير: فلان»: the reporter who followed the story took its pictures too; read as «متابعة:» alone.
  else if (joined !== null && /متابعة/u.test(joined[1] ?? '')) line = `متابعة${line.trim().slice((joined[1] ?? '').length)}`;
  const fields = /[(/|·]/u.test(line) ? line.trim().replace(INCLUSIVE_CUE, '$1').replace(SECOND_FIELD, '') : line;
  const text = BYLINE.test(fields.trim()) && COUNTER_WORD.test(fields) ? fields.replace(COUNTERS, '') : fields;
  const from = FROM.exec(text.trim());
  // «من طارق العياري»: the wires' «from» byline; «من» opens prose too, so only a person's name alone after it counts.
  if (from) {
    // «من مراسلنا فلان الفلاني»: the own reporter's word before the name says whose reporter the writer is.
    const name = asName(nameAfterOwnReporterWord(from[1] ?? '') ?? from[1] ?? '');
    if (name !== null && isPersonName(name) && opensWithGivenName(name)) return name;
    // «من لندن فلان الفلاني»: the city the writer filed from, then the name.
    const words = (from[1] ?? '').trim().split(/\s+/u);
    const at = [2, 1].find((n) => words.length > n + 1 && isKnownPlace(words.slice(0, n).join(' ')));
    const filed = at === undefined ? null : asName(words.slice(at).join(' '));
    return filed !== null && isPersonName(filed) && opensWithGivenName(filed) ? filed : null;
  }
  const unprefixed = withoutNewsroomBeforeCue(text);
  if (!BYLINE.test(unprefixed.trim())) return null;
  const trimmed = withoutDate(unprefixed);
  // «بقلم: الدكتور فلان، أستاذ الاقتصاد بجامعة …»: a cue that never opens prose may carry a long role after the
  // name's comma; other cues («كتب الرئيس على منصته أن…») count on short lines only.
  const roleAfterName = /^(?:بقلم|إعداد|اعداد)\s*[:：]/u.test(trimmed) && /^[^،,]{3,60}[،,]/u.test(trimmed);
  if (spaceSplitCount(trimmed, 11) > 10 && !roleAfterName) return null;
  const m = BYLINE.exec(trimmed);
  if (!m) return null;
  // «حاوره في الغيضة / فلان الفلاني -»: the place the interview was held, before the writer.
  // «✍️ بقلم: الدكتور فلان»: an emoji standing before the cue word, not for it.
  const cued = BYLINE.exec(m[1] ?? '')?.[1] ?? m[1] ?? '';
  // «بقلم الصحفي : فلان»: the writer's profession between the cue and the name.
  const rest = cued.replace(PLACE_BEFORE_WRITER, '').replace(ROLE_BEFORE_WRITER, '');
  // «بقلم: د. فلان الفلاني - كاتب سوري», «إعداد: فلانة _ الباحثة بوحدة…»: the name ends where the writer's
  // description starts; a title is not the name.
  // A spaced tatweel stands for the dash on many Arabic sites («بقلم : فلانة ـ دولة الكويت»).
  const parts = rest.split(/\s+[-–—|_\u0640]\s+|\s*[،,]\s*/u);
  const name = asName((parts[0] ?? '').replace(HONORIFIC, ''));
  // «كتب فلان الفلاني - فلانة الفلانية»: two writers, when the second part too is a name that opens with a given name.
  const second = parts.length === 2 ? asName((parts[1] ?? '').replace(HONORIFIC, '')) : null;
  if (name !== null && second !== null && isPersonName(second) && opensWithGivenName(second) && isPersonName(name)) return `${name} و${second}`;
  // «تحقيق فلانة الفلانية:»: a colon closing a line of the cue and a name alone sets the name off as the byline's
  // field, as a colon after the cue does; prose and headlines do not end a name so.
  const closedField = /[:：]\s*$/u.test(trimmed) && spaceSplitCount(trimmed, 6) <= 5;
  if (name !== null && WEAK_CUE.test(trimmed) && !(isPersonName(name) && (opensWithGivenName(name) || closedField))) return null;
  // «متابعة: فلان» credits the reporter who followed the story; «متابعة: X اليوم» the desk of a paper the list may lack.
  if (name !== null && /^متابعة/u.test(trimmed) && !(isPersonName(name) && opensWithGivenName(name))) return null;
  // «المحرر الاقتصادي:», «المحرر السياسي»: the cue and a desk's adjective name a desk, no writer.
  // «المراسل: الخرطوم» names where the reporter files from: the field credits a writer only with a person's name.
  if (name !== null && /^(?:ال)?مراسل[ةه]?\s*[:：]/u.test(trimmed) && !isPersonName(name)) return null;
  // «كتب المحرر السياسي:»: so do they after another cue, the desk then being the name the cue credits.
  if (name !== null && (/^(?:ال)?محرر/u.test(trimmed) || /^(?:ال)?محرر/u.test((m[1] ?? '').trim())) && /^ال\S+ي$/u.test(name)) return null;
  return name === null ? null : withoutLatinTail(withoutLeadingTitle(name));
}

// A word in Latin letters, capitals, dots and hyphens: «Mathieu», «OAM», «Ph.D».
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}.'\u2019-]*$/u;

/**
 * The name without the Latin words a byline prints after it: the writer's name spelled again in Latin letters
 * («بقلم فلان الفلاني Fulan Al-Fulani», as multilingual sites print it) or the honours after it («فلان الفلاني OAM»).
 * Only when two Arabic words or more come first: a name written in Latin letters alone («By Jane Doe») is kept whole.
 */
function withoutLatinTail(name: string): string {
  const words = name.split(/\s+/u);
  const firstLatin = words.findIndex((w) => LATIN_WORD.test(w));
  if (firstLatin < 2 || !words.slice(firstLatin).every((w) => LATIN_WORD.test(w))) return name;
  if (!words.slice(0, firstLatin).every((w) => /\p{Script=Arabic}/u.test(w))) return name;
  return words.slice(0, firstLatin).join(' ');
}

// Words of standing a signature may set before the name: a trade, a rank, a profession.
const STANDING = /^ال(?:معلم|معلمه|مهندس|مهندسه|محامي|محاميه|طبيب|طبيبه|شيخ|صحفي|صحفيه|صحافي|صحافيه|اعلامي|اعلاميه|كاتب|كاتبه|باحث|باحثه|مستشار|مستشاره|سفير|عميد|لواء|عقيد|نقيب)$/u;

/**
 * The name without a word of standing before it (STANDING): «المعلم عبد الرزاق الفيتوري», «المهندس فلان الفلاني» (a
 * signature's title). Only when what is left is a person's name of two words or more that opens with a given name
 * the gazetteer knows.
 */
function withoutLeadingTitle(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 3 || !STANDING.test(normalise(words[0] ?? ''))) return name;
  const rest = words.slice(1).join(' ');
  return isPersonName(rest) && opensWithGivenName(rest) ? rest : name;
}

/**
 * The name without the one or two words of standing a column's header sets before it («الكاتب الصحفي فلان الفلاني»,
 * «الكاتبة فلانة»), when what is left is a person's name that opens with a given name; unchanged otherwise.
 */
function withoutStandingWords(name: string): string {
  const words = name.split(/\s+/u);
  const standing = words.slice(0, 2).findIndex((w) => !STANDING.test(normalise(w)));
  const n = standing < 0 ? 2 : standing;
  if (n === 0 || words.length - n < 2) return name;
  const rest = words.slice(n).join(' ');
  return isPersonName(rest) && opensWithGivenName(rest) ? rest : name;
}

/**
 * The name without the place its writer filed from after it: «فلان الفلاني من الرياض», «فلانة الفلانية ـ دولة الكويت»
 * (a byline element's name and city). Only when the place is one the gazetteer knows and what is left is a person's
 * name; unchanged otherwise («فلان من أهل الدار» keeps its words).
 */
export function withoutFiledPlace(name: string): string {
  // Most names have neither «من» nor a spaced dash: a cheap look before the pattern.
  if (!name.includes(' من ') && !/\s[-–—\u0640]\s/u.test(name)) return name;
  const m = /^(.+?)\s+(?:من|[-–—\u0640])\s+([^-–—\u0640]{2,25})$/u.exec(name.trim());
  if (m === null || !isKnownPlace((m[2] ?? '').trim())) return name;
  const head = (m[1] ?? '').trim();
  return isPersonName(head) ? head : name;
}

// Credit nouns a byline joins by «و» («بعدسة وقلم», «تصوير وتحرير», «كتابة وتصوير», «إعداد وتقديم»); the writing ones
// among them make the line a writer's byline, a photographer's or an editor's credit alone does not.
const CREDIT_NOUN = '(?:ب?قلم|ب?عدس[ةه]|تصوير|تحرير|إعداد|اعداد|كتابة|تقديم|ترجمة|متابعة|نص|تقرير|رصد|مونتاج|صور)';
const COMPOUND_CUE = new RegExp(`^(${CREDIT_NOUN}(?:\\s*و\\s*${CREDIT_NOUN})+)(?=\\s*[:：/\\-–—])`, 'u');
const WRITING_NOUN = /قلم|تحرير|إعداد|اعداد|كتابة|نص|تقرير/u;
// «فادي الحسيني يكتب:», «فلانة تكتب ..»: a columnist's name and the verb alone on a line over the column.
const WRITES_AFTER_NAME = /^([^:：|]{3,40}?)\s+(?:يكتب|تكتب|writes)\s*[:：\-–—.…]*\s*$/u;
// «// فلان الفلاني»: two slashes stand for the cue word before the writer's name on a line of its own, as some
// party and regional dailies print the byline under the date.
const SLASHES_BEFORE_NAME = /^\/\/\s*([\p{L}\p{M}. ]{4,40})$/u;
/**
 * «نشرها فلان الفلاني أمس على الساعة 21:10»: a blog's «posted it» with the object pronoun, then its owner's name and
 * when. The one cue for both readers: the byline reads the name after it, the stamp reader blanks that name.
 */
export const POSTED_IT = /^\s*(?:نشرها|نشره|نشرته|نشرتها)\s+/u;
// What follows the cue: the name and the stamp, short enough for a byline line.
const POSTED_IT_REST = /^\S.{3,80}$/u;
// «من وجدة: فلان الفلاني»: the city the correspondent files from, a colon, then the name.
const FROM_PLACE = /^من\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*[:：]\s*([\p{L}\p{M}. ]{4,40})$/u;

/**
 * The writer a byline names in a form without a cue before the name: «name يكتب:» alone on its line, «من city: name».
 * Undefined when the line has neither form (the cue forms are asked then); null when it has one but names no person.
 */
function bylineWithoutCueForm(line: string): string | null | undefined {
  const text = line.trim();
  const writes = text.length <= 60 ? WRITES_AFTER_NAME.exec(text) : null;
  if (writes !== null) {
    const name = asName(writes[1] ?? '');
    return name !== null && isPersonName(name) ? name : null;
  }
  const slashes = text.length <= 45 ? SLASHES_BEFORE_NAME.exec(text) : null;
  if (slashes !== null) {
    const name = asName((slashes[1] ?? '').replace(HONORIFIC, ''));
    return name !== null && isPersonName(name) && opensWithGivenName(name) ? name : null;
  }
  const posted = text.length <= 90 ? POSTED_IT.exec(text) : null;
  const rest = posted === null ? '' : text.slice(posted[0].length);
  if (posted !== null && POSTED_IT_REST.test(rest)) return postedBy(rest);
  const from = text.length <= 70 ? FROM_PLACE.exec(text) : null;
  if (from === null || (from[1] ?? '').split(/\s+/u).some((w) => isStopword(normalise(w)))) return undefined;
  const name = asName(from[2] ?? '');
  return name !== null && isPersonName(name) && opensWithGivenName(name) ? name : undefined;
}

/**
 * The poster a blog's «نشرها …» names: the words before the first relative day or figure of the line («أمس على
 * الساعة 21:10», «12 يناير»), a person's name that opens with a given name («نشره الموقع اليوم» names a site, no person).
 */
function postedBy(rest: string): string | null {
  const day = relativeDaySpans(rest).find((d) => d.start > 0);
  const figure = rest.search(/\p{N}/u);
  const end = Math.min(day?.start ?? rest.length, figure < 0 ? rest.length : figure);
  const words = rest.slice(0, end).trim().split(/\s+/u);
  while (words.length > 1 && isDateLabelWord(words[words.length - 1] ?? '')) words.pop();
  const name = asName(words.join(' '));
  return name !== null && isPersonName(name) && (opensWithGivenName(name) || isJoinedToFather(name)) ? name : null;
}

/**
 * Whether a name links its first word to the father's by a joiner («خلفان بن سعيد المعمري», «فلان ولد فلان»): a
 * person's name by its build, when the gazetteer lacks the given name. «نشره الموقع اليوم» has no joiner.
 */
function isJoinedToFather(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 3 && NAME_JOINERS.has(words[1] ?? '');
}

const ROLE_BEFORE_WRITER = /^(?:ال)?(?:صحفي|صحفية|صحافي|صحافية|كاتب|كاتبة|إعلامي|إعلامية|اعلامي|اعلامية|باحث|باحثة|مراسل|مراسلة|محرر|محررة)(?:\s+(?:ال)?(?:صحفي|صحفية|صحافي|صحافية))?\s*[:：]\s*/u;
const PLACE_BEFORE_WRITER = /^في\s+[\p{L}\p{M} ]{2,25}?\s*\/\s*/u;

// The posts a correspondent signs with after a comma («، مراسلة موقع X», «، موفد Y»): the wires' «from» line and a
// signature after the story read the same list, the signature with the press words too.
const REPORTER_ROLES: readonly string[] = ['مراسل', 'مراسلة', 'موفد', 'موفدة', 'مندوب', 'مندوبة', 'محرر', 'محررة'];

// «من فلانة الفلانية»; «من فلانة الفلانية، مراسلة موقع X وصحيفة Y»: the wires' «from», the writer's post after a comma.
const FROM = new RegExp(`^من\\s+([\\p{L}\\p{M} ]{4,40}?)(?:\\s*[،,]\\s*${nounAlternation(REPORTER_ROLES)}(?![\\p{L}]).*)?$`, 'u');
// «جهات الإخبارية تحرير: فلانة، فلان»: the newsroom's name before a cue its colon sets off; a masthead's role
// («رئيس التحرير:», «مدير تحرير:») is not it. A dash may stand between them: «رسالة واشنطن - كتب: فلان», a
// correspondent's letter (or a city) before the cue. So may an interviewer's cue with the place of the interview and a
// slash («المؤتمرنت - حاوره في المكلا / فلان -»).
const NEWSROOM_BEFORE_CUE = /^(?![^:：]*(?:رئيس|رئيسة|مدير|مديرة|سكرتير|نائب|هيئة)\s+(?:ال)?تحرير)([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})(?:\s*[-–—])?\s+(?=(?:تحرير|كتب|كتبت|بقلم|إعداد|اعداد)\s*[:：]|(?:حاوره|حاورها|حاورته)\s+في\s+[^/]{2,25}\/)/u;

/**
 * The line without the newsroom's name before its cue («جهات الإخبارية تحرير: فلانة» → «تحرير: فلانة»); a name with a
 * function word in it is prose's, and the line is kept whole.
 */
function withoutNewsroomBeforeCue(text: string): string {
  // Most lines are prose: the newsroom's name before a cue is looked for only on a short line with a colon.
  // «المؤتمرنت - حاوره في المكلا / فلان»: an interview's place and a slash set the name off as a colon does.
  if (BYLINE.test(text.trim()) || text.length > 160 || !(/[:：]/u.test(text) || (text.includes('/') && text.includes('حاور')))) return text;
  return text.trim().replace(NEWSROOM_BEFORE_CUE, (whole, name: string) => (name.split(/\s+/u).some((w) => isStopword(normalise(w))) ? whole : ''));
}

// «أ.د.» (a professor), «أ.م.د.» (an associate professor), «م.» (an engineer), «الأستاذ الدكتور»: the academic and
// professional titles before a writer's name, longest first.
export const HONORIFIC = /^(?:أ\.\s?م\.\s?د\.|أ\.\s?د\.|م\.\s?د\.|د\.|م\.(?=\s)|(?:ال)?[أا]ستاذ(?:[ةه])?\s+(?:ال)?دكتور(?:[ةه])?|(?:ال)?[أا]ستاذ(?:[ةه])?|الدكتور|الدكتورة|دكتور|Dr\.?|Prof\.?)\s*/iu;

// The separators a byline sets its date apart by: a comma, a bar, a dash, a middle dot or a bullet.
const DATE_SEPARATOR_TAIL = /[\s,،|\-–—·•]+$/u;

/**
 * The line without a date written after the name («كتب محمد علي الأحد، 12 يناير 2025 10:30 ص»): cut at the first
 * dated mention, then the weekday and clock words left before it.
 */
function withoutDate(text: string): string {
  const trimmed = text.trim();
  if (!/\p{N}/u.test(trimmed) || spaceSplitCount(trimmed, 21) > 20) return trimmed;
  const date = lineDates(trimmed).find((m) => m.kind !== 'relative' && m.kind !== 'weekday');
  if (date === undefined || date.start === 0) return trimmed;
  const words = trimmed.slice(0, date.start).trim().replace(DATE_SEPARATOR_TAIL, '').split(/\s+/u);
  while (words.length > 1 && isDateLabelWord(words[words.length - 1] ?? '')) words.pop();
  // «كتب: فلانة · الاثنين 12 يناير 2026»: the dot or bar before the weekday ends the name too.
  return words.join(' ').replace(DATE_SEPARATOR_TAIL, '');
}

// A dash or a spaced slash between outlet and writer («"موقع الحرة" / فلان»); a bar is how breadcrumbs run
// («الجزيرة | أخبار العالم»).
const PARTS = /\s*[-–—]\s*|\s+\/\s*|\s*\/\s+/u;
const SEPARATOR_MARK = /[-–—/]/u;

/** A byline that pairs the outlet with the writer, either way round: «هسبريس - فلان الفلاني», «فلان الفلاني | الأيام». */
export function parseOutletByline(text: string): { author: string; outlet: string } | null {
  // Every separator PARTS splits at holds a dash or a slash: a line with neither is one part, not split to see so.
  if (!SEPARATOR_MARK.test(text)) return null;
  const parts = text.trim().split(PARTS);
  if (parts.length !== 2) return null;
  const pairs: [string, string][] = [[parts[0] ?? '', parts[1] ?? ''], [parts[1] ?? '', parts[0] ?? '']];
  for (const [a, b] of pairs) {
    const outlet = outletByName(a);
    const author = outlet ? asName(b) : null;
    // «رام الله - دنيا الوطن»: a place beside the outlet is its dateline, not a writer.
    // «جريدة المال – اقتصادية يومية»: the masthead's description after the name («يومية», «اقتصادية») is no writer.
    if (outlet && author !== null && isPersonName(author) && !isKnownPlace(author) && outletByName(b) === null && !isDescriptionOnly(author)) return { author, outlet: outlet.name };
  }
  return null;
}

// Section and page words that pair up like a first name and a family name: «أخبار العالم», «آراء وتحليلات»; and the
// kickers, desks and bodies that do so under a headline: «حوار خاص», «شؤون عربية», «مكتب بيروت», «مدينة طرابلس»,
// «عاجل جدا», «مراسلون بلا حدود», «مراسل الجزيرة نت».
const NOT_A_NAME = new Set(
  [
    'أخبار', 'اخبار', 'أنباء', 'تقارير', 'مقالات', 'آراء', 'وآراء', 'قضايا', 'رأي', 'رياضة', 'اقتصاد', 'سياسة', 'ثقافة', 'منوعات', 'فيديو', 'صور', 'تحليلات', 'وتحليلات', 'حوارات',
    'حوار', 'خاص', 'تقرير', 'شؤون', 'عاجل', 'مكتب', 'مدينة', 'مراسل', 'مراسلة', 'مراسلون',
    'news', 'sport', 'sports', 'business', 'opinion', 'world',
  ].map((w) => normalise(w)),
);

/**
 * Whether a name is built as Mauritanian names are, a given name, «ولد» or «منت» and the father's name: «الشيخ ولد
 * أحمدو», «المختار ولد محمد». Their given names often carry the article (الشيخ, المختار, الحسن), which elsewhere says
 * a phrase is no person's; the joiner between them says it is. Three or four words, the joiner the second.
 */
export function isMauritanianPatronymic(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 3 && words.length <= 4 && (MAURITANIAN_CHILD_OF as readonly string[]).includes(words[1] ?? '') && words.every((w) => /^\p{Script=Arabic}{2,}$/u.test(w));
}

/**
 * A bare name, as bylines without a cue word give it: two to four words, no function word, no digit, and a first
 * word without the article («الولايات المتحدة», «الاتفاق وشيك» are not people; «فهد الشمري» is).
 */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/u);
  // «هند ن. خريش»: a middle initial is the one dot a name may hold; any other dot is an abbreviation or a sentence's.
  // «ع. بن يمينة»: a given name's initial may open it too, before a family name of a word or more («أ.», «د.», «م.» are titles).
  // (Read only once the name has two words or more: the test below returns first for one.)
  const initial = (w: string, i: number): boolean => (i > 0 ? i < words.length - 1 : !/^[أادم]/u.test(w)) && /^\p{L}\.$/u.test(w);
  if (words.length < 2 || nameUnits(words) > 4 || words.some((w, i) => w.includes('.') && !initial(w, i))) return false;
  if ((/^ال/u.test(normalise(words[0] ?? '')) && !isMauritanianPatronymic(name)) || words.some((w) => NOT_A_NAME.has(normalise(w)))) return false;
  // «سالم بن راشد المهندي»: «بن» and «بنت» (and «ولد», «منت») join a name to the father's, never open or close it.
  const joiner = (w: string, i: number): boolean => i > 0 && i < words.length - 1 && NAME_JOINERS.has(w);
  // «أمين» opens a name, or follows a given name in a compound one («محمد أمين الوزاني»).
  const stopwordGiven = (w: string, i: number): boolean => isStopwordGivenName(normalise(w)) && (i === 0 || (i === 1 && isGivenName(normalise(words[0] ?? ''))));
  return words.every((w, i) => initial(w, i) || (/^[\p{L}\p{M}'\u2019-]+$/u.test(w) && (joiner(w, i) || !isStopword(normalise(w)) || isGivenNameAli(words, i) || stopwordGiven(w, i))));
}

/**
 * Two writers' names on one line without a cue word, set apart by a bar or a comma: «ريم الساعدي | عمر بلال» →
 * «ريم الساعدي وعمر بلال», as a byline of two is written. Both must open with a given name the gazetteer knows: a
 * bar also runs breadcrumbs and menus of two words each.
 */
export function parseNamePair(text: string): string | null {
  const parts = text.trim().split(/\s+\|\s+|\s*[،,]\s*/u);
  if (parts.length !== 2) return null;
  const names = parts.map((p) => parseBareName(p));
  const [a, b] = names;
  return a && b && opensWithGivenName(a) && opensWithGivenName(b) ? `${a} و${b}` : null;
}

/**
 * Two writers a page prints a name a line («ليلى البوعزيزي» over «حسن الدوري»), as a byline of two is written: «A وB».
 * Both must open with a given name the gazetteer knows, and differ (a name printed twice is one writer).
 */
export function writersOnTwoLines(upper: string, lower: string): string | null {
  const a = parseBareName(upper);
  const b = a === null ? null : parseBareName(lower);
  if (a === null || b === null || a === b) return null;
  return opensWithGivenName(a) && opensWithGivenName(b) ? `${a} و${b}` : null;
}

/**
 * The writer named on the line above a translator's credit («يزيد الصافي» over «ترجمة: نادين حبيقة»): a translated
 * piece prints its writer first and the translator under; the writer is the author. Null when the byline is no
 * translator's credit alone («ترجمة وإعداد» is the author's) or the line above is no name that opens with a given name.
 */
export function writerAboveTranslator(byline: string, above: string | undefined): string | null {
  if (above === undefined || !/^(?:ترجمة|ترجمه)\s*[:：\-–—]/u.test(byline.trim())) return null;
  const name = parseBareName(above);
  return name !== null && opensWithGivenName(name) ? name : null;
}

/**
 * A line that is only a writer's name, as some pages print it beside the date with no cue word:
 * «د.عبدالله المقطري». The honorific is not part of the name.
 */
export function parseBareName(line: string): string | null {
  // «ع. بوزيد / ق. و»: a second contributor signs with initials only, after a slash; the name before it is the writer's.
  const text = withoutBarredDate(line.replace(/\s+\/\s*(?:\p{L}\.\s?)+\p{L}\.?\s*$/u, ''));
  if (/(?:^|\s)[-–—|/]+(?:\s|$)/u.test(text)) return null; // «بورتسودان - سلمى يوسف» is a place and a name
  // «عبدالحق خرباش.. 11.01.2026»: the date the writer's line carries after the name, and the dots before it. The
  // date grammar runs only when the words before the first digit could be a name: most lines with digits are prose.
  const digit = text.search(/\p{N}/u);
  if (digit >= 0) {
    const head = asName(text.slice(0, digit).replace(/[\s.…,،|\-–—]+$/u, '').replace(HONORIFIC, ''));
    if (head === null || !isPersonName(head) || text.trim().split(/\s+/u).length > 8) return null;
  }
  const name = asName((digit < 0 ? text : withoutDate(text)).replace(/[\s.…]+$/u, '').replace(HONORIFIC, ''));
  return name !== null && isPersonName(name) ? name : null;
}

/**
 * The line without the date a bar sets after the writer's name: «أمين الرياحي | 12 جانفي 2026» → «أمين الرياحي». Only
 * when the part after the bar is a date line (isDateline): a bar also runs menus and breadcrumbs of names.
 */
function withoutBarredDate(text: string): string {
  const m = /^([^|·\p{N}]{4,40}?)\s+[|·]\s+(\S[^|]*)$/u.exec(text.trim());
  if (m === null || !/\p{N}/u.test(m[2] ?? '')) return text;
  const tail = (m[2] ?? '').trim();
  return isDateline(tail, tail.split(/\s+/u).length) ? (m[1] ?? '') : text;
}

// Words that open a head line «X: …» that is a label or a quoted speaker, not a place before a writer's name.
const NOT_A_PLACE = new Set(
  [
    'عاجل', 'خاص', 'حصري', 'تحديث', 'شاهد', 'فيديو', 'صور', 'بالصور', 'تقرير', 'رأي', 'تحليل', 'مقال', 'مصدر', 'مصادر', 'وزير', 'الوزير',
    'مسؤول', 'رئيس', 'الرئيس', 'المتحدث', 'متحدث', 'خبير', 'خبراء', 'محلل', 'محللون', 'breaking', 'update', 'watch',
    // «الترجمة والتحرير: فلانة»: a role of the copy's making before a name, not the place it was filed from.
    'ترجمة', 'الترجمة', 'تحرير', 'التحرير', 'والتحرير', 'إعداد', 'الإعداد', 'تصوير', 'التصوير', 'مراجعة', 'تدقيق', 'متابعة',
  ].map((w) => normalise(w)),
);

/**
 * A Gulf-style byline under the headline, «جدة: فلان الفلاني», «الرياض - فلان الفلاني»: one or two place words, a colon or dash, and a
 * name of two to four words, none of them function words; the name, a dash and a known place, «فلان الفلاني –بغداد»; or
 * the name with a known place in brackets after it, «فلانة الفلانية (أبوظبي)». Only the cleaner's head zone is asked.
 */
export function parsePlaceByline(text: string): string | null {
  // «فاطمة المنصوري (أبوظبي)»: the name, then the place it was filed from in brackets.
  const bracketed = /^([^()（）]{5,40}?)\s*[(（]\s*([^()（）]{2,25}?)\s*[)）]$/u.exec(text.trim());
  if (bracketed) {
    const name = asName(bracketed[1] ?? '');
    // «حسين رشيد (العين)»: a town the gazetteer lacks, one or two words, after a name that opens with a given name.
    const town = /^[\p{Script=Arabic}]+(?:\s[\p{Script=Arabic}]+)?$/u.test((bracketed[2] ?? '').trim());
    if (name === null || !isPersonName(name)) return null;
    return isKnownPlace(bracketed[2] ?? '') || (town && opensWithGivenName(name)) ? name : null;
  }
  // The tatweel stands for a dash on Levantine and Gulf pages («عمان ـ فلانة الفلانية»).
  // Only a spaced tatweel is a dash: one inside a word stretches it («محمـد»).
  const m = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*([:：\-–—/]|\s\u0640+\s)\s*((?:(?!\s\u0640+\s)[^:：\-–—/])+?)\s*[:：]?$/u.exec(text.trim());
  if (!m) return null;
  // «سلام جاسم –بغداد», «فلان الفلاني/ ذي قار»: the writer first, then the place the story was filed from.
  const reversed = asName(m[1] ?? '');
  if (reversed !== null && isKnownPlace((m[3] ?? '').trim()) && isPersonName(reversed) && !isKnownPlace(reversed)) return reversed;
  const place = (m[1] ?? '').split(/\s+/u);
  if (place.some((w) => NOT_A_PLACE.has(normalise(w)) || isStopword(normalise(w)))) return null;
  // A slash also runs a breadcrumb («اقتصاد / أسواق المال»): before it, only a place the gazetteer knows.
  if (m[2] === '/' && !isKnownPlace(m[1] ?? '')) return null;
  // «بنت جبيل - من فلانة الفلانية»: the wires' «from» between the place and the writer.
  const cued = /^من\s+/u.test(m[3] ?? '');
  // «البصرة - من مراسلنا فلان الفلاني»: the own reporter's word between the «from» and the writer.
  const name = asName(nameAfterOwnReporterWord(m[3] ?? '') ?? (m[3] ?? '').replace(/^من\s+/u, ''));
  return name !== null && isPersonName(name) && !isDescriptionOnly(name) && (!cued || opensWithGivenName(name)) ? name : null;
}

const CREDIT_ROLE = /(?:^|[\s(\-–—])(?:تغطية صحفية|تغطية صحافية|شارك في التغطية|إعداد|اعداد|تحرير|كتابة|ترجمة|reporting by|additional reporting by|writing by|editing by)(?![\p{L}])/giu;
const REPORTER = /^\(?\s*(?:تغطية صحفية|تغطية صحافية|reporting by)\s+(.+?)(?:\s+[-–—]\s+|\s*[;؛]\s*|\s*\)?\s*$)/iu;

/**
 * A wire story's closing credits: «(تغطية صحفية فلان - إعداد فلان للنشرة العربية - تحرير فلان)»,
 * «(Reporting by X; Editing by Y)», or an agency's «وام/محرر/محرر». `reporter` is who reported it, when named.
 */
export function parseCredits(text: string): { reporter: string | null } | null {
  const trimmed = text.trim();
  if (spaceSplitCount(trimmed, 41) > 40) return null;
  const roles = [...trimmed.matchAll(CREDIT_ROLE)].length;
  const bracketed = /^\(.*\)$/su.test(trimmed);
  if (roles >= 2 || (roles === 1 && bracketed && /^\(\s*(?:تغطية|شارك|إعداد|اعداد|تحرير|reporting|writing|editing)/iu.test(trimmed))) {
    const reporter = REPORTER.exec(trimmed);
    return { reporter: reporter ? asName(reporter[1] ?? '') : null };
  }
  const slashed = trimmed.split(/\s*\/\s*/u);
  if (slashed.length >= 2 && outletByName(slashed[0] ?? '')?.kind === 'agency' && slashed.slice(1).every((p) => asName(p) !== null)) {
    return { reporter: null };
  }
  return null;
}

const PROFESSION = /^(?:هو\s+|هي\s+)?(?:صحفي|صحفية|زميل|زميلة|صحافي|صحافية|كاتب|كاتبة|باحث|باحثة|مراسل|مراسلة|محلل|محللة|أكاديمي|أكاديمية|محرر|محررة|مصور|مصورة|is a journalist|is a writer|is a reporter|is an analyst|is a researcher|is a correspondent|is an? [\p{L}-]+ (?:journalist|writer|reporter|analyst|researcher|correspondent))(?![\p{L}])/iu;

/**
 * A headline that carries its byline after a dash or dots: «القافلة تسير – بقلم : فلان الفلاني», «… .. بقلم: د. فلان».
 * Gives the headline without it and the writer, or null when the part after the last dash or dots is no byline.
 */
export function splitHeadlineByline(title: string): { title: string; writer: string } | null {
  const m = /^(.{4,}?)(?:\s+[-–—|]\s+|\s*(?:\.{2,}|…)\s*)([^-–—|.…][^-–—|…]{3,59})$/u.exec(title.trim());
  const writer = m ? parseByline(m[2] ?? '') : null;
  return m && writer !== null ? { title: (m[1] ?? '').trim(), writer } : null;
}

/** The writer an opinion headline names: «أحمد الخميسي يكتب: عيب كده», «فلانة الفلانية تكتب - …», «… – بقلم : فلان», «…-فلان الفلاني». */
export function headlineWriter(title: string): string | null {
  const suffixed = splitHeadlineByline(title);
  return suffixed !== null ? suffixed.writer : (openingWriter(title) ?? gluedTailWriter(title));
}

// «في التقرير الذي أعدته مراسلتنا فلانة الفلانية من …»: the newsroom's own correspondent or envoy, named in the lede.
const OWN_REPORTER = /(?:^|[^\p{L}])[وب]?(?:مراسل|موفد|مندوب)[ةت]?(?:نا)\s+(?:(?:في|من)\s+\p{L}+\s+)?((?:[\p{L}\p{M}]+[،,.:؛]?(?:\s+|$)){1,4})/u;
// What ends the name after the cue: a particle or a preposition («مراسلنا فلان من …», «… إن»). The stopword list is
// not asked, since a foreign name's syllable may be an Arabic function word.
const AFTER_NAME = new Set(['من', 'في', 'إلى', 'الى', 'عن', 'على', 'مع', 'إن', 'أن', 'ان', 'بأن', 'بان', 'الذي', 'التي', 'حيث', 'حول'].map((w) => normalise(w)));

/**
 * The writer a story's first paragraph names as the newsroom's own correspondent: «أعدته مراسلتنا فلانة الفلانية»,
 * «ويقول موفدنا في الخرطوم فلان الفلاني إن…». The name is the words after the cue up to the first function word, two
 * or three of them, a person's name (see isPersonName); «أفاد مراسلنا أن…» names nobody.
 */
export function ownCorrespondent(lede: string): string | null {
  const m = OWN_REPORTER.exec(lede.slice(0, 400));
  if (m === null) return null;
  const words: string[] = [];
  for (const w of (m[1] ?? '').trim().split(/\s+/u)) {
    if (AFTER_NAME.has(normalise(w))) break;
    const bare = w.replace(/[،,.:؛]+$/u, '');
    words.push(bare);
    if (bare !== w) break; // a comma or a stop closes the name
  }
  // Two or three words, the first without the article («مراسلنا الميداني» names nobody), no section or page word.
  const first = normalise(words[0] ?? '');
  // «مراسلنا صباح اليوم», «أمس الأحد»: calendar words after the cue say when, not who.
  const ok =
    words.length >= 2 && words.length <= 3 && !first.startsWith('ال') && !isStopword(first) && !isKnownPlace(words.join(' ')) &&
    words.every((w) => !NOT_A_NAME.has(normalise(w)) && !HEADLINE_FUNCTION_WORDS.has(normalise(w)) && !isDateLabelWord(w));
  return ok ? words.join(' ') : null;
}

// «✍ فلانة الفلانية : عنوان المقال»: a writing hand or a pen, the writer's name, a colon, then the column's headline.
const ICON_WRITER = /^(?:✍|🖊|✒|✏)[\uFE0F\p{Emoji_Modifier}]?\s*([\p{L}\p{M}][\p{L}\p{M}. ]{3,40}?)\s*[:：]\s*\S/u;

/**
 * The writer a head line names with a writing hand before the name and the headline after a colon, as column pages
 * and their tickers print each column: «✍ فلانة الفلانية : عنوان». The line is the headline as well as the byline,
 * so it is read for its writer without being taken out as a byline. Only a person's name (see isPersonName).
 */
export function iconWriter(line: string): string | null {
  const m = ICON_WRITER.exec(line.trim());
  const name = m === null ? null : asName(m[1] ?? '');
  return name !== null && isPersonName(name) ? name : null;
}

// «عنوان الخبر من ست كلمات-فلان الفلاني»: a headline of four words or more with a dash glued to its last word.
const GLUED_TAIL = /^((?:\S+\s+){3,}\S*[\p{L}\p{N}])[-–—]([\p{L}\p{M}][\p{L}\p{M} ]{3,40})$/u;

/**
 * The writer some sites join to the headline with a dash and no space: «…رغم شح المياه-فلان الفلاني». Only a
 * person's name that opens with a given name and is no place nor a listed outlet: a spaced dash before a tail is how
 * titles append their site or section, and a glued one joins two names («الأهلي-الزمالك»).
 */
export function gluedTailWriter(title: string): string | null {
  const m = GLUED_TAIL.exec(title.trim());
  const name = m === null ? null : asName(m[2] ?? '');
  if (name === null || isKnownPlace(name) || outletByName(name) !== null) return null;
  return isPersonName(name) && opensWithGivenName(name) ? name : null;
}

/**
 * The writer a columnist's text names as it opens: «فلان الفلاني يكتب: تشهد الأسواق…» — the headline's form, printed
 * as the story's first words on pages that put the column's teaser under the headline.
 */
export function openingWriter(text: string): string | null {
  // «نافذة | فلان الفلاني:يكتب..»: a column's name before a bar, a colon before the cue, dots after it.
  const m = /^(?:[^|:：]{2,30}\|\s*)?(.{3,40}?)(?:\s+|\s*[:：]\s*)(?:يكتب|تكتب|writes)\s*(?:[:：\-–—|]|\.{2,}|…)/u.exec(text.trim());
  const named = m ? asName((m[1] ?? '').replace(HONORIFIC, '')) : null;
  if (named === null) return null;
  // «الكاتب الصحفي فلان الفلاني يكتب ..»: the columnist's standing before the name is no part of it.
  const name = withoutStandingWords(named);
  // The cue word is strong: a given name may carry the article here («الطيب علي فرح يكتب:»), not a function word.
  const words = name.split(/\s+/u);
  // «علي» folds to the preposition «على»: only the words that never stand in a name are refused.
  return words.length >= 2 && words.length <= 4 && !name.includes('.') && words.every((w) => !HEADLINE_FUNCTION_WORDS.has(normalise(w)) && !NOT_A_NAME.has(normalise(w))) ? name : null;
}

/**
 * The writer a lede opens with, set off from the text by a run of spaces where a page glued its byline element to the
 * story: «عمان ـ فلانة الفلانية   أقر مجلس…». A place byline (see parsePlaceByline) or a name alone that opens with a
 * given name the gazetteer knows; three spaces at least, since prose never runs them.
 */
export function spacedGluedWriter(lede: string): string | null {
  const m = /^(\S.{3,60}?)\s{3,}\S/u.exec(lede.trim());
  if (m === null) return null;
  const head = m[1] ?? '';
  const bare = parseBareName(head);
  return parsePlaceByline(head) ?? (bare !== null && opensWithGivenName(bare) ? bare : null);
}

/**
 * The writer a lede opens with before a double bar, as some agencies' article pages glue the byline to the text:
 * «فلان الفلاني ||   في كل عام…». A person's name that opens with a given name (the bars are no outlet's «X | city»).
 */
export function barGluedWriter(lede: string): string | null {
  const m = /^([\p{L}\p{M} .]{4,40}?)\s*\|\|/u.exec(lede.trim());
  const name = m === null ? null : asName((m[1] ?? '').replace(HONORIFIC, ''));
  if (name === null) return null;
  return isPersonName(name) && opensWithGivenName(name) ? name : null;
}

/**
 * The writer a lede opens with before a dash, under the newsroom's credit on a line of its own: «جو 24 :» over
 * «فلان الفلاني - طالب مزارعون…». Only with that credit above (`above`, a short name and a colon): elsewhere «X - …»
 * opening a story is a place's dateline. A person's name that opens with a given name and is no known place.
 */
export function dashGluedWriter(lede: string, above: string | undefined): string | null {
  if (above === undefined || !/^[^:：]{2,30}[:：]$/u.test(above.trim())) return null;
  const m = /^([\p{L}\p{M} ]{4,40}?)\s+[-–—]\s+\S/u.exec(lede.trim());
  const name = m === null ? null : asName(m[1] ?? '');
  return name !== null && !isKnownPlace(name) && isPersonName(name) && opensWithGivenName(name) ? name : null;
}

/**
 * The writer a story's first paragraph opens with after its cue, the byline glued to the text: «بقلم: فلانة الفلانية
 * تبدأ الحكاية من…». The name runs from a given name the gazetteer knows to the first family name with the article
 * after it (at most four words): where the name ends is not marked otherwise. Null when the words do not fit.
 */
export function gluedCueWriter(lede: string): string | null {
  const text = lede.trim();
  const m = /^(?:بقلم|كتب|كتبت)\s*[:：]\s*/u.exec(text);
  return m === null ? null : openingName(text.slice(m[0].length));
}

/** The name a text opens with: a given name the gazetteer knows to the first family name with the article (four words at most). */
function openingName(text: string): string | null {
  const words = text.split(/\s+/u).slice(0, 4);
  if (!isGivenName(normalise(words[0] ?? ''))) return null;
  const end = words.findIndex((w, i) => i >= 1 && /^ال\p{L}{2,}$/u.test(normalise(w)));
  const name = end < 0 ? null : asName(words.slice(0, end + 1).join(' '));
  return name !== null && isPersonName(name) ? name : null;
}

/**
 * The writer a lede opens with after the newsroom's name and a dash, glued to the text: «سمارت-فلان الفلاني أعاد
 * المجلس…». The newsroom's word must be one the masthead prints (`mastheads`, the short lines above the story), and no
 * place («بغداد - محمد شياع السوداني…» is a dateline and the story's subject); the name as gluedCueWriter reads it.
 */
export function newsroomGluedWriter(lede: string, mastheads: readonly string[]): string | null {
  const m = /^([\p{L}\p{M}]{2,20})\s*[-–—]\s*(?=\S)/u.exec(lede.trim());
  if (m === null || isKnownPlace(m[1] ?? '')) return null;
  const word = normalise(m[1] ?? '');
  if (!mastheads.some((h) => h.split(/\s+/u).some((w) => normalise(w) === word))) return null;
  return openingName(lede.trim().slice(m[0].length));
}

// «— فلان الفلاني، مراسل X في الرياض»: a dash may open the signature; the role after the comma is a reporter's.
const SIGNATURE = new RegExp(`^[—–-]?\\s*([^،,:：]{4,40}?)\\s*[،,]\\s*${nounAlternation([...REPORTER_ROLES, 'صحفي', 'صحفية', 'صحافي', 'صحافية'])}(?![\\p{L}])`, 'u');

/**
 * The writer a correspondent's signature after the story names: «— فلان الفلاني، مراسل X في الرياض». Only a person's
 * name that opens with a given name, on a short line: «وزير الخارجية، مراسل…» is no signature.
 */
export function signedWriter(line: string): string | null {
  const text = line.trim();
  if (spaceSplitCount(text, 16) > 15) return null;
  const m = SIGNATURE.exec(text);
  const name = m === null ? null : asName((m[1] ?? '').replace(HONORIFIC, ''));
  return name !== null && isPersonName(name) && opensWithGivenName(name) ? name : null;
}

/** The one word before «يكتب:», «تكتب:» that opens a column's headline («الزعبي يكتب: …»): the writer's surname. */
export function openingWriterSurname(headline: string): string | null {
  const m = /^([\p{L}\p{M}]{3,20})\s+(?:يكتب|تكتب)\s*[:：\-–—|]/u.exec(headline.trim());
  return m === null || HEADLINE_FUNCTION_WORDS.has(normalise(m[1] ?? '')) ? null : (m[1] ?? null);
}

const HEADLINE_FUNCTION_WORDS = new Set(['في', 'من', 'إلى', 'عن', 'مع', 'بين', 'أن', 'إن', 'التي', 'الذي', 'أو', 'ثم', 'قد', 'لا', 'ما', 'هل', 'كيف', 'لماذا'].map((w) => normalise(w)));

/**
 * The author an end-of-article biography names: «فلانة الفلانية صحافية متخصصة في…», «Jane Doe is a journalist…»:
 * two or three name words that are not function words, then a profession.
 */
export function parseAuthorBio(text: string): string | null {
  // Nine words at most, not a paragraph's hundreds: a name of two or three, and PROFESSION reads at most four after it
  // («is an award-winning journalist») and the letter after those.
  const words = text.trim().split(/\s+/u, 9);
  for (const n of [2, 3]) {
    const nameWords = words.slice(0, n);
    if (nameWords.length < n) continue;
    // A dash between a name and a description is no name word («ليلى الزين - كاتبة صحفية» is a header, not a bio).
    if (!nameWords.every((w) => /^[\p{L}\p{M}'\u2019-]+$/u.test(w) && /\p{L}/u.test(w) && !isStopword(normalise(w)))) continue;
    // «قالت مصادر صحفية إن…»: a profession word followed by «إن», «أن» closes a clause of speech, not a biography.
    const rest = words.slice(n);
    if (PROFESSION.test(rest.join(' ')) && !/^(?:إن|أن|ان|بأن|بان)$/u.test(rest[1] ?? '')) return nameWords.join(' ');
  }
  return null;
}
