import { HONORIFIC, isPersonName, parseByline } from './byline.ts';
import { isDateLabelWord, lineDates } from './dateline.ts';
import { isKnownPlace } from './known-places.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { clockPattern } from '../../text/dates/index.ts';

// What a columnist's header says the writer is: «كاتب صحفي», «كاتبة وباحثة», «محلل سياسي», «أستاذ العلوم السياسية».
const PROFESSION = /^(?:ال)?(?:كاتب|كاتبة|صحفي|صحفية|صحافي|صحافية|إعلامي|إعلامية|اعلامي|اعلامية|باحث|باحثة|محلل|محللة|أستاذ|أستاذة|استاذ|استاذة|أكاديمي|أكاديمية|روائي|روائية|شاعر|شاعرة|خبير|خبيرة|مستشار|مستشارة|محرر|محررة|مراسل|مراسلة|دبلوماسي|سفير|عضو|عضوة|columnist|journalist|writer)(?![\p{L}])/iu;
const PROFESSION_WORD = /كاتب|صح[اف]|[إا]علام|باحث|محلل|[أا]ستاذ|[أا]كاديم|روائي|شاعر|خبير|مستشار|محرر|مراسل|دبلوماسي|سفير|عضو|columnist|journalist|writer/iu;
// «الكاتب الصحفي فلان», «بقلم الكاتبة الصحفية: فلانة».
const PREFIXED = /^(?:بقلم\s*[:：/]?\s*)?(?:ال)?(?:كاتبة|كاتب)\s+(?:ال)?(?:صحفية|صحافية|صحفي|صحافي)(?:\s*[:：\-–—/]\s*|\s+)(.+)$/u;

/**
 * The writer a columnist's header names: «سامي العمر - كاتب صحفي», «د. منى الحسن | أستاذة العلوم السياسية»,
 * «سامي العمر، كاتب وباحث», «الكاتب الصحفي سامي العمر». The name is two to four words that are no function words;
 * a description after it, or the profession before it, says the line is the header and not a sentence.
 */
export function parseColumnistHeader(text: string): string | null {
  const line = text.trim().replace(/[.:]$/u, '');
  if (!PROFESSION_WORD.test(line) || line.split(/\s+/u).length > 12) return null;
  const prefixed = PREFIXED.exec(line);
  if (prefixed) return personName(prefixed[1] ?? '');
  const m = /^(.{3,40}?)\s*(?:\s[-–—|]\s|[،,]\s*|\s[-–—|])\s*(.{3,60})$/u.exec(line);
  if (!m || !PROFESSION.test((m[2] ?? '').trim())) return null;
  return personName(m[1] ?? '');
}

/**
 * The name a byline element runs its writer's description onto, without a separator: «فلان الفلاني كاتب وباحث سوري»,
 * «فلانة الفلانية صحفية مستقلة» — the words before the first profession word (see PROFESSION), when they are a
 * person's name and the description is short (at most six words). Null when no profession word follows a name.
 */
export function nameBeforeDescriptor(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 10 || !PROFESSION_WORD.test(text)) return null;
  const at = words.findIndex((w, i) => i >= 2 && PROFESSION.test(w));
  if (at < 0 || words.length - at > 6) return null;
  return personName(words.slice(0, at).join(' '));
}

// The professions of those who write the copy: a name run onto one under a headline is the writer; onto an office or
// a standing («ناصر القدوة عضو اللجنة المركزية يستقيل», a deck) it is the story's subject.
const WRITER = /^(?:ال)?(?:كاتب|كاتبة|صحفي|صحفية|صحافي|صحافية|إعلامي|إعلامية|اعلامي|اعلامية|باحث|باحثة|محرر|محررة|مراسل|مراسلة|columnist|journalist|writer)(?![\p{L}])/iu;

/**
 * nameBeforeDescriptor for a line under the headline, where a deck («فلان عضو اللجنة … يستقيل») also runs a name onto
 * what the person is: only a writer's profession after the name, and no colon or quotation, make it the byline.
 */
export function writerBeforeDescriptor(text: string): string | null {
  if (/[:："«»“”]/u.test(text)) return null;
  const name = nameBeforeDescriptor(text);
  if (name === null) return null;
  const after = text.trim().split(/\s+/u)[name.split(/\s+/u).length] ?? '';
  return WRITER.test(after) ? name : null;
}

/**
 * The writer a line under the headline names after the writer's profession alone, without a cue: «الإعلامي صالح
 * العامري», «الصحفية فلانة الفلانية». Only a writer's profession (see WRITER), no colon, and a person's name after it
 * that opens with a given name the gazetteer knows: «الكاتب الكبير» or a deck's «الباحث في …» is no byline.
 */
export function writerAfterProfession(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 6 || /[:："«»“”]/u.test(text) || !WRITER.test(words[0] ?? '') || !/^ال/u.test(words[0] ?? '')) return null;
  const name = personName(words.slice(1).join(' '));
  return name !== null && opensWithGivenName(name) ? name : null;
}

// Office words that pair with a second word like a first name with a family name: «وزير الخارجية», «رئيس الحكومة».
const OFFICE = /^(?:وزير|وزيرة|رئيس|رئيسة|مدير|مديرة|نائب|أمين|امين|سفير|محافظ|قائد|المتحدث|متحدث|الناطق|ناطق|مسؤول|عضو)$/u;

/** A writer's name as a header prints it: a person's name (see isPersonName) without its honorific, never an office («وزير الخارجية»). */
export function personName(text: string): string | null {
  const name = text.replace(HONORIFIC, '').replace(/[\s:：\-–—,،.|]+$/u, '').trim();
  return isPersonName(name) && !OFFICE.test(name.split(/\s+/u)[0] ?? '') ? name : null;
}

// A clock with its meridiem and clock words: «10:45 ص», «09:30 مساءً», «الساعة 11:20».
const CLOCK = new RegExp(
  String.raw`(?:الساعة\s*)?(?<![\p{N}])${clockPattern({ dot: true, seconds: true, latinDigits: true })}\s*(?:am|pm|ص|م|صـ|مـ|صباحا|صباحًا|صباحاً|مساء|مساءً|مساءا)?(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * The writer of a byline that prints the city and the clock on the same line: «القاهرة - أحمد سمير - 10:45 ص»,
 * «كتب: أحمد سمير | القاهرة | 09:30 م», «أحمد سمير - الرياض 11:20 ص». Once the clock, the date and their label words
 * are taken out, the parts left are places the gazetteer knows and exactly one person's name; a cue word («كتب»)
 * may open the line.
 */
export function parsePlaceClockByline(text: string): string | null {
  const line = text.trim();
  const words = line.split(/[\s\-–—|/،,:：()]+/u);
  if (words.length > 16 || !/\p{N}/u.test(line)) return null;
  // The place must be one the gazetteer knows: looked for word by word before the date tagger is asked.
  if (!words.some((w, i) => isKnownPlace(w) || (i > 0 && isKnownPlace(`${words[i - 1] ?? ''} ${w}`)))) return null;
  const clocks = line.match(CLOCK)?.length ?? 0;
  const dates = lineDates(line).filter((d) => d.kind !== 'relative' && d.kind !== 'weekday');
  let rest = line;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' | ' + rest.slice(d.end);
  rest = rest.replace(CLOCK, ' | ');
  const cued = parseByline(rest.replace(/[\s|]+$/u, ''));
  const parts = rest.split(/\s*[-–—|/،,:：()]\s*|\s{2,}/u).map((p) => p.trim()).filter((p) => p.length > 0);
  let places = 0;
  const names: string[] = [];
  for (const part of parts) {
    if (isKnownPlace(part)) {
      places++;
      continue;
    }
    // «بتوقيت مكة», «الخميس»: what is left of the date stamp («القاهرة» is a place first, then a time zone word).
    if (part.split(/\s+/u).every(isDateLabelWord)) continue;
    // «أحمد سمير القاهرة»: a place written after the name without a separator.
    const partWords = part.split(/\s+/u);
    const tail = [2, 1].find((n) => partWords.length > n && isKnownPlace(partWords.slice(-n).join(' ')));
    if (tail !== undefined) places++;
    names.push(partWords.slice(0, tail === undefined ? partWords.length : -tail).join(' '));
  }
  if (places === 0 || clocks + dates.length === 0) return null;
  if (cued !== null && names.length >= 1) return cued;
  return names.length === 1 ? personName(names[0] ?? '') : null;
}

/**
 * A line that only says what the writer is, printed under the writer's name in a columnist's header: «كاتب صحفي»,
 * «كاتبة وباحثة في الشؤون الاقتصادية», «عضو المكتب السياسي في حزب الخضر الوطني». At most eight words (a party's or an
 * institution's name after the office takes several), opening with a profession.
 */
export function isProfessionLine(text: string): boolean {
  const line = text.trim().replace(/[.:]$/u, '');
  return PROFESSION_WORD.test(line) && line.split(/\s+/u).length <= 8 && PROFESSION.test(line) && !/[\p{N}،,!؟?]/u.test(line);
}
