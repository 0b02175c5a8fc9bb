// The Arabic date tagger: finds and normalises date expressions (see find-dates.ts).
export type { DateMention, DateContext } from './types.ts';
export { findDates } from './find-dates.ts';
export { resolveStoryDates } from './story-dates.ts';
export type { StoryDate, StoryDateCheck } from './story-checks.ts';
export { isMonthName, isWeekdayName, isWeekdayWord, weekdayOfWord, NUMBER_BY_KEY, WEEKDAY_PATTERN, WEEKDAY_WORDS, WEEKDAY_WRITTEN_PATTERN } from './patterns.ts';
export { fullDay, isoDay, isValidYmd, namesDay, parsePartialDate, toDayNumber, weekdayOf } from './calendar.ts';
export { CLOCK, CLOCK_WITH_SECONDS, clockPattern, DOTTED_CLOCK, SHORT_MERIDIEM, type ClockParts } from './clock-pattern.ts';
