// The one clock pattern the rules that read a page's clocks build on, and its named variants. The rules mean
// different things by a clock (a date line's part, a stamp's closing or opening clock, a byline's clock with its
// words), so each variant says what it adds to the base; the pattern itself is written here only.

/** The parts a clock may hold beyond its hours and minutes. */
export interface ClockParts {
  /** A dot sets the parts apart as well as a colon: «10.30», as bylines and date lines print it. */
  dot?: boolean;
  /** Seconds may follow, set apart as the minutes are: «10:22:47». */
  seconds?: boolean;
  /**
   * Latin digits only (\d). The byline rule was written so; Arabic-Indic clocks there are not read, and widening
   * it would change what that rule takes.
   */
  latinDigits?: boolean;
}

/** The source of a clock pattern: hours (one or two digits) and minutes (two), with the parts asked for. */
export function clockPattern(parts: ClockParts = {}): string {
  const digit = parts.latinDigits === true ? String.raw`\d` : String.raw`\p{N}`;
  const separator = parts.dot === true ? '[:.]' : ':';
  const seconds = parts.seconds === true ? `(?:${separator}${digit}{2})?` : '';
  return `${digit}{1,2}${separator}${digit}{2}${seconds}`;
}

/** The base: hours and minutes set apart by a colon, «10:30», «٩:٠٥». */
export const CLOCK = clockPattern();
/** The base with its seconds when printed: «10:22:47». */
export const CLOCK_WITH_SECONDS = clockPattern({ seconds: true });
/** Hours and minutes set apart by a colon or a dot: «10:30», «10.30». */
export const DOTTED_CLOCK = clockPattern({ dot: true });
/** The short meridiem marks a clock may close on, «ص», «م», «am», «pm»: for case-insensitive patterns. */
export const SHORT_MERIDIEM = '(?:ص|م|am|pm)';
