/**
 * Two days each told by two reports (issue 14): an event whose members name two days, each named by two members or
 * more, one of which reports its own article's day («ظهر اليوم الثلاثاء» in Tuesday's article beside «يوم الثلاثاء»
 * in Wednesday's; «مساء اليوم الأربعاء» in Wednesday's beside «أمس الأربعاء» in Thursday's), is two events of one kind
 * — two videos posted a day apart in the same words — not one event whose day is disputed. A disputed day is one
 * report against the rest, or two reports one against the other (a repair each source dates to its own day): the
 * grouping joins those, and the date question asks the day. Members naming no day, or two, stay with the earlier day's.
 */

/** What the split reads of a unit: the one day it names (a day number), if any, and whether that is its article's own. */
export interface UnitDay {
  day: number | undefined;
  own: boolean;
}

// How many reports must name each of the two days.
const REPORTS_PER_DAY = 2;

/** The events with each event of two corroborated days split in two, the later day's right after the earlier's. */
export function splitCorroboratedDays(events: readonly number[][], dayOf: (unit: number) => UnitDay): number[][] {
  return events.flatMap((members) => {
    if (members.length < 2 * REPORTS_PER_DAY) return [members];
    const byDay = new Map<number, number[]>();
    const owns = new Set<number>();
    for (const k of members) {
      const { day, own } = dayOf(k);
      if (day === undefined) continue;
      byDay.set(day, [...(byDay.get(day) ?? []), k]);
      if (own) owns.add(day);
    }
    if (byDay.size !== 2) return [members];
    const days = [...byDay.keys()].sort((a, b) => a - b);
    if (!days.every((d) => (byDay.get(d)?.length ?? 0) >= REPORTS_PER_DAY && owns.has(d))) return [members];
    const later = new Set(byDay.get(days[1] as number));
    return [members.filter((k) => !later.has(k)), members.filter((k) => later.has(k))];
  });
}
