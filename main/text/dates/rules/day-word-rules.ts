// Weekdays and the relative day words («أمس», «غدا», «اليوم»), resolved against the article's date.
import { addDays } from '../calendar.ts';
import { announcedAround, charAfter, charBefore, gatheringBefore, hasFutureCue, startsFrom, verbBefore, verbBeforePlace, wordAfter, wordBefore } from '../context-cues.ts';
import { BC, DAY_PART, FUTURE, PAST, WEEKDAY, WEEKDAY_BY_KEY, E, compact, HAS_WEEKDAY } from '../patterns.ts';
import { resolveWeekday } from '../resolve.ts';
import { weekdayMismatch } from '../story-checks.ts';
import { dayCandidate, groups, relationOf, rx, span, type Rule } from './rule-kit.ts';

// ——— weekdays ———

// Sunday («الأحد») and Monday («الاثنين»), JavaScript's numbering: also "the one" and "both".
const AMBIGUOUS_AFTER_VERB = new Set([0, 1]);

export const weekday: Rule = {
  name: 'weekday',
  pattern: rx(`${BC}(?:(?<today>اليوم)\\s*,?\\s*)?(?:(?<pre>يوم|${DAY_PART})\\s+(?:يوم\\s+)?)?(?<wd>${WEEKDAY})(?:\\s+(?<rel>${PAST}|${FUTURE}))?${E}`),
  requires: HAS_WEEKDAY,
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const wd = g.wd === undefined ? undefined : WEEKDAY_BY_KEY.get(compact(g.wd));
    if (wd === undefined) return null;
    // «الاثنين» is also "both", «الجمعة» the prayer, «الأحد» "the one": a weekday needs a date context —
    // «يوم», «اليوم», a part of the day, «الماضي/المقبل», a comma-delimited (dateline) position, «بداية من», or
    // a finite verb right before it («عقدت الأربعاء», «ستجتمع الخميس»).
    const before = charBefore(env.key, ks);
    const delimited = (before === ',' || before === '\n' || before === '' || before === '-') && charAfter(env.key, ke) === ',';
    const from = startsFrom(env.key, ks);
    // …or across the place it happened at («وصلت إلى كسلا الاثنين»).
    const verb = verbBefore(env.key, ks) ?? verbBeforePlace(env.key, ks);
    // After a verb, «الأحد» ("the one") and «الاثنين» ("both": «وقع الاثنين على الاتفاق») are its subject or object
    // as often as its day: they also need a clause end after them.
    const verbDated = verb !== null && (!AMBIGUOUS_AFTER_VERB.has(wd) || /^(?:[.,;:!?؟\n]|)$/u.test(charAfter(env.key, ke)));
    // …or a gathering's noun after «في / خلال» («في اجتماعه الثلاثاء»).
    const gathering = !verbDated && gatheringBefore(env.key, ks);
    if (g.today === undefined && g.pre === undefined && g.rel === undefined && !delimited && !from && !verbDated && !gathering) return null;
    // A bare weekday after a present verb that announces it («وتنظم … وقفة مساء الثلاثاء») is the one to come; the
    // article's own weekday stays its day (resolveWeekday), and a «الماضي/المقبل» after it says which way by itself.
    const announced = g.rel === undefined && g.today === undefined && announcedAround(env.key, ks, ke);
    const future = from || (verb === 'future' && g.pre === undefined) || hasFutureCue(env.key, ks, ke) || announced;
    const d = resolveWeekday(wd, relationOf(g.rel), future, g.today !== undefined, env.ref);
    return d === null ? null : dayCandidate(ks, ke, d, 'weekday');
  },
};

// ——— relative day words ———

const OUTLET_NEXT = new Set(['السابع', 'التالي', 'الذي', 'نفسه', 'ذاته', 'الثاني', 'الاول', 'الاخير', 'الوطني', 'العالمي', 'الدولي']);
const TODAY_AFTER = new Set(['ان', 'انه', 'انها', 'ايضا']);
// «X اليوم» after a medium («قناة روسيا اليوم», «صحيفة ...») or a country («مصر اليوم», «العراق اليوم») is
// far more often a title or "nowadays" than "today": a precision-first tagger leaves it.
const MEDIA = /(?:^|\s)(?:قناه|صحيفه|جريده|موقع|وكاله|شبكه|مجله|تلفزيون|اذاعه|راديو|برنامج|منصه|نشره)\s+(?:\S+\s+){0,2}$/u;
const COUNTRIES = new Set(['روسيا', 'مصر', 'العراق', 'سوريا', 'سوريه', 'لبنان', 'فلسطين', 'الاردن', 'الكويت', 'السودان', 'اليمن', 'ليبيا', 'تونس',
  'الجزائر', 'المغرب', 'عمان', 'قطر', 'البحرين', 'السعوديه', 'الامارات', 'تركيا', 'ايران', 'امريكا', 'اميركا', 'فرنسا', 'الصين', 'اسرائيل', 'العالم', 'الخليج']);

// Whether the word before «اليوم» or «أمس» is a part of the day («صباح اليوم»), and whether it is that or «يوم»:
// each expression built once, not again at every such word the tagger reads.
const IS_DAY_PART = new RegExp(`^${DAY_PART}$`, 'u');
const IS_DAY_OR_PART = new RegExp(`^(?:يوم|${DAY_PART})$`, 'u');

function todayAccepted(key: string, ks: number, ke: number): boolean {
  const prev = wordBefore(key, ks);
  const next = wordAfter(key, ke);
  if (OUTLET_NEXT.has(next) || COUNTRIES.has(prev) || MEDIA.test(key.slice(Math.max(0, ks - 60), ks))) return false;
  const before = charBefore(key, ks);
  if (IS_DAY_PART.test(prev) || prev === 'حتي' || prev === 'منذ') return true;
  // «في وقت سابق اليوم», «في وقت لاحق من اليوم»
  if (/(?:سابق|لاحق)(?:\s+من)?\s*$/u.test(key.slice(Math.max(0, ks - 12), ks))) return true;
  // «قال ...، اليوم، إن»: set off by commas.
  if (before === ',' && charAfter(key, ke) === ',') return true;
  // «أعلنت الوزارة اليوم أن ...»: a verb of saying, then «اليوم», then its complement; a name followed
  // by «اليوم» («مصر اليوم», «روسيا اليوم») is not followed by «أن».
  return TODAY_AFTER.has(next) && before !== ',' && /\p{L}/u.test(prev);
}

export const relativeDay: Rule = {
  name: 'relative-day',
  // A weekday after the word says the day again («أمس الجمعة», «غدا الأحد»); «اليوم الأحد» is the weekday rule's.
  // «الليلة الماضية» (last night, the night before the article's day; «الليلة البارحة», «المنصرمة», «الفائتة» alike)
  // is the evening of yesterday, as «مساء أمس» is; «الليلة» alone may be tonight or a night to come, and is left.
  // «أول من أمس», the day before yesterday in most newsrooms' words, is «أول أمس» with the preposition written.
  pattern: rx(`${BC}(?<w>اول\\s+(?:من\\s+)?امس|امس\\s+الاول|الليله\\s+(?:الماضيه|المنصرمه|الفائته|البارحه)|البارحه|الامس|امس|بعد\\s+غد|غدا|غد|الغد|اليوم)(?:\\s+(?<wd>${WEEKDAY}))?${E}`),
  requires: /امس|البارحه|غد|اليوم|الليله/u,
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const w = compact(g.w ?? '');
    const prev = wordBefore(env.key, ks);
    const dayPartBefore = IS_DAY_OR_PART.test(prev);
    let offset: number;
    if (w === 'اولامس' || w === 'اولمنامس' || w === 'امسالاول') offset = -2;
    else if (w === 'امس' || w === 'الامس' || w === 'البارحه' || w.startsWith('الليله')) offset = -1;
    else if (w === 'بعدغد') offset = 2;
    else if (w === 'اليوم') {
      // «اليوم الأحد» is the weekday rule's (it reads «اليوم» before a weekday).
      if (g.wd !== undefined || !todayAccepted(env.key, ks, ke)) return null;
      offset = 0;
    } else if (w === 'غدا') {
      // «غدا» is also the verb "became": accept it in a future clause, after a part of the day, or at a clause end.
      const after = charAfter(env.key, ke);
      if (g.wd === undefined && !dayPartBefore && !hasFutureCue(env.key, ks, ke) && !/^[.,;:!?؟\n]?$/u.test(after) && !WEEKDAY_BY_KEY.has(wordAfter(env.key, ke))) return null;
      offset = 1;
    } else {
      // «الغد» and «غد» alone are outlet names or "the future"; «يوم الغد», «صباح غد» are tomorrow.
      if (!dayPartBefore) return null;
      offset = 1;
    }
    if (env.ref.day === null) return null;
    const day = addDays(env.ref.day, offset);
    if (g.wd === undefined) return dayCandidate(ks, ke, day, 'relative');
    const written = WEEKDAY_BY_KEY.get(compact(g.wd));
    if (written === undefined) return null;
    // The weekday agrees: the day is confirmed. It disagrees: the article's date or the text is wrong by some days,
    // and the day is only approximately known.
    return weekdayMismatch(day, written) === null ? { ...dayCandidate(ks, ke, day, 'relative'), confirmed: true } : dayCandidate(ks, ke, day, 'relative', true);
  },
};
