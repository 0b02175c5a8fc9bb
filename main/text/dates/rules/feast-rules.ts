// Feasts of a fixed Gregorian day that news dates events by: «رأس السنة الميلادية» (1 January), «عيد الميلاد المجيد»
// (25 December), and the eve of either («عشية»، «ليلة»: the day before).
import { addDays, isoDay } from '../calendar.ts';
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

export const feast: Rule = {
  name: 'feast',
  pattern: rx(`${BC}(?:${EVE})?(?:(?<newYear>${NEW_YEAR})|(?<christmas>${CHRISTMAS}))(?:\\s+(?<year>\\d{4}))?${E}`),
  requires: /راس\s+السنه|عيد\s+الميلاد/u,
  build(m, env) {
    const g = groups(m);
    const written = yearOf(g);
    if (written === null) return null;
    const feastDay = g.newYear !== undefined ? { month: 1, day: 1 } : { month: 12, day: 25 };
    const { ks, ke } = span(m);
    if (written !== undefined) {
      // «عشية رأس السنة 2020»: the year written is the feast's, its eve the day before (31 December 2019).
      const day = addDays({ year: written, ...feastDay }, g.eve === undefined ? 0 : -1);
      return { ks, ke, value: isoDay(day), approximate: false, yearBasis: 'explicit', kind: 'date' };
    }
    // Unwritten, the day meant (the eve's own, 31 December or 24 December, or the feast's) takes its year as a written
    // day and month does: nearest the article by the clause's tense (resolve.ts).
    const meant = g.eve === undefined ? feastDay : feastDay.month === 1 ? { month: 12, day: 31 } : { month: 12, day: 24 };
    const resolved = resolveDayMonth(meant.month, meant.day, { tense: tenseAround(env.key, ks, ke) }, env.ref);
    if (resolved === null || resolved.yearBasis === 'unknown') return null;
    return { ks, ke, ...resolved, approximate: false, kind: 'date' };
  },
};
