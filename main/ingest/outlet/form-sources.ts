// Outlet names by the FORM a page writes them in, for the learned chooser's candidates (outlet-sources.ts): forms the
// rules' readers (metadata/) leave to the list, where the name may be one the list lacks — a short line alone at the
// top or bottom (a logo's or site name's text), the first item of a trail, a name paired with a place in a dateline
// («عدن-اليمن اليوم», «البلاد (جدة)», «تونس/الميثاق/…»), a name opening the lede before a colon, an outlet noun and its
// name («موقع ميادين المقاومة»), a name the story says it was told things by («لموقع IQ NEWS»), and a title tag's
// name beside the headline. Each reader is a grammar of one form, never a page's words: which of the names it yields
// is the outlet is the chooser's to weigh (a writer beside a place, a section label alone on a line are candidates
// too, with the features that tell them apart).
import { isLanguageMenu } from '../metadata/language-menu.ts';
import { DOTTED_CLOCK, isMonthName, isWeekdayWord, SHORT_MERIDIEM } from '../../text/dates/index.ts';
import { isRelativeDayOnly } from '../../text/dates/relative-day-spans.ts';
import { lineKey } from '../lines/line-key.ts';
import { isKnownPlace } from '../metadata/known-places.ts';
import { isDateLabelWord, lineDates } from '../metadata/dateline.ts';
import { outletByName } from '../metadata/known-outlets.ts';
import { quotedSelfReferences, selfReferences } from '../metadata/detect-outlet.ts';
import { nounAlternation, OUTLET_NOUNS, SITE_DESCRIPTORS } from '../metadata/outlet-nouns.ts';
import { sectionShaped } from '../metadata/outlet-shape.ts';
import { isOwnReporterWord } from '../metadata/own-reporter-word.ts';

// What a slot holds when it names no outlet: credits, labels, cues and the page's furniture.
const NOT_AN_OUTLET = new Set(
  [
    'خاص', 'وكالات', 'متابعات', 'متابعة', 'المصدر', 'مصدر', 'الرئيسية', 'الرئيسيه', 'عاجل', 'كتب', 'بقلم', 'تحرير', 'إعداد', 'اعداد', 'تاريخ',
    'النشر', 'نشر', 'آخر', 'تحديث', 'الكاتب', 'اقرأ', 'اقرا', 'أيضا', 'ايضا', 'شارك', 'مشاركة', 'تابعنا', 'فيديو', 'صور', 'المزيد', 'الصفحة',
    'home', 'menu', 'share', 'read', 'more', 'search',
  ].map(lineKey),
);

/** Whether `text` opens with a weekday's name, with its article or without: «الخميس، 8 يناير», «سبت». */
function opensWithWeekday(text: string): boolean {
  return isWeekdayWord(text.split(/[\s،,]/u)[0] ?? '');
}

// Words that end a name written in running text: prepositions, particles and pronouns the name never holds.
const STOP_WORDS = new Set(['من', 'في', 'على', 'الى', 'إلى', 'عن', 'مع', 'منذ', 'بعد', 'قبل', 'ان', 'إن', 'أن', 'بأن', 'التي', 'الذي', 'هو', 'هي', 'منه', 'منها', 'حول', 'خلال', 'عبر', 'و'].map(lineKey));
// A name read in running text after its noun may end with «الرسمية» too («منصة X الرسمية»): the header lines'
// readers (outlet-cues.ts) were measured without it.
const WEB_SUFFIX = new RegExp(`\\s+${nounAlternation([...SITE_DESCRIPTORS, 'الرسمية'])}$`, 'u');
const OUTLET_NOUN = nounAlternation(OUTLET_NOUNS);

const HOST_WORD = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,6}\S*|\bhttps?\b/giu;

/** A name-sized stretch: 1–`max` words, letters (a number of up to three digits may stand beside them), no sentence marks, not a label. */
function nameSized(text: string, max = 4): string | null {
  // A host beside the name («BaladiNews.td بلدي نيوز», «www.alroya.om الرؤية») is the URL host's to read, not a name.
  const name = text.replace(HOST_WORD, ' ').replace(/^[\s"'«“”(/\-–—:]+|[\s"'»”“)/\-–—:.,،]+$/gu, '').replace(/\s+/gu, ' ').trim();
  const words = name.split(' ');
  if (name.length < 2 || words.length > max || !/\p{L}/u.test(name)) return null;
  if (words.some((w) => !/^(?:[\p{L}\p{M}'’&.]+|\p{N}{1,3})$/u.test(w))) return null;
  // A number opens or closes an outlet's name («صدى الوادي 24», «24 ساعة»); inside a stretch it counts («قبل 40 دقيقة»).
  if (words.slice(1, -1).some((w) => /\p{N}/u.test(w))) return null;
  // A Latin brand is capitalised word by word («Saida TV») or one word; «Log in», «Download our app» are prompts.
  if (words.length > 1 && !/\p{Script=Arabic}/u.test(name) && words.some((w) => /^\p{Ll}/u.test(w))) return null;
  if (words.every((w) => NOT_AN_OUTLET.has(lineKey(w))) || NOT_AN_OUTLET.has(lineKey(words[0] ?? ''))) return null;
  // «الخليل – مراسلنا – فلان»: the newsroom's own reporter, not its name.
  return isOwnReporterWord(name) ? null : name;
}

/** A name alone on a short line — the text of a logo or a site's name — when it is no place and no section label. */
export function loneName(line: string): string | null {
  const name = nameSized(line);
  return name === null || isKnownPlace(name) || sectionShaped(name) || opensWithWeekday(name) || isRelativeDayOnly(name) ? null : name;
}

const TRAIL_SEPARATOR = /\s*(?:·|›|»|>|\|)\s*/u;

/** The first item of a trail or menu line: «سبق · السعودية · العالم», «جريدة عمان › أعمدة», «منتديات X > قسم > …». */
export function trailHead(line: string): string | null {
  const items = line.split(TRAIL_SEPARATOR).filter((i) => i.trim().length > 0);
  // «العربية | English»: a language switcher's items are languages, none the site's name (language-menu.ts).
  if (items.length < 2 || isLanguageMenu(line)) return null;
  const first = nameSized(items[0] ?? '', 6);
  return first === null || isKnownPlace(first) ? null : first;
}

// A date opening a dateline's line: «9 يناير 2026 /شبكة الصين/», «date 2026-01-13 شفق نيوز- السليمانية».
const LEADING_DATE = /^(?:date\s+)?(?:\p{N}+[\s/.\-:]*)+(?:\p{L}+\s+\p{N}{4}\s*)?/u;

/**
 * The name a dateline pairs with a place or a credit: «عدن-اليمن اليوم», «مسقط - الرؤية», «شفق نيوز- السليمانية»,
 * «تونس/الميثاق/أخبار وطنية», «البلاد (جدة)», «أرقام - خاص», «الصباح / الخميس، 8 يناير», «/شبكة الصين/ أعلنت».
 */
export function placePairName(line: string): string | null {
  const text = line.trim().replace(LEADING_DATE, '');
  const slashed = /^\/\s*([^/]{2,40}?)\s*\//u.exec(text);
  if (slashed) return nameSized(slashed[1] ?? '');
  const bracketed = /^([^()\-–—/:]{2,40}?)\s*\(([^()]{2,25})\)/u.exec(text);
  if (bracketed && isKnownPlace((bracketed[2] ?? '').trim())) return placeFree(bracketed[1] ?? '');
  const pair = /^([^\-–—/:()]{2,40}?)\s*[-–—/]\s*([^\-–—/:()]{2,60}?)\s*(?:[-–—/:]|$)/u.exec(text);
  if (!pair) return null;
  const [a, b] = [(pair[1] ?? '').trim(), (pair[2] ?? '').trim()];
  if (isKnownPlace(a)) return placeFree(b);
  if (isKnownPlace(b) || lineKey(b) === lineKey('خاص') || opensWithWeekday(b) || /^\p{N}/u.test(b)) return placeFree(a);
  return null;
}

// The separators a date line sets its name apart by: a spaced dash, slash or bar, or a bar unspaced («2026-03-07 -
// ملاعب», «ملاعب | 7 مارس 2026»). A date's own dashes and slashes («2026-03-07», «7/3/2026») are unspaced.
const DATE_LINE_SEPARATOR = /\s+[-–—/|]\s+|\s*\|\s*/u;
const CLOCK = new RegExp(String.raw`^${DOTTED_CLOCK}(?:\s*${SHORT_MERIDIEM})?$`, 'iu');

/**
 * The name a short date line gives beside its date, at either end: «2026-03-07 - ملاعب», «ملاعب - 7 مارس 2026»,
 * «ملاعب | الأحد 8 مارس 2026 | 10:30». Such a line under (or over) the headline names the outlet, a place, a writer or
 * a section: which is the chooser's to weigh (its features: where it stands, whether the list knows it, its shape,
 * a place in it). A known place alone is no candidate — it is a dateline's place — unless the list knows it as an outlet.
 */
export function dateLineName(line: string): string | null {
  const parts = line.trim().split(DATE_LINE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 4) return null;
  // The name stands at one end, every other part is a date or a clock. Its shape is asked first: most date lines
  // («الأحد 11 يناير 2026 - 10:30») have no name at either end, and a name's shape costs far less than reading a date.
  for (const at of [0, parts.length - 1]) {
    const name = nameSized(parts[at] ?? '');
    // «محدّث | 2026-01-12», «العدد 52 | …»: a stamp's label or an issue's number beside the date, no name.
    if (name === null || opensWithWeekday(name) || name.split(' ').every((w) => isDateLabelWord(w) || isMonthName(w) || /^\p{N}+$/u.test(w))) continue;
    if (dated(name) || !parts.every((p, i) => i === at || dated(p))) continue;
    return isKnownPlace(name) && outletByName(name) === null ? null : name;
  }
  return null;
}

/** Whether a part of a date line is a date or a clock (a date without a digit, «أمس», is not read as one). */
function dated(part: string): boolean {
  return CLOCK.test(part) || (/\p{N}/u.test(part) && lineDates(part).length > 0);
}

const OUTLET_NOUN_AT_START = new RegExp(`^${OUTLET_NOUN}\\s`, 'u');
const DASH_PAIR_WORDS = 7;

/**
 * The name a short «name - other» line opens with, the other side being no place: «X - writer» over a story, «X -
 * headline» repeated down a site's list, «X — صحيفة إلكترونية مستقلة» (a self-description), «X _ section».
 */
export function dashPairName(line: string): string | null {
  const m = /^([^\-–—_/:()|]{2,40}?)\s+[-–—_]\s*(.*)$/u.exec(line.trim()) ?? /^([^\-–—_/:()|]{2,40}?)\s*[-–—_]\s+(.*)$/u.exec(line.trim());
  if (!m) return null;
  const [a, b] = [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  // «X  -» alone: a site's name over each item of its list.
  if (b === '') return placeFree(a);
  // «لندن أونتاريو – خاص «صوت البحيرة»»: a newsroom's own credit; its left side is the story's place (carried-credit.ts reads the name).
  if (/^خاص(?:\s|$)/u.test(b)) return null;
  if (isKnownPlace(a) || isKnownPlace(b.split(/[\s\-–—]/u)[0] ?? '')) return null;
  // A self-description may run long; any other pair is furniture only when short.
  if (!OUTLET_NOUN_AT_START.test(b) && line.split(/\s+/u).length > DASH_PAIR_WORDS) return null;
  return placeFree(a);
}

function placeFree(text: string): string | null {
  const name = nameSized(text);
  // «أمس - 18:20» under a headline: the day is the stamp's, not a name (text/dates: the date finder's reading).
  return name === null || isKnownPlace(name) || isRelativeDayOnly(name) ? null : name;
}

const LEDE_WORDS = 10;

/** The name that opens a lede before a colon: «مرآة البحرين: طالبت منظمات …», «الاخبار ميديا : أطلقت …». */
export function ledeLabel(line: string): string | null {
  const m = /^([^:：\n]{2,30}?)\s*[:：]\s*(\S.*)$/u.exec(line.trim());
  // The rest is the lede's prose: a label over a short line («رئيس التحرير: name») is a masthead's or a ticker's.
  if (!m || (m[2] ?? '').split(/\s+/u).length < LEDE_WORDS) return null;
  return placeFree(nameSized(m[1] ?? '', 3) ?? '');
}

/** The words after an outlet noun, up to a stop word or a mark, without a web suffix: «ميادين المقاومة من …» → «ميادين المقاومة». */
function nameAfterNoun(rest: string): string | null {
  const words: string[] = [];
  for (const w of rest.split(/\s+/u)) {
    const bare = w.replace(/[،,.:;!؟?)»"”]+$/u, '');
    if (bare === '' || STOP_WORDS.has(lineKey(bare))) break;
    words.push(bare);
    if (bare !== w || words.length === 3) break;
  }
  return nameSized(words.join(' ').replace(WEB_SUFFIX, ''), 3);
}

// The noun introduces a name only bare: «موقع ميادين المقاومة», not «الموقع الرئيسي».
const NOUN_NAME = new RegExp(`(?<![\\p{L}])${OUTLET_NOUN}\\s+([^\\n]{2,60})`, 'gu');

/** An outlet noun and the name it introduces: «موقع ميادين المقاومة من الداخل …», «صحيفة الهدهد الدولية». */
export function nounNames(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(NOUN_NAME)) {
    const name = nameAfterNoun(m[1] ?? '');
    if (name !== null) out.push(name);
  }
  return out;
}

// «وقال المصدر لموقع IQ NEWS، إن …», «لوكالة شفق نيوز»: an outlet noun with the preposition written onto it.
// (The letter before the lam is tested apart: a look-behind at every lam of a story costs five times the search.)
const TOLD_NOUN = new RegExp(`ل(?:ـ)?${OUTLET_NOUN}\\s+([^\\n]{2,60})`, 'gu');
// «لـPUKmedia»: a Latin brand after the preposition and its tatweel.
const TOLD_LATIN = /(?<![\p{L}])لـ\s*([A-Za-z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*){0,2})/gu;

/** How a story names an outlet it was told things by: the form tells the page's own name from another outlet's credit. */
export const TOLD_FORMS = ['told', 'told-noun', 'cited'] as const;
export type ToldForm = (typeof TOLD_FORMS)[number];

// «وفق تقرير لوكالة الأناضول», «نقلا عن تقرير لصحيفة X», «بحسب ما ذكرته لقناة X»: a report the story cites, a
// source it quotes — never the page's own name. Tested on the stretch of the sentence before the noun only.
const CITING = /(?:^|[^\p{L}])(?:وفق|وفقا|وفقاً|حسب|بحسب|حسبما|نقلا|نقلاً|نقلت|نقله|نقلته|تقرير|تقريرا|تقريراً|ذكرت|ذكره|ذكرته|أوردت|أوردته|اوردت|نشرت|نشرته|بثت|بثته)(?:[^\p{L}]|$)/u;

/**
 * The names a story says it was told things by, each with its form: «لـBrand», a quoted name after a verb of telling
 * («قال … لـ"التغيير"», quotedSelfReferences) and a listed name with the lam written onto it («لعربي21»,
 * selfReferences) are 'told' — the forms the rules read as the page's own; an outlet noun with the lam on it («لموقع
 * IQ NEWS», «لقناة الجزيرة») is 'told-noun' — the form the rules read as another outlet's (selfReferences skips it),
 * though a page names itself so too; and that form after a word citing a report («وفق تقرير لوكالة الأناضول») is
 * 'cited'. Read over the whole text: the self-reference stands in the story.
 */
export function toldForms(text: string): { form: ToldForm; name: string }[] {
  const out: { form: ToldForm; name: string }[] = [];
  for (const m of text.matchAll(TOLD_NOUN)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1] ?? '')) continue;
    const name = nameAfterNoun(m[1] ?? '');
    if (name === null) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index).split(/[.!؟?\n]/u).at(-1) ?? '';
    out.push({ form: CITING.test(before) ? 'cited' : 'told-noun', name });
  }
  for (const m of text.matchAll(TOLD_LATIN)) out.push({ form: 'told', name: (m[1] ?? '').trim() });
  for (const name of [...quotedSelfReferences(text), ...selfReferences(text)]) out.push({ form: 'told', name });
  return out;
}

/**
 * The site's name a title tag gives beside the headline in the forms outlet-sources.ts's split misses: «name: headline»
 * (no space before the colon), a tag that is a name alone («الزمان»), a Latin brand glued before an Arabic headline
 * («PUKmedia المكتب السياسي يبحث …»).
 */
export function titleTagNames(title: string | undefined): string[] {
  const t = (title ?? '').trim();
  if (t === '') return [];
  const out: string[] = [];
  const alone = loneName(t);
  if (alone !== null) out.push(alone);
  const colon = /^([^:]{2,30}):\s+\S/u.exec(t);
  const before = colon === null ? null : nameSized(colon[1] ?? '', 3);
  if (before !== null) out.push(before);
  const brand = /^([A-Za-z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]*)?)\s+(?=\p{Script=Arabic})/u.exec(t);
  if (brand) out.push(brand[1] ?? '');
  return out;
}
