/**
 * Regular-expression fragments over the matching key (see arabic/normalise): digits are ASCII, hamza
 * seats are folded to bare alef, ta marbuta is heh, alef maqsura is yeh, the Arabic comma is ',' and
 * tatweel is gone. Every lexicon word goes through `normalise` here, so the tables stay as written.
 */
import { normalise } from '../arabic/index.ts';
import {
  CURRENT_WORDS, DAY_PARTS, DOCUMENT_NOUNS, FUTURE_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS, ISSUE_WORDS, JAMAHIRIYA_MONTHS, SOLAR_HIJRI_MONTHS, MONTH_PARTS, NUMBER_WORDS, PAST_WORDS,
  SEASONS, UNIT_WORDS, WEEKDAYS, ordinalDayWords,
} from './lexicon.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spaces inside a phrase match any run of whitespace; «و» that joins tens may stand apart («و العشرين»). */
function phrase(words: string): string {
  return normalise(words).split(/\s+/).map(escape).join('\\s+').replace(/\\s\+و/g, '\\s+و\\s*');
}

/** An alternation of phrases, longest first so that «كانون الأول» wins over a shorter reading. */
function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => normalise(w)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(phrase).join('|');
}

/** A key → value table whose keys are normalised and whose inner spaces are collapsed. */
function keyed<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(table).map(([k, v]) => [compact(k), v]));
}

/** The lookup form of a matched phrase: normalised, without spaces. */
export function compact(s: string): string {
  return normalise(s).replace(/\s+/g, '');
}

export const MONTH_BY_KEY = keyed(GREGORIAN_MONTHS);
export const HIJRI_BY_KEY = keyed(HIJRI_MONTHS);
export const SOLAR_BY_KEY = keyed(SOLAR_HIJRI_MONTHS);
export const JAMAHIRIYA_BY_KEY = keyed(JAMAHIRIYA_MONTHS);

/** Whether a word is the name of a month (Gregorian in every family, or Hijri): a figure before it is a day, not a count. */
export function isMonthName(word: string): boolean {
  const key = compact(word);
  return MONTH_BY_KEY.has(key) || HIJRI_BY_KEY.has(key);
}
export const WEEKDAY_BY_KEY = keyed(WEEKDAYS);

/** Whether a word is the name of a weekday («الخميس»): a day to resolve, never what an event is about. */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_BY_KEY.has(compact(word));
}

// Drupal and WordPress themes print the weekday without its article («سبت, 22/11/2025»): the lexicon's names, bare.
const BARE_WEEKDAYS = [...new Set(Object.keys(WEEKDAYS).map((w) => normalise(w).replace(/^ال/u, '')))];

/** The weekdays' names in normalised text, with their article or without: the one list page readers match them by. */
export const WEEKDAY_WORDS: readonly string[] = [...new Set([...Object.keys(WEEKDAYS).map((w) => normalise(w)), ...BARE_WEEKDAYS])];

/**
 * A pattern (source, no flags) for a weekday's name in normalised text, its article optional («الاثنين», «اثنين»):
 * normalised keys have no final hamza («الثلاثاء» is «الثلاثا»), which a list written by hand misses.
 */
export const WEEKDAY_PATTERN = `(?:ال)?(?:${BARE_WEEKDAYS.join('|')})`;

/**
 * The same pattern over text as written, not normalised (hamza seats, ta marbuta and the final hamza as pages print
 * them or leave them off): «الأربعاء», «اربعاء», «جمعة».
 */
export const WEEKDAY_WRITTEN_PATTERN = `(?:ال)?(?:${BARE_WEEKDAYS.map((w) => w.replace(/ه$/u, '[هة]').replace(/ا$/u, 'اء?').replace(/ا(?!ء)/gu, '[اأإآ]')).join('|')})`;

/** The weekday (0 = Sunday) a word names with its article or without («الخميس», «خميس»), or undefined. */
export function weekdayOfWord(word: string): number | undefined {
  return WEEKDAY_BY_KEY.get(compact(word)) ?? WEEKDAY_BY_KEY.get(compact(`ال${word}`));
}

/** Whether a word is a weekday's name with its article or without («الخميس», «خميس»). */
export function isWeekdayWord(word: string): boolean {
  return weekdayOfWord(word) !== undefined;
}
export const NUMBER_BY_KEY = keyed(NUMBER_WORDS);
export const UNIT_BY_KEY = keyed(UNIT_WORDS);
export const PART_BY_KEY = keyed(MONTH_PARTS);
export const SEASON_BY_KEY = keyed(SEASONS);
export const DOCUMENT_KEYS: ReadonlySet<string> = new Set(DOCUMENT_NOUNS.map(compact));
export const ISSUE_KEYS: ReadonlySet<string> = new Set(ISSUE_WORDS.map(compact));
export const ORDINAL_BY_KEY = new Map(ordinalDayWords().map(([words, n]) => [compact(words.join('')), n]));

export const PAST_KEYS = new Set(PAST_WORDS.map(compact));
export const FUTURE_KEYS = new Set(FUTURE_WORDS.map(compact));
export const CURRENT_KEYS = new Set(CURRENT_WORDS.map(compact));

/** Not preceded by a letter or digit: the start of a word. */
export const B = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit: the end of a word. */
export const E = '(?![\\p{L}\\p{N}])';
/**
 * The start of a word that may carry a proclitic conjunction or preposition («وفي», «بـ», «ل»). The clitic
 * is consumed in group `clitic` (a lookbehind here costs four times as much) and left out of the span.
 */
export const BC = '(?<![\\p{L}\\p{N}])(?<clitic>[وفبل]{1,2})?';
/** A number stands alone: not inside a longer number, a decimal, a time or a numeric date. */
export const NB = '(?<![\\p{N}]|\\p{N}[.,/:\\-])';
export const NE = '(?![\\p{N}]|[.,/:\\-]\\p{N})';

export const MONTH = `(?:${alternation(Object.keys(GREGORIAN_MONTHS))})`;
export const HIJRI_MONTH = `(?:${alternation(Object.keys(HIJRI_MONTHS))})`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
export const SOLAR_MONTH = `(?:${alternation(Object.keys(SOLAR_HIJRI_MONTHS))})`;
export const JAMAHIRIYA_MONTH = `(?:${alternation(Object.keys(JAMAHIRIYA_MONTHS))})`;
export const ORDINAL = `(?:${alternation(ordinalDayWords().map(([w]) => w.join(' ')))})`;
export const NUMBER_WORD = `(?:${alternation(Object.keys(NUMBER_WORDS))})`;
export const UNIT = `(?:${alternation(Object.keys(UNIT_WORDS))})`;
export const PART = `(?:${alternation(Object.keys(MONTH_PARTS))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PAST = `(?:${alternation(PAST_WORDS)})`;
export const FUTURE = `(?:${alternation(FUTURE_WORDS)})`;
export const CURRENT = `(?:${alternation(CURRENT_WORDS)})`;
export const RELATION = `(?:${PAST}|${FUTURE}|${CURRENT})`;
export const DAY_PART = `(?:${alternation(DAY_PARTS)})`;

// Tests a text passes before a rule that cannot match without the thing tested is run over it (Rule.requires); not
// global, so a test keeps no state between texts.
export const HAS_DIGIT = /\d/u;
export const HAS_YEAR = /\d{4}/u;
export const HAS_WEEKDAY = new RegExp(WEEKDAY, 'u');
export const HAS_SHAHR = /شهر/u;

/** A test of a text's key, as Rule.requires asks it (a RegExp is one). */
export interface KeyTest {
  test(key: string): boolean;
}

// Where a month's name may stand in a date rule (the day-and-month rules' MONTH_TAIL, the month part's and the lone
// month's): after a non-letter (a space, a digit, «.», the text's start), after one or two proclitics opening a word
// (BC), or glued to a written ordinal day (day()'s dayWord, then MONTH_TAIL's \s* empty); and before a non-letter,
// non-digit (E, or the second name's, the year's or the relation's space or mark).
const MONTH_NAME = new RegExp(MONTH, 'gu');
const MONTH_WORD_AT = new RegExp(`(?:(?<!\\p{L})|(?<=(?<![\\p{L}\\p{N}])[وفبل]{1,2})|(?<=${ORDINAL}))(?:${MONTH})(?![\\p{L}\\p{N}])`, 'uy');

/**
 * Whether a month's name stands where the month rules can read it (see MONTH_WORD_AT). A bare search for the names
 * passed nearly every line, since «اب» (آب), «ماي» and «اوت» are written inside many words («كتاب», «انتخابات»), and
 * each of those rules, opening with a lookbehind, was then tried at every position of the line. The names are found
 * by the cheap search, and only where one is found are its neighbours asked.
 */
export const HAS_MONTH_WORD: KeyTest = {
  test(key: string): boolean {
    MONTH_NAME.lastIndex = 0;
    let found = false;
    for (;;) {
      const m = MONTH_NAME.exec(key);
      if (m === null) break;
      MONTH_WORD_AT.lastIndex = m.index;
      found = MONTH_WORD_AT.test(key);
      if (found) break;
      // Every place a name starts is asked, not only after the one found (it tries all the names where it stands).
      MONTH_NAME.lastIndex = m.index + 1;
    }
    MONTH_NAME.lastIndex = 0;
    return found;
  },
};
// A year of the solar Hijri era (13xx, 14xx): most lines have none, and a digit scan is cheaper than the month names.
export const HAS_SOLAR_YEAR = /(?<!\d)1[34]\d{2}(?!\d)/u;
// A year of Libya's Jamahiriya: 1979-2011, or 1347-1379 of its era from the Prophet's death («و.ر»).
export const HAS_JAMAHIRIYA_YEAR = /(?<!\d)(?:19[789]\d|20(?:0\d|1[01])|13[4-7]\d)(?!\d)/u;

/** A day: digits (optionally with the article, «الـ25») or a written ordinal. Groups carry the suffix. */
export function day(suffix = ''): string {
  return `(?:(?:ال)?${NB}(?<dayNum${suffix}>\\d{1,2})${NE}|(?<dayWord${suffix}>${ORDINAL}))`;
}

/** The second name of a double-named month: «كانون الأول/ ديسمبر», «ديسمبر (كانون الأول)», «مارس - آذار». */
export const MONTH2 = `(?:\\s*[/\\\\|-]\\s*|\\s*[(\\[]\\s*|\\s+او\\s+)(?<month2>${MONTH})(?:\\s*[)\\]])?`;

/** What may stand between a month and its year: nothing, a comma, «عام», «من العام», «لسنة»... */
export const YEAR_LINK = '(?:\\s*,\\s*|\\s+)(?:(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+|(?:لعام|للعام|لسنه|للسنه)\\s+)?';

/** A four-digit Gregorian year, with the optional era mark «م»; never a Hijri year («1446هـ»). */
export function year(name = 'year'): string {
  return `${NB}(?<${name}>\\d{4})(?!\\s*ه${E})(?<${name}Era>\\s?م${E})?${NE}`;
}
