/**
 * «منذ 2011», «بدأت منذ ثلاثة أيام»: a date with «منذ» says when something began (or how long ago), which in a
 * sentence that also dates its own event («التي عقدت الأربعاء … بعد أزمة بدأت منذ ثلاثة أيام») is another event's
 * start. The event takes the sentence's other dates; a «منذ» date alone still dates it.
 *
 * A bare year beside a day the sentence names is background too: «الاستيلاء على دمشق يوم الأحد يمثل نهاية لأكثر من
 * عقد من الصراع في أعقاب الانتفاضة الشعبية في عام 2011» tells of Sunday; 2011 dates the uprising it looks back on.
 * The year never dates such a sentence, even when its day cannot be resolved (an article without a date).
 */
import { normalise } from '../../text/arabic/index.ts';
import { WEEKDAYS } from '../../text/dates/lexicon.ts';
import { opensWithSince, sinceBefore } from '../../text/dates/since-frame.ts';

// «يوم الأحد», «أمس»: a day named by the sentence itself, resolvable against its article's date or not.
const WEEKDAY_KEYS = Object.keys(WEEKDAYS).map(normalise).join('|');
const OWN_DAY = new RegExp(`(?:^|[^\\p{L}])(?:[وف]?يوم\\s+(?:${WEEKDAY_KEYS})|[وف]?امس)(?![\\p{L}])`, 'u');

/** Whether a sentence names a day of its own («يوم الأحد», «أمس»), whatever its dates resolved to. */
function namesOwnDay(text: string): boolean {
  return OWN_DAY.test(normalise(text));
}

/** The mentions that date the sentence's own event: those without «منذ» before or opening them, when any. */
export function eventDatesFirst<M extends { start: number; text: string; value: string }>(text: string, mentions: readonly M[]): M[] {
  let own = mentions.filter((m) => !sinceBefore(text, m.start) && !opensWithSince(m.text));
  const bareYear = (m: M): boolean => /^\d{4}$/u.test(m.value);
  if (own.some(bareYear) && namesOwnDay(text)) {
    own = own.filter((m) => !bareYear(m));
    if (own.length === 0) return [];
  }
  return own.length > 0 ? own : [...mentions];
}
