/**
 * Solar Hijri (the Iranian civil calendar) → Gregorian. A year opens at Nowruz, 1 Farvardin, on 19–22 March of the
 * Gregorian year 621 after it; its first six months have 31 days, the next five 30, the last 29 or 30. ICU's
 * 'persian' calendar (Node's Intl, arithmetic, the same in every build) says on which March day the year opened and
 * whether the day counted to exists.
 */
import { addDays, isValidYmd, type Ymd } from './calendar.ts';

const PERSIAN = new Intl.DateTimeFormat('en-US-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The solar Hijri year, month and day ICU gives a Gregorian day. */
function solarOf(d: Ymd): [number, number, number] {
  const parts = PERSIAN.formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return [part('year'), part('month'), part('day')];
}

/** The Gregorian day of a solar Hijri date, or null when the date does not exist. */
export function solarHijriDay(year: number, month: number, day: number): Ymd | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const nowruz = [20, 21, 19, 22].map((d) => ({ year: year + 621, month: 3, day: d })).find((d) => {
    const [y, m, dd] = solarOf(d);
    return y === year && m === 1 && dd === 1;
  });
  if (nowruz === undefined) return null;
  const g = addDays(nowruz, (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1);
  // The last month's 30th exists only in a leap year: the day counted to must read back as the one asked for.
  const [y, m, dd] = solarOf(g);
  return isValidYmd(g) && y === year && m === month && dd === day ? g : null;
}
