import { CLOCK, CLOCK_WITH_SECONDS, SHORT_MERIDIEM, WEEKDAY_WRITTEN_PATTERN, type DateMention } from '../../text/dates/index.ts';
import type { PartialDate } from '../../model/article.ts';
import { leftoverWords, lineDates } from './dateline.ts';
import { isKnownPlace } from './known-places.ts';
import { findOutletMentions } from './known-outlets.ts';
import { monthFirstWhenLater } from './month-first-stamp.ts';
import { labelWordsOnly } from './outlet-name-guard.ts';
import { relativeStamp } from './relative-stamp.ts';
import { creditBeside } from './stamp-credit.ts';
import { parseByline, POSTED_IT } from './byline.ts';

/** A date a line of the page prints for the article, and how the line presents it. */
export interface Stamp {
  value: PartialDate;
  basis: 'explicit' | 'inferred';
  /** «نشر في», «تاريخ النشر» (published); «آخر تحديث» (updated); or no label. */
  label: 'published' | 'updated' | null;
  /** Read from «منذ 3 ساعات», «أمس» against the import date rather than printed. */
  relative: boolean;
  /**
   * The site's own clock rather than the article's stamp: a weekday's Gregorian date printed with the Hijri day and
   * the time of day beside it («الخميس 15 يناير 2026 07:48 ص 26 رجب 1447 هـ»), as mastheads show the day of the visit.
   */
  siteClock?: boolean;
}

const DATED = new Set<DateMention['kind']>(['date', 'month', 'hijri']);
// A stamp gives a day; a day without its year («دمشق-سانا 3 كانون الأول») is the page's too (the reader dates it by
// the import, see withImportYear). A month and a year without a day («كانون الثاني 2026», «رجب 1447 هـ - يناير 2026
// م») is the period a press release or a monthly issue covers, not the day the article was published.
const FULL = /^(?:\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/u;
// A time of day beside the dates: with the Hijri day beside the Gregorian, the line is a masthead's clock.
const TIME_OF_DAY = /(?<!\p{N})\p{N}{1,2}:\p{N}{2}(?!\p{N})/u;
// Harakat and the dagger alef: «نُشر» is «نشر».
const HARAKAT = /[\u064B-\u0652\u0670]/gu;
const LABELS: readonly { re: RegExp; label: 'published' | 'updated' }[] = [
  // «آخر تعديل» is the research centres' and WordPress themes' «last modified»; «edited» marks a channel's post
  // changed after it went out («👁 3.4K edited Jan 13, 2026 at 18:22»).
  { re: /(?:آخر|اخر|أخر)\s+(?:تحديث|تعديل)|تم\s+(?:التحديث|التعديل)|(?<![\p{L}])(?:محدث|محدّث|تحديث|التحديث)(?![\p{L}])|last\s+updated|updated|modified|(?<![\p{L}])edited(?![\p{L}])|(?<![\p{L}])aktualisiert(?![\p{L}])|mis\s+[àa]\s+jour/giu, label: 'updated' },
  // «تاريخ الخبر», «التاريخ:», «أضيف في», «date 2025-09-18»: the page's own date of the article; «بدأت التغطية» opens a
  // live page, which later entries update.
  // «صدر في» dates a weekly's or a paper's issue; «Published On» is a theme's English label, and «Pubblicato il»,
  // «Publicado el», «Publicerad», «Gepubliceerd op» the labels of the European stamps european-date.ts reads.
  // «تاريخ البدء»: the live page's own start, over the «آخر تحديث» of its last entry.
  { re: /(?:بدأت|بدء|انطلقت)\s+التغطي[ةه]|تاريخ\s+(?:البدء|البداي[ةه]|الانطلاق)|تم\s+نشر\s+هذا\s+(?:المحتوى|المقال|الخبر)\s+(?:على|في|بتاريخ)|تم\s+النشر|(?:مساهمة|مشاركة)\s+من\s+طرف|تاريخ\s+(?:النشر|الخبر|المقال|الإضافة|الاضافة)|(?<![\p{L}])و?(?:نشر|نشرت|منشور|بتاريخ|تاريخ|التاريخ|أضيف|اضيف|أضيفت)(?![\p{L}])|(?<![\p{L}])و?(?:صدر|صدرت)\s+(?:في|بتاريخ)(?![\p{L}])|published(?:\s+on)?|(?<![\p{L}])ver[öo]ffentlicht(?:\s+am)?(?![\p{L}])|posted(?:\s+on)?|publi[ée]e?(?:\s+le)?|(?<![\p{L}])(?:pubblicato|publicado|publicerad|publiceret|publisert|gepubliceerd)(?:\s+(?:il|el|em|den|op))?(?![\p{L}])|date\s+published|(?<![\p{L}])(?:date|dated)(?![\p{L}])/giu, label: 'published' },
];
// A label written with «و» before it; «وبتاريخ» and the rest: see labelsOf.
const JOINED_LABEL = /^و(?:نشر|نشرت|منشور|بتاريخ|تاريخ|التاريخ|أضيف|اضيف|أضيفت|صدر|صدرت)(?![\p{L}])/u;
// A clock after a date: a year-less day with one is a social post's header only in the page's head or with its dot.
const CLOCK_AFTER = /\d{1,2}:\d{2}/u;
const COPYRIGHT = /حقوق\s+(?:ال)?(?:نشر|طبع)?\s*محفوظ|الحقوق\s+محفوظ|©|copyright|all\s+rights\s+reserved/iu;
// Icons before a stamp: emoji, pictographs, arrows and bullets.
const LEADING_ICONS = /^[\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D\s|•·:：\-–—]+/u;

const RELATIVE_HINT = /منذ|قبل|أمس|امس|البارح|اليوم|ago|yesterday|today|il\s+y\s+a|hier/iu;
// «2025-11-07 10:20:00 - المصدر: روسيا اليوم»: aggregators print the source after the stamp, on its line.
const SOURCE_TAIL = /\s[-–—|]\s*(?:المصدر|مصدر الخبر|source)\s*[:：].*$/iu;
const SECTION_TAIL = /\|[\s,،]*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$/u;
// «الجريدة٠٣-٠١-٢٠٢٦»: an aggregator prints the source's name glued to the stamp (no space between them); the glue
// says the words are a label, not prose. Only a numeric date that ends the line is read so.
const GLUED_SOURCE = /^\s*\p{L}[\p{L}\p{M} ]{1,30}?\p{L}(?=\p{N}{1,4}[-/.]\p{N}{1,2}[-/.]\p{N}{1,4}\s*$)/u;
// A stamp credited to its source, as sites and aggregators print it: «مدار الساعة ـ نشر في 2026/01/11» (the credit
// before the label, set off by a dash or a tatweel, or by a space when a colon closes the label: an HTML page's author
// field joined to its stamp, «المملكة نشر: 18:20 13-01-2026»), «نشر في الوئام يوم 09 - 01 - 2026» (the source between «نشر في»
// and the day word). The credit is a name of up to four words; a label must follow or a day word close it.
const CREDIT_BEFORE_LABEL = /^\s*\p{L}[\p{L}\p{M} ]{1,30}?\s*(?:[-–—\u0640]+\s*(?=(?:نشر|تم\s+النشر|تاريخ\s+النشر)(?![\p{L}]))|\s(?=(?:نشر|تم\s+النشر|تاريخ\s+النشر)\s*[:：]))/u;
const SOURCE_BEFORE_DAY = /(?<=(?:^|[^\p{L}])نشر\s+في\s+)\p{L}[\p{L}\p{M} ]{1,30}?(?=\s+(?:يوم|بتاريخ)\s+\p{N})/u;
// «مُساهمة من طرف أبو فلان الثلاثاء يناير 13, 2026 9:40 am»: a forum post's header, the poster's name between the
// label and the weekday of the stamp (harakat are gone by then).
const FORUM_POSTER = new RegExp(`(?<=(?:^|[^\\p{L}])(?:مساهمة|مشاركة)\\s+من\\s+طرف\\s+)\\p{L}[\\p{L}\\p{M} ]{1,30}?(?=\\s+${WEEKDAY_WRITTEN_PATTERN}(?![\\p{L}]))`, 'u');
// «نُشرت بواسطة عمر الحجايا في 12 يناير، 2026»: WordPress's Arabic default meta line, the poster between «بواسطة» and
// «في» before the day (harakat are gone by then).
// The poster may be an account's handle («zainab_k», «admin-2»), as blogs print it.
const POSTED_BY = /(?<=(?:^|[^\p{L}])(?:نشر|نشرت|كتب|كتبت|أضيف|اضيف|أضيفت|اضيفت)\s+)بواسطة\s*[:：]?\s*[\p{L}@][\p{L}\p{M}\p{N}_.\- ]{1,30}?(?=\s+(?:في|بتاريخ|يوم)\s+\p{N})/u;
// «نشرت منذ يومين في مقالات بواسطة عاجل نيوز»: a theme's meta line closes the stamp with the section it is filed in
// and the account that posted it.
const POSTED_TAIL = /(?<=\S)\s+(?:في\s+\p{L}[\p{L}\p{M} ]{0,25}?\s+)?بواسطة\s*[:：]?\s*\p{L}[\p{L}\p{M}. ]{0,30}$/u;
// «موضوع: أخبار يوم ١٣ كانون الثاني الثلاثاء 13 يناير 2026 - 21:30»: a forum's topic line, the topic's title and then the
// post's date and clock closing the line. Not «الموضوع:», an official letter's subject, which may end on the day of a
// meeting it announces; and only with the clock, which forums print and a subject does not.
const FORUM_TOPIC = /^\s*(?:موضوع|عنوان\s+الموضوع)\s*[:：]/u;
const CLOSING_CLOCK = new RegExp(String.raw`^\s*(?:[-–—|،,]\s*)?${CLOCK_WITH_SECONDS}\s*${SHORT_MERIDIEM}?\s*$`, 'iu');
// «تابعنا على: 10:40 2026-01-12», «شارك: …»: a theme prints its follow and share widgets' labels on the stamp's line.
const SOCIAL_LABEL = /(?<![\p{L}])(?:تابعنا|تابعونا|تابعوا|شارك|شاركها|شارك\s+الخبر|مشاركة)(?:\s+(?:على|عبر))?\s*[:：]|(?<![\p{L}])(?:follow\s+us(?:\s+on)?|share)\s*[:：]/giu;
// «Published On 13/1/202613/1/2026»: a template that prints a stamp twice, the copy glued to it.
const GLUED_TWICE = /(?<!\p{N})(\p{N}{1,4}([-/.])\p{N}{1,2}\2\p{N}{1,4})\1(?!\p{N})/u;
// «العدد - 5012السنة الثالثة والعشرون», «السنة الحادية عشرة»: a print issue's number and its volume («السنة» and a
// number or an ordinal), read only on a line that names the issue.
const ISSUE_VOLUME = /(?<![\p{L}])السن[ةه]\s+(?:\p{N}+|\p{L}+(?:\s+(?:و\p{L}+|عشر[ةه]?))?)(?=\s*$|\s)/u;
// «نُشر في العدد 214 الورقي بتاريخ …، ونُشر على الموقع …», «صدر في النسخة الورقية يوم …»: a paper that prints both
// its print issue's day and the day the article went online names each edition beside its date; the words are the
// labels' furniture, read only on a line that says «نشر» or «صدر».
const EDITION_WORDS = /(?<![\p{L}])(?:(?:ال)?(?:نسخ[ةه]|طبع[ةه]|عدد)\s+)?(?:ال)?(?:ورقي[ةه]?|إلكتروني[ةه]?|الكتروني[ةه]?|رقمي[ةه]?)(?![\p{L}])|(?<![\p{L}])(?:على|في)\s+(?:ال)?(?:موقع|موقعنا)(?:\s+(?:ال)?(?:إلكتروني|الكتروني))?(?![\p{L}])/gu;
// «منذ يومين 214 مشاهدة», «12 يناير 2026 | 3 تعليقات»: the counters a theme prints beside the stamp.
// The counter's label may come first too: «2026-01-13 | المشاهدات: 418». A clock's minutes are no count: in «14:20
// مشاهدات: 1,204» the counter is the label and the figure after it.
const COUNTERS = /(?<![\p{L}\p{N}]|\p{N}:)\p{N}[\p{N},.٬]*\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|تعليق|تعليقات|views?|vues|comments?|commentaires?)(?![\p{L}])|(?<![\p{L}])(?:عدد\s+)?(?:ال)?(?:مشاهدات|قراءات|تعليقات|views|comments)\s*[:：]?\s*\p{N}[\p{N},.٬]*/giu;
// «Edition No 4721», «السعر 200 بيسة»: an issue's number in English and its cover price in a unit word.
// «العدد 19012», «الثمن: 20 دج», «سعر النسخة 1 دينار»: an issue's number and its price as a print page's line gives them.
// «الطبعة الأولى», «الطبعة الثانية»: which of the day's print editions the page shows.
const ISSUE_FURNITURE = /(?<![\p{L}])(?:edition\s+no\.?\s*\p{N}+|(?:ال)?طبع[ةه]\s+(?:ال)?(?:[أا]ول[ىي]|ثاني[ةه]|ثالث[ةه]|\p{N}+)(?![\p{L}])|العدد\s*[:：]?\s*\p{N}+|(?:السعر|الثمن|سعر\s+النسخ[ةه])\s*[:：]?\s*\p{N}+(?:[.,]\p{N}+)?(?:\s+\p{L}+)?)/giu;
const COUNTER_WORD = /مشاهد|قراء|تعليق|view|vues|comment/iu;
// «👁 18.2K», «1.4M», «٣٫٢ ألف»: a channel's or a theme's view counter written short, with no counter word; blanked only
// beside a date found on the line (a lone «3m» is a social page's relative stamp).
const COMPACT_COUNT = /(?<![\p{L}\p{N}.,٫])\p{N}+(?:[.,٫]\p{N}+)?\s?(?:[KkMm]|ألف|الف|مليون)(?![\p{L}\p{N}])/gu;
// «3 دقائق قراءة», «قراءة 4 دقائق», «مدة القراءة: 5 دقائق», «5 min read», «4 min de lecture»: the reading time a theme
// prints beside the stamp, a count of minutes that is no stamp of its own. A number counts only with its minutes'
// unit: «12 يناير 2025 قراءة 3 دقائق» keeps its year (a bare «N قراءة» is a views counter, COUNTERS' to take).
const READING_TIME = /(?<![\p{L}])(?:(?:مدة|وقت|زمن)\s+(?:ال)?قراء[ةه]\s*[:：]?\s*|قراء[ةه]\s+)?(?:\p{N}+\s*(?:دقائق|دقيقة|دقيقه|د(?![\p{L}]))|دقيقة|دقيقتين|دقيقتان)\s*(?:(?:لل)?قراء[ةه](?![\p{L}]))?|(?<![\p{L}\p{N}])\p{N}+\s*min(?:utes?)?\s+(?:read|de\s+lecture)(?![\p{L}])/giu;
const READING_WORD = /قراء[ةه]|read|lecture/iu;
// «[1/13/26, 9:41 PM] أبو علي: …», «[13.01.26 21:41] فلان: …»: a chat export opens each message with its stamp in
// brackets, then the sender and a colon; what follows is the message. The bracket is the line's stamp.
const CHAT_HEADER = /^\s*\[(\p{N}{1,4}[/.-]\p{N}{1,2}[/.-]\p{N}{2,4},?\s+\p{N}{1,2}:\p{N}{2}(?::\p{N}{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|ص|م))?)\]\s*[^:\n]{1,40}:/u;
const blankCredit = (m: string): string => (m.trim().split(/\s+/u).length <= 4 ? ' '.repeat(m.length) : m);

// «منذ 3 أيام في 12/يناير/2026», «زنقة 20 | منذ 21 ساعة | 2026-01-14 18:20»: a relative stamp printed beside the
// date it stands for, as feeds and themes print both; its count and unit are the stamp's furniture then.
const RELATIVE_BESIDE = /(?<![\p{L}])(?:منذ|قبل)\s+(?:\p{N}+\s*)?(?:ثواني|ثوان|ثانية|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر)(?![\p{L}])/gu;
// A line of fields set apart by bars: a feed reader's «source | منذ 21 ساعة | 2026-01-14 18:20».
// A middle dot sets a meta row's fields apart as a bar does («2026-01-14 · 3 دقائق قراءة», «بواسطة فريق التحرير · January 12, 2026»).
const FIELD_BAR = /\s[|｜·]\s/u;
const SECTION_BEFORE_WEEKDAY = new RegExp(`^\\s*[\\p{L}\\p{M}]+\\s+${WEEKDAY_WRITTEN_PATTERN}[\\s,،]+\\p{N}`, 'u');
// A clock right after a date that opens its line: «12 كانون الثاني 2026 11:05ص», «14/01/2026 - 09:30».
// «الأحد 11 يناير 2026 الساعة 06 مساءً»: an hour without its minutes is a clock when «الساعة» and the part of the day
// hold it between them.
const OPENING_CLOCK = new RegExp(String.raw`^\s*[-–—|،,]?\s*(?:${CLOCK}(?![\p{N}])|الساع[ةه]\s+\p{N}{1,2}\s+(?:صباح|مساء|ظهر|عصر|ليل)[اًءً]*(?![\p{L}]))`, 'u');
// «Asia/Tehran», «Africa/Algiers»: a time zone's name as servers print it beside their clock.
const ZONE_NAME = /(?<![\p{L}])(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/gu;
// «arabic.example.cn / 10:22:47 2026-01-09»: a site's host printed beside its stamp is the page's furniture.
const HOST = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s]*)?/giu;

const MAX_STAMP_LINE = 300;

/**
 * Whether the words beside a line's dates leave it a stamp: nothing but labels, clocks, weekdays, outlets and places;
 * or a section's label of one or two words glued to the date («غير مصنف11-1-2026 | 13:05») on a short line; or, after a date labelled as the publication's, the page's next field («تاريخ النشر 08-01-2026 الجهة
 * …»), which a label opened and the date closed.
 */
function onlyStamp(text: string, dates: readonly DateMention[], others: readonly { start: number; end: number }[], published: boolean): boolean {
  const spans = [...dates, ...others];
  const strange = (words: string[]): string[] => words.filter((w) => !isKnownPlace(w));
  const stray = strange(leftoverWords(text, spans));
  if (stray.length === 0) return true;
  // «تقارير الاثنين 12 كانون الثاني 2026 - 04:10 م»: a section's label of one word before the weekday that opens the
  // stamp; prose does not put a weekday and its date right after a lone word.
  if (stray.length === 1 && SECTION_BEFORE_WEEKDAY.test(text)) return true;
  const first = dates.reduce((a, b) => (b.start < a.start ? b : a));
  const head = text.slice(0, first.start);
  // «الرياضة 2026/01/11»: a section's label word (a navigation item's, labelWordsOnly) before a dated stamp that
  // closes the line; prose puts no date right after a lone section word, and a paper's name there is no label word.
  if (stray.length === 1 && dates.length === 1 && first.yearBasis === 'explicit' && text.slice(first.end).trim() === '' && head.trim().split(/\s+/u).length === 1 && labelWordsOnly(head)) return true;
  // A line that opens with the date and its clock is the page's stamp whatever a scrape ran onto it (the headline
  // after «12 كانون الثاني 2026 11:05ص»); one that opens with the date alone may carry a few words of furniture
  // (WordPress's categories, a desk's name: «يناير 14, 2026 الرئيسية, محليات»).
  if (head.trim() === '' && first.yearBasis === 'explicit') {
    const rest = text.slice(first.end);
    if (OPENING_CLOCK.test(rest)) return true;
    const after = spans.map((s) => ({ start: s.start - first.end, end: s.end - first.end })).filter((s) => s.start >= 0);
    // Words only: a figure after the date («السعر 300 فلس») is prose's or a price's, not a stamp's furniture.
    const tail = strange(leftoverWords(rest, after));
    if (!/[.!؟?]\s*$/u.test(rest) && tail.length <= 3 && !/\p{N}/u.test(rest)) return true;
  }
  // The section's label is glued to the date, as a scrape joins two elements of the page: a word set before a date
  // with a space may be prose («الجريدة ٠٣-٠١-٢٠٢٦», «وقال الوزير في 10 يناير»).
  // Fields set apart by bars, the date's own field nothing but the stamp and each other field a name or a label of
  // up to three words (a source, a section, a relative stamp blanked before): a feed's or a theme's meta line.
  if (FIELD_BAR.test(text) && barFieldsStamp(text, dates, spans)) return true;
  const glued = /\p{L}$/u.test(head) && text.trim().split(/\s+/u).length <= 8;
  if (!glued && !published) return false;
  const before = strange(leftoverWords(head, spans.filter((s) => s.end <= first.start)));
  if (glued && before.length <= 2) {
    const after = spans.map((s) => ({ start: s.start - first.start, end: s.end - first.start })).filter((s) => s.start >= 0);
    if (strange(leftoverWords(text.slice(first.start), after)).length === 0) return true;
  }
  return published && before.length === 0;
}

/** The line with the poster's cue and name blanked, when the byline reader names a person there; else as it is. */
function withoutPoster(text: string): string {
  const name = parseByline(text);
  const at = name === null ? -1 : text.indexOf(name);
  return name === null || at < 0 ? text : ' '.repeat(at + name.length) + text.slice(at + name.length);
}

/** Whether a line of bar-set fields is a stamp: see onlyStamp. */
function barFieldsStamp(text: string, dates: readonly DateMention[], spans: readonly { start: number; end: number }[]): boolean {
  let at = 0;
  for (const field of text.split(/[|｜·]/u)) {
    const start = at;
    at += field.length + 1;
    const inside = spans.filter((s) => s.start >= start && s.end <= start + field.length).map((s) => ({ start: s.start - start, end: s.end - start }));
    const words = leftoverWords(field, inside).filter((w) => !isKnownPlace(w));
    const dated = dates.some((d) => d.start >= start && d.end <= start + field.length);
    // «Rédigé par : أحمد أوبلا | Publié le 10/01/2026»: the writer's field of a CMS's meta row, its cue and name.
    if (dated ? words.length > 0 : words.length > 3 && (words.length > 6 || parseByline(field.trim()) === null)) return false;
  }
  return true;
}

// The most words a stamp line holds with its labels, weekday, clock and credits blanked or not.
const MAX_STAMP_WORDS = 18;

/** The labels of a line, left to right, with the span each covers. */
function labelsOf(text: string): { start: number; end: number; label: 'published' | 'updated' }[] {
  const out: { start: number; end: number; label: 'published' | 'updated' }[] = [];
  for (const { re, label } of LABELS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, label });
    }
  }
  // «ونشر», «وصدر في»: most story sentences open with «و», so the joined form is a label only where another label
  // opens the line before it («نُشر في العدد الورقي …، ونُشر على الموقع …»).
  const sorted = out.sort((a, b) => a.start - b.start);
  return sorted.filter((l, i) => i > 0 || !JOINED_LABEL.test(text.slice(l.start, l.end)));
}

/**
 * The publication stamp a page line carries, when the line is a stamp: a date (or a relative «منذ…», «أمس» read
 * against `now`) with nothing else beside it but labels, clocks, weekdays, icons and outlet names — «📅 18/سبتمبر/2025
 * - 06:41 م», «نُشر في: ١٣ كانون الأول ٢٠٢٥», «السبت 05 مايو 2007 الساعة 08 صباحاً / مأرب برس». A line with two labelled
 * dates («نشر: … آخر تحديث: …») gives the published one. Lines of prose give null.
 */
export function readStamp(line: string, now?: string, options: { head?: boolean } = {}): Stamp | null {
  // The page's head, above the story (the default, as most callers read only it): there a slashed stamp may be read
  // month first and a year-less day with a clock is a post's header. In the story a bare «01/06/2026» under «موعد
  // الجلسة:» is a date to come, and «March 3 at 10:00 AM» an event's time.
  const head = options.head ?? true;
  // No stamp line is this long, and HOST's label runs are quadratic on a long alphanumeric run (minutes on 100k digits).
  if (line.length > MAX_STAMP_LINE) return null;
  // A printed date has digits; a relative stamp has its word: every other line is ruled out before the date grammar runs.
  if (!/\p{N}/u.test(line) && (now === undefined || !RELATIVE_HINT.test(line))) return null;
  // «26 سبتمبر نت - جميع الحقوق محفوظة», «© 2026 …»: a copyright line names the site and the year, never the day.
  if (COPYRIGHT.test(line)) return null;
  const chat = line.startsWith('[', line.search(/\S/u)) ? CHAT_HEADER.exec(line) : null;
  if (chat !== null) line = chat[1] ?? line;
  // «… الساعة 14:20 | , اقتصاد»: the section a stamp is filed under follows its last bar.
  let text = line
    .replace(HARAKAT, '')
    .replace(LEADING_ICONS, (m) => ' '.repeat(m.length))
    .replace(SECTION_TAIL, (m) => ' '.repeat(m.length))
    .replace(SOURCE_TAIL, (m) => ' '.repeat(m.length))
    .replace(GLUED_SOURCE, (m) => (m.trim().split(/\s+/u).length <= 4 ? ' '.repeat(m.length) : m))
    .replace(ZONE_NAME, (m) => ' '.repeat(m.length))
    // «نُشر: 16:20-23 نوفمبر 2025»: the clock glued to the day by a dash.
    .replace(/(?<=\d{1,2}:\d{2})-(?=\d)/gu, ' ');
  // Counters and credits are looked for only on lines that hold their words: most lines hold neither.
  if (READING_WORD.test(text)) text = text.replace(READING_TIME, (m) => (READING_WORD.test(m) || /مدة|وقت|زمن/u.test(m) ? ' '.repeat(m.length) : m));
  if (COUNTER_WORD.test(text)) text = text.replace(COUNTERS, (m) => ' '.repeat(m.length));
  if (text.includes('نشر')) text = text.replace(CREDIT_BEFORE_LABEL, blankCredit).replace(SOURCE_BEFORE_DAY, blankCredit);
  if (/نشر|صدر/u.test(text)) text = text.replace(EDITION_WORDS, (m) => ' '.repeat(m.length));
  if (text.includes('طرف')) text = text.replace(FORUM_POSTER, blankCredit);
  if (text.includes('بواسطة')) {
    const upTo = (words: number) => (m: string): string => (m.trim().split(/\s+/u).length <= words ? ' '.repeat(m.length) : m);
    text = text.replace(POSTED_BY, upTo(5)).replace(POSTED_TAIL, upTo(7));
  }
  if (/[:：]/u.test(text)) text = text.replace(SOCIAL_LABEL, (m) => ' '.repeat(m.length));
  if (POSTED_IT.test(text)) text = withoutPoster(text);
  text = text.replace(GLUED_TWICE, (m, once: string) => once + ' '.repeat(m.length - once.length));
  // A print issue line glues its fields («2026العدد», «5012السنة»): they are set apart before the grammar reads them,
  // and its volume, edition number and cover price are furniture beside the date. A lone letter before a figure is a
  // Levantine month's short form («12 ك2 2026», «ت1»), not two fields glued: only a word of two letters or more is.
  if (/العدد|edition/iu.test(text)) {
    text = text
      // An English day's ordinal («12th January») is the date's own, not a field glued to it.
      .replace(/(?<=\p{N})(?=\p{L})(?!(?:st|nd|rd|th)(?![\p{L}]))|(?<=\p{L}{2})(?=\p{N})/gu, ' ')
      // «الطبعة الاولـي»: a masthead stretches its words with tatweel; «23 ,رجب»: and leaves a comma before the month.
      .replace(/(?<=\p{L})\u0640+(?=\p{L})/gu, '')
      .replace(/(?<=\p{N})(\s*),(?=\s*\p{L})/gu, '$1 ')
      .replace(ISSUE_VOLUME, (m) => ' '.repeat(m.length))
      .replace(ISSUE_FURNITURE, (m) => ' '.repeat(m.length));
  }
  // A stamp line is short; one that prints the publication and the update stamps side by side, each with its label,
  // weekday and clock («نشر في: الاثنين 12 كانون الثاني 2026 الساعة 12:10 ص | آخر تعديل: …»), is two of them.
  const words = text.trim().split(/\s+/u).length;
  if (words > 2 * MAX_STAMP_WORDS) return null;
  const labels = labelsOf(text);
  if (words > MAX_STAMP_WORDS && new Set(labels.map((l) => l.label)).size < 2) return null;
  const mentions = lineDates(text, now)
    .filter((m) => DATED.has(m.kind) && FULL.test(m.value))
    .filter((m) => head || !m.value.startsWith('--') || !CLOCK_AFTER.test(text.slice(m.start)) || text.includes('·'))
    .map((m) => (head ? monthFirstWhenLater(m, now, text) : m));
  // Blanked only once a date is found: a line with nothing but «منذ 3 ساعات» is read as a relative stamp below.
  if (mentions.length > 0 && /منذ|قبل/u.test(text)) text = text.replace(RELATIVE_BESIDE, (m) => ' '.repeat(m.length));
  if (mentions.length > 0) text = text.replace(COMPACT_COUNT, (m) => ' '.repeat(m.length));
  const outlets = [...findOutletMentions(text), ...[...text.matchAll(HOST)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))];
  if (mentions.length > 0 && FORUM_TOPIC.test(text)) {
    // The topic's title may hold a date of its own: the post's is the last, with its year, that only a clock follows.
    const last = mentions.at(-1)!;
    return last.yearBasis === 'explicit' && CLOSING_CLOCK.test(text.slice(last.end)) ? { value: last.value, basis: 'explicit', label: null, relative: false } : null;
  }
  if (mentions.length > 0) {
    // «حمص-سانا 9 كانون الأول»: the place of a dateline may stand beside its date too.
    const labelled = mentions.map((m) => ({ m, label: [...labels].reverse().find((l) => l.end <= m.start)?.label ?? null }));
    if (!onlyStamp(text, mentions, [...outlets, ...labels], labelled.some((x) => x.label === 'published')) && !(mentions.length === 1 && creditBeside(text, mentions[0]!) !== null)) return null;
    // A Gregorian date wins over the Hijri one printed beside it; a published date over an updated one.
    const pick = labelled.find((x) => x.label === 'published' && x.m.kind !== 'hijri') ?? labelled.find((x) => x.m.kind !== 'hijri') ?? labelled[0];
    if (pick === undefined) return null;
    const siteClock = pick.label === null && mentions.some((m) => m.kind === 'hijri') && mentions.some((m) => m.kind !== 'hijri') && TIME_OF_DAY.test(text);
    return { value: pick.m.value, basis: pick.m.yearBasis === 'explicit' ? 'explicit' : 'inferred', label: pick.label, relative: false, ...(siteClock ? { siteClock } : {}) };
  }
  if (now === undefined) return null;
  const value = relativeStamp(text, now);
  if (value === null) return null;
  return { value, basis: 'inferred', label: labels[0]?.label ?? null, relative: true };
}
