// Feasts of a fixed Gregorian day that news dates events by: «رأس السنة الميلادية» (1 January), «عيد الميلاد المجيد»
// (25 December, or 7 January where the Coptic church keeps it), and the eve of either («عشية»، «ليلة»: the day
// before).
import { addDays, fullDay, isoDay, parsePartialDate, toDayNumber, type Ymd } from '../calendar.ts';
import { tenseAround } from '../context-cues.ts';
import { BC, E } from '../patterns.ts';
import { resolveDayMonth } from '../resolve.ts';
import { groups, rx, span, yearOf, type Rule } from './rule-kit.ts';

// The eve of a feast: the evening or the night before it, so the day before.
const EVE = '(?<eve>عشيه|ليله)\\s+';
// «رأس السنة» alone is the Gregorian one in Arabic news; any other year is said with its adjective, and another day:
// the Hijri, Amazigh, Jewish, Chinese, Coptic new years, the school or the financial year («رأس السنة الدراسية»). So
// the bare form counts only when no definite word follows it.
const NEW_YEAR = 'راس\\s+السنه(?:\\s+(?:الميلاديه|الجديده)|(?!\\s+ال))';
// «عيد الميلاد» with the article is Christmas; a birthday is «عيد ميلاده» or «عيد الميلاد الخمسين لـ…» (a definite word
// after it), which is read as no date.
const CHRISTMAS = 'عيد\\s+الميلاد(?:\\s+المجيد|(?!\\s+ال))';

// The Coptic church keeps Christmas on 7 January (the Julian 25 December): a text that names it, or the Eastern or
// Julian calendar, means that day; one that names the Western churches means 25 December. «الأرثوذكس» alone says
// neither: the Antiochian (Greek) Orthodox of the Levant keep 25 December, the Russian, Serbian and Ethiopian 7 January.
const EASTERN = /(?:^|\s)(?:[وبل]{0,2})(?:ال)?(?:قبطي|قبطيه|اقباط|كرازه\s+المرقسيه|البابا\s+تواضروس)(?=\s|$)|التقويم\s+(?:الشرقي|اليولياني)/u;
const WESTERN = /(?:^|\s)(?:[وبل]{0,2})(?:ال)?(?:كاثوليك|كاثوليكي|كاثوليكيه|بروتستانت|بروتستانتي|الفاتيكان)(?=\s|$)|التقويم\s+(?:الغربي|الغريغوري)/u;
const EASTERN_CHRISTMAS = { month: 1, day: 7 };
// Both Christmases fall within this many days of the article where neither church is named: the text alone cannot
// say which is meant, and the day is left unresolved rather than guessed.
const BOTH_NEAR_DAYS = 20;

/**
 * Which Christmas the text means: by the church or calendar it names; else 25 December, unless both days fall near
 * the article, when the text alone cannot tell (null: left unresolved).
 */
function christmasDay(key: string, ref: Ymd | null, resolve: (d: { month: number; day: number }) => string | null): { month: number; day: number } | null {
  if (EASTERN.test(key) && !WESTERN.test(key)) return EASTERN_CHRISTMAS;
  if (WESTERN.test(key) || ref === null) return { month: 12, day: 25 };
  const near = (d: { month: number; day: number }): boolean => {
    const day = fullDay(parsePartialDate(resolve(d)));
    return day !== null && Math.abs(toDayNumber(day) - toDayNumber(ref)) <= BOTH_NEAR_DAYS;
  };
  return near({ month: 12, day: 25 }) && near(EASTERN_CHRISTMAS) ? null : { month: 12, day: 25 };
}

export const feast: Rule = {
  name: 'feast',
  pattern: rx(`${BC}(?:${EVE})?(?:(?<newYear>${NEW_YEAR})|(?<christmas>${CHRISTMAS}))(?:\\s+(?<year>\\d{4}))?${E}`),
  requires: /راس\s+السنه|عيد\s+الميلاد/u,
  build(m, env) {
    const g = groups(m);
    const written = yearOf(g);
    if (written === null) return null;
    const { ks, ke } = span(m);
    const tense = { tense: tenseAround(env.key, ks, ke) };
    const feastDay = g.newYear !== undefined
      ? { month: 1, day: 1 }
      : christmasDay(env.key, env.ref.day, (d) => resolveDayMonth(d.month, d.day, tense, env.ref)?.value ?? null);
    if (feastDay === null) return null;
    if (written !== undefined) {
      // «عشية رأس السنة 2020»: the year written is the feast's, its eve the day before (31 December 2019).
      const day = addDays({ year: written, ...feastDay }, g.eve === undefined ? 0 : -1);
      return { ks, ke, value: isoDay(day), approximate: false, yearBasis: 'explicit', kind: 'date' };
    }
    // Unwritten, the day meant (the eve's own, 31 December or 24 December, or the feast's) takes its year as a written
    // day and month does: nearest the article by the clause's tense (resolve.ts).
    // (The eve's month and day are those of any year: neither feast falls on 1 March.)
    const meant = g.eve === undefined ? feastDay : addDays({ year: 2001, ...feastDay }, -1);
    const resolved = resolveDayMonth(meant.month, meant.day, tense, env.ref);
    if (resolved === null || resolved.yearBasis === 'unknown') return null;
    return { ks, ke, ...resolved, approximate: false, kind: 'date' };
  },
};
