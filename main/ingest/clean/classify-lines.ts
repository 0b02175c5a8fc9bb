import { labelledWriter } from '../metadata/labelled-byline.ts';
import type { RemovedReason } from '../../model/removed-reason.ts';
import { boilerplatePhraseReason } from './boilerplate-phrases.ts';
import { isCaption, isSourceCredit, stripIconPrefix } from './caption.ts';
import { isDateLabelWord, isDateline, lineDates } from '../metadata/dateline.ts';
import { isContentLine, isHeadlineLike, lineFeatures, type LineFeatures } from './line-features.ts';
import { lineKey } from '../lines/line-key.ts';
import { splitLines } from '../lines/split-lines.ts';
import { overlapWithStory, storyStems } from './word-overlap.ts';
import { headlineUnderFurniture } from './headline-under-furniture.ts';
import { isAudienceCount } from './audience-count.ts';
import { markStoryTeasers } from './story-teaser.ts';
import { cannotBeHeadline, headlineWeight, isLabelSized } from './headline-candidate.ts';
import { markReaderNotices } from './reader-notice.ts';
import { opensAsStoryText } from './story-opening.ts';
import { authorBoxName } from '../metadata/author-box.ts';
import { barGluedWriter, isMauritanianPatronymic, dashGluedWriter, newsroomGluedWriter, signedWriter, spacedGluedWriter, gluedCueWriter, openingWriterSurname, parseAuthorBio, parseBareName, parseByline, parseCredits, parseNamePair, parseOutletByline, parsePlaceByline, writerAboveTranslator, writersOnTwoLines } from '../metadata/byline.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';
import { outletByName } from '../metadata/known-outlets.ts';
import { isKnownPlace } from '../metadata/known-places.ts';
import { datelineOutlet, ownDateline } from '../metadata/outlet-cues.ts';
import { readStamp } from '../metadata/publication-stamps.ts';
import { isOutletTagline } from '../metadata/outlet-tagline.ts';
import { isBareRole, isEditorsMasthead, mastheadOutlet } from '../metadata/masthead.ts';
import { breadcrumbOutlet } from '../metadata/breadcrumb.ts';
import { datelineByline, newsroomPlaceWriter, newsroomWriter, placeNewsroomWriter } from '../metadata/dateline-byline.ts';
import { isAccountByline } from '../metadata/account-byline.ts';
import { isProfessionLine, parseColumnistHeader, parsePlaceClockByline, writerAfterProfession, writerBeforeDescriptor } from '../metadata/head-byline.ts';

export interface ClassifyOptions {
  /** YYYY-MM-DD: the pinned clock, passed on to the date tagger. */
  now?: string;
  /** Line keys (see lineKey) seen in two or more articles of the same outlet. */
  repeatedLines?: ReadonlySet<string>;
}

/** One non-blank line and what the cleaner decided: kept (reason null) or removed, and why. */
export interface ClassifiedLine {
  index: number;
  text: string;
  reason: RemovedReason | null;
}

export interface LineClassification {
  lines: ClassifiedLine[];
  /** Line index of the headline, which stays as the first paragraph of the body, or null. */
  titleLine: number | null;
  /** Authors named by a byline line, and by an end-of-article biography. */
  bylineAuthor: string | null;
  bioAuthor: string | null;
  /** The reporter a wire story's closing credits name («تغطية صحفية فلان»). */
  creditAuthor: string | null;
}

interface Work {
  index: number;
  text: string;
  /** The line's key without a leading icon word, for spotting repeats («camera iconCaption» = «Caption»). */
  key: string;
  f: LineFeatures;
  reason: RemovedReason | null;
  content: boolean;
}

// Words that scraped share bars and font-size buttons leave behind: «tag icon ع ع ع», «Facebook Twitter».
const ICON_WORDS = new Set([
  'icon', 'camera', 'tag', 'share', 'tweet', 'print', 'email', 'mail', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin',
  'pinterest', 'messenger', 'reddit', 'x', 'copy', 'link', 'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'تلغرام', 'تليغرام', 'لينكدإن',
  'انستغرام', 'يوتيوب', 'طباعه', 'مشاركه', 'شارك', 'ارسال', 'نسخ', 'الرابط',
]);

// A run of letters and digits: a word of a share bar.
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const SHARE_BAR_MAX_WORDS = 12;

/** Whether `text` has more than `max` words (runs of letters and digits), counting no further than needed. */
function moreWordsThan(text: string, max: number): boolean {
  WORD_RUN.lastIndex = 0;
  let count = 0;
  while (WORD_RUN.exec(text) !== null) {
    if (++count > max) {
      WORD_RUN.lastIndex = 0;
      return true;
    }
  }
  return false;
}

function isShareBar(text: string): boolean {
  // Most lines are prose: counted up to the limit, not split. Lower-casing can only split a word (a dotted capital
  // gains a combining mark), never join two, so a line over the limit here is over it below too.
  if (moreWordsThan(text, SHARE_BAR_MAX_WORDS)) return false;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > SHARE_BAR_MAX_WORDS) return false;
  const iconish = words.filter((w) => ICON_WORDS.has(w) || ICON_WORDS.has(lineKey(w)));
  const singles = words.filter((w) => [...w].length === 1);
  return iconish.length + singles.length === words.length && (iconish.length > 0 || singles.length >= 2);
}

/**
 * A menu run onto one line: three or more items of one to three words between bars or bullets, or a breadcrumb
 * («الرئيسية > أخبار > سياسة», «Home محليات») — «»» counts as a separator only where no «« opens a quote.
 */
function isMenuLine(text: string, f: LineFeatures): boolean {
  if (f.words > 24 || f.finalPunct) return false;
  if (/^(?:الرئيسية|الصفحة الرئيسية|الرئيسيه|home)(?![\p{L}])/iu.test(text) && f.words <= 8) return true;
  const separators = text.includes('«') ? /\s*[|•·>›]\s*/u : /\s*[|•·>›»]\s*/u;
  const items = text.split(separators).filter((p) => p.length > 0);
  return items.length >= 3 && items.every((p) => p.split(/\s+/u).length <= 3 && /\p{L}/u.test(p));
}

/**
 * Headlines of a ticker run onto one line: long, with no final stop and «..» or «…» between items (two, or one in
 * a line too long for a headline and without a comma: «نتيجة مباراة … في الدوري.. فوز مثير … موعد صرف …»). Prose
 * joins its sentences with stops and commas.
 */
function isRunOnTicker(text: string, f: LineFeatures): boolean {
  if (f.words < 15 || f.finalPunct) return false;
  // Twenty-five words and not one stop, comma or colon: headlines laid end to end, not a paragraph.
  if (f.words >= 25 && !/[.،,؛;:!؟?]/u.test(text)) return true;
  // «مصادر …: اجتماع …  وفاة طفلين …  ارتفاع أسعار …»: a scrape that dropped the ticker's separators leaves a run of
  // spaces between its headlines; prose has no comma-less stretch cut in three or more by such gaps.
  const gapped = text.trim().split(/\s{2,}/u);
  if (gapped.length >= 3 && !/[،,؛;]/u.test(text) && gapped.every((g) => g.split(/\s+/u).length >= 3)) return true;
  const breaks = text.match(/[^.]\.\.(?!\.)|…/gu)?.length ?? 0;
  // One «..» is how a single headline joins its halves; a line past headline length without a comma is a run-on.
  return breaks >= 2 || (breaks === 1 && f.words >= 25 && !/[،,؛]/u.test(text));
}

/** A dateline on a line of its own, «بيروت - «الأخبار»», «القاهرة (أ ف ب)»: the story starts on the next line. */
function isBareDateline(text: string, f: LineFeatures): boolean {
  if (f.words > 6) return false;
  if (/[)»"”]\s*[-–—:]?$/u.test(text) && datelineOutlet(text) !== null) return true;
  // «صدى الشعب – نادر الخطيب» pairs the outlet with a writer, «بغداد اليوم - بغداد» with a place.
  return ownDateline(text)?.whole === true && parseOutletByline(text) === null;
}

// A broadcaster's schedule: a programme's hour, alone on its line with a zone word at most («06:00 GMT», «21:30 بتوقيت
// مكة»), and its length under it («120 د», «45 دقيقة», «30 min»).
const SCHEDULE_HOUR = /^\p{N}{1,2}[:.]\p{N}{2}(?:\s+(?:GMT|UTC|[A-Z]{3}|بتوقيت\s+\p{L}+(?:\s+\p{L}+)?))?$/u;
const SCHEDULE_LENGTH = /^\p{N}{1,3}\s*(?:د|دق|دقيقة|دقائق|min|mins|minutes)\.?$/iu;

/** Whether lines[i..i+2] read as one programme: a short name over its hour and its length. */
function isScheduleEntry(lines: Work[], i: number): boolean {
  const [name, hour, length] = [lines[i], lines[i + 1], lines[i + 2]];
  if (name === undefined || hour === undefined || length === undefined) return false;
  return name.f.words <= 8 && SCHEDULE_HOUR.test(hour.text.trim()) && SCHEDULE_LENGTH.test(length.text.trim());
}

/**
 * Marks a broadcaster's schedule as a ticker: each programme's name (a short line) over its hour and its length. The
 * names repeat down the day, and a repeated short line is otherwise how a page's headline is told. One such triple
 * alone is an article's headline over its clock and reading time («… / 10:45 / 3 دقائق»), so an entry counts only
 * beside another entry (a run of two or more) or when its name recurs as another entry's name.
 */
function markScheduleEntries(lines: Work[]): void {
  const starts: number[] = [];
  for (let i = 0; i + 2 < lines.length; i++) if (isScheduleEntry(lines, i)) starts.push(i);
  const nameCount = new Map<string, number>();
  for (const i of starts) nameCount.set(lines[i]!.key, (nameCount.get(lines[i]!.key) ?? 0) + 1);
  const isStart = new Set(starts);
  for (const i of starts) {
    const inRun = isStart.has(i - 3) || isStart.has(i + 3);
    if (!inRun && (nameCount.get(lines[i]!.key) ?? 0) < 2) continue;
    for (let k = i; k < i + 3; k++) lines[k]!.reason = 'ticker';
  }
}

// A social post's audience mark after its stamp: a middle dot, then the globe or people icon («· 🌍», «· 👥»).
const POST_AUDIENCE = /·\s*\p{Extended_Pictographic}/u;

// The fewest words a short cut paragraph keeps to stay: a conjunction and verb, and what it says («وقال إن الوزير»).
const MIN_CUT_WORDS = 3;

/** A paragraph of prose that lost its end: a dozen words or more, with prose's function words, and no final stop. */
function isCutParagraph(f: LineFeatures): boolean {
  return !f.finalPunct && f.words >= 12 && f.stopwordDensity >= 0.08 && f.punctRatio <= 0.25 && f.digitRatio <= 0.4;
}

/** Reasons a line is furniture whatever surrounds it. */
function intrinsicReason(text: string, f: LineFeatures): RemovedReason | null {
  return (
    boilerplatePhraseReason(text, f.words) ??
    (isSourceCredit(text, f.words) ? 'source-credit' : null) ??
    (isCaption(text, f.words) ? 'caption' : null) ??
    (parseCredits(text) !== null ? 'credits' : null) ??
    (parseByline(text) !== null ? 'byline' : null) ??
    (isShareBar(text) ? 'share-icons' : null) ??
    (isMenuLine(text, f) ? 'navigation' : null) ??
    (isRunOnTicker(text, f) ? 'ticker' : null) ??
    (isBareDateline(text, f) ? 'dateline' : null) ??
    // The site's name on a line of its own (its logo, a masthead, «الدستور المصرية») is never the headline, nor are
    // the editors the masthead names («رئيس مجلسي الإدارة والتحرير: …») or an aggregator's trail naming its source.
    (f.words <= 5 && outletByName(text) !== null ? 'site-name' : null) ??
    (isEditorsMasthead(text) ? 'masthead' : null) ??
    (f.words <= 6 && mastheadOutlet(text) !== null ? 'site-name' : null) ??
    // Its tagline under the name («صحيفة عربية مستقلة») is the masthead's too.
    (f.words <= 7 && isOutletTagline(text) ? 'masthead' : null) ??
    (breadcrumbOutlet(text) !== null ? 'navigation' : null) ??
    (/^(?:#[\p{L}\p{N}_]+[\s,،]*)+$/u.test(text) ? 'tags' : null) ??
    // «قناة · 214 ألف مشترك»: a channel's audience under its name (audience-count.ts).
    (f.words <= 7 && isAudienceCount(text) ? 'social' : null) ??
    (!/[\p{L}\p{N}]/u.test(text) ? 'navigation' : null) ??
    (/^(?:https?:\/\/|www\.)\S+$/iu.test(text) ? 'link' : null) ??
    (/^@[\w.]+$/u.test(text) ? 'social' : null)
  );
}

/**
 * The jusText-style classification of an article's lines (Pomikálek 2011), in four steps:
 * (1) context-free furniture by phrase, caption, byline and cross-document repetition;
 * (2) content paragraphs by length, stopword density and final punctuation, which split the page into a head,
 *     the story and a foot;
 * (3) in the head, the headline (a repeated headline-like line, else the first one the story echoes), with
 *     headline-like lines above it as tickers and short ones as section names, and the page's date line;
 * (4) blocks that follow a marker (the headlines after «أخبار ذات علاقة», the lines of a donation appeal), and
 *     context smoothing: a short line inside the story stays (a sub-heading), a short line in the foot goes.
 */
export function classifyLines(text: string, options: ClassifyOptions = {}): LineClassification {
  const lines: Work[] = splitLines(text).map(({ index, text: t }) => {
    const f = lineFeatures(t);
    return { index, text: t, key: lineKey(stripIconPrefix(t).rest), f, reason: intrinsicReason(t, f), content: false };
  });
  const n = lines.length;

  // «رئيس التحرير» on one line, the editor's name on the next.
  for (let i = 0; i + 1 < n; i++) {
    const next = lines[i + 1]!;
    if (lines[i]!.reason === 'masthead' && isBareRole(lines[i]!.text) && next.reason === null && next.f.words <= 5 && !next.f.finalPunct) next.reason = 'masthead';
  }

  const repeated = options.repeatedLines;
  if (repeated && repeated.size > 0) markCrossDocumentRepeats(lines, repeated);
  markReaderNotices(lines);
  markScheduleEntries(lines);

  let bioAuthor: string | null = null;
  for (const line of lines.slice(-5)) {
    if (line.reason !== null) continue;
    const name = parseAuthorBio(line.text);
    if (name !== null) {
      line.reason = 'author-bio';
      bioAuthor = name;
    }
  }
  const hasContent = lines.some((l) => isContentLine(l.f) && l.reason === null);
  const firstProse = hasContent ? lines.findIndex((l) => l.reason === null && isContentLine(l.f)) : n;
  // «هسبريس - فلان الفلاني» above the story names the writer; lower down the same shape is a caption or a menu.
  // So do a columnist's header («سامي العمر - كاتب صحفي») and a byline with the city and the clock on its line.
  for (const line of lines.slice(0, firstProse)) if (line.reason === null && headBylineAuthor(line.text) !== null) line.reason = 'byline';
  // «ليلى الزين» over «كاتبة صحفية»: the header on two lines.
  let headerAuthor: string | null = null;
  for (let i = 0; i + 1 < firstProse; i++) {
    const name = lines[i]!.reason === null ? parseBareName(lines[i]!.text) : null;
    if (name === null || lines[i + 1]!.reason !== null || !isProfessionLine(lines[i + 1]!.text)) continue;
    lines[i]!.reason = 'byline';
    lines[i + 1]!.reason = 'byline';
    headerAuthor ??= name;
  }
  const readByline = (l: Work): string | null => parseByline(l.text) ?? headBylineAuthor(l.text) ?? headerAuthor;
  const firstByline = lines.findIndex((l) => l.reason === 'byline');
  // «ترجمة وتحرير: نون بوست» over «كتبه: فلان»: a desk's credit names the outlet, and the writer's byline follows it
  // within a few lines; a byline that names the outlet alone is read only when none follows.
  const deskCredit = firstByline >= 0 && outletByName(readByline(lines[firstByline]!) ?? '') !== null;
  const writerByline = (l: Work): boolean => {
    const name = l.reason === 'byline' ? readByline(l) : null;
    return name !== null && outletByName(name) === null;
  };
  const nextByline = deskCredit ? lines.slice(firstByline + 1, firstByline + 4).find(writerByline) : undefined;
  const bylineLine = nextByline ?? (firstByline >= 0 ? lines[firstByline] : undefined);
  const bylineRead = bylineLine ? readByline(bylineLine) : null;
  // «نشر بواسطة: admin»: a CMS account names no writer; the readers after this one may still find the writer.
  let bylineAuthor = bylineRead !== null && isAccountByline(bylineRead) ? null : bylineRead;
  const aboveByline = bylineLine === undefined ? undefined : lines[lines.indexOf(bylineLine) - 1];
  const translated = bylineLine === undefined || aboveByline?.reason !== null ? null : writerAboveTranslator(bylineLine.text, aboveByline.text);
  if (translated !== null && aboveByline !== undefined) {
    aboveByline.reason = 'byline';
    bylineAuthor = translated;
  }
  const creditsLine = lines.find((l) => l.reason === 'credits');
  const creditAuthor = creditsLine ? (parseCredits(creditsLine.text)?.reporter ?? null) : null;

  for (const line of lines) line.content = line.reason === null && isContentLine(line.f);
  let first = hasContent ? lines.findIndex((l) => l.content) : n;
  const last = hasContent ? lines.findLastIndex((l) => l.content) : n - 1;
  // «تحرير: فلان» after the story is the desk's editor or a signature: a byline the head prints («فلانة – الحسكة»
  // under the headline) names the writer first, so the foot's waits until the head has been read.
  const inFoot = hasContent && bylineLine !== undefined && lines.indexOf(bylineLine) > last;
  // «المحرر: وانغ لي» under a wire's copy names the desk's editor who posted it, a role and no writing cue: no writer.
  const footEditor = inFoot && /^\s*المحرر\s*[:：]/u.test(bylineLine.text);
  const footAuthor = inFoot && !footEditor ? bylineAuthor : null;
  if (inFoot) bylineAuthor = null;

  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.reason !== null || line.content) continue;
    // «أمين الرياحي | 12 جانفي 2026»: the writer and the date on one line above the story; the line is a byline.
    const barred = i < first && /[|·]/u.test(line.text) ? parseBareName(line.text) : null;
    if (barred !== null && opensWithGivenName(barred)) {
      line.reason = 'byline';
      bylineAuthor ??= barred;
      continue;
    }
    const labelled = /^(?:نشر|تاريخ النشر|اخر تحديث|تحديث|محدث|published|updated|posted)/u.test(lineKey(line.text));
    if ((i < first || labelled) && (isDateline(line.text, line.f.words, options.now) || (i < first && readStamp(line.text, options.now) !== null))) line.reason = 'dateline';
  }
  // «بلدية X Municipality» over «١٢ يناير الساعة ١٠:٣٠ ص · 🌍»: a social post's header prints the page's name over the
  // stamp and its audience mark; the name is the poster's, never the post's headline. A person's name there (a
  // profile's post) is left to the byline readers: it names the writer.
  for (let i = 0; i + 1 < Math.min(first, n); i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.reason === null && line.f.words <= 6 && next.reason === 'dateline' && POST_AUDIENCE.test(next.text) && !opensWithGivenName(parseBareName(line.text) ?? '')) line.reason = 'site-name';
  }
  bylineAuthor ??= markNameBylines(lines, first);
  if (bylineAuthor === null && first < n) bylineAuthor = barGluedWriter(lines[first]!.text) ?? dashGluedWriter(lines[first]!.text, lines[first - 1]?.text) ?? gluedCueWriter(lines[first]!.text) ?? spacedGluedWriter(lines[first]!.text) ?? newsroomGluedWriter(lines[first]!.text, mastheadLines(lines, first));

  const picked = pickTitle(lines, first, options.now);
  let titleAt = picked?.at ?? null;
  // No line above the story reads as its headline: the first prose lines may be furniture over it (see
  // headline-under-furniture.ts); then the story starts under the headline found there.
  if (hasContent && picked?.sure !== true) {
    const arabicStory = lines.some((l) => l.content && /\p{Script=Arabic}/u.test(l.text));
    const under = headlineUnderFurniture(lines, first, (t) => !isListItem(t) && !cannotBeHeadline(t, arabicStory, options.now));
    if (under !== null) {
      for (let i = first; i < under; i++) lines[i]!.content = false;
      titleAt = under;
      first = lines.findIndex((l, j) => j > under && l.content);
    }
  }
  if (titleAt !== null) {
    const title = lines[titleAt]!;
    for (const line of lines) if (line !== title && line.reason === null && line.key === title.key) line.reason = 'repeated-headline';
    // «جدة: فلان الفلاني» between the headline and the story is a byline; elsewhere the same shape may be a heading.
    // «الوسط - فلان الفلاني»: the newsroom the masthead names, a dash and the writer; the dateline reader took it for a
    // dateline («place - outlet») when it holds no date. «إربد – صحافة اليرموك – فلان (طالب صحافة)»: place, newsroom, writer.
    const mastheads = mastheadLines(lines, titleAt);
    for (let i = titleAt + 1; i < first; i++) {
      const line = lines[i]!;
      const undated = line.reason === 'dateline' && !/\p{N}/u.test(line.text);
      // The masthead-named readers serve both a free line and an undated «dateline»; the others a free line only.
      const mastheadWriter = (): string | null => newsroomWriter(line.text, mastheads) ?? placeNewsroomWriter(line.text, mastheads);
      const name = line.reason === null ? (parsePlaceByline(line.text) ?? newsroomPlaceWriter(line.text) ?? mastheadWriter()) : undated ? mastheadWriter() : null;
      if (name === null) continue;
      line.reason = 'byline';
      bylineAuthor ??= name;
    }
    // «مرسين / فلان الفلاني / الأناضول» under a standfirst: a wire's dateline naming its writer stands between the
    // headline and the story's first long paragraph, wherever the standfirst put the start of the prose.
    // Only short lines with two separators are asked: the dateline reader is costly and most lines are not one.
    const headAt = titleAt;
    const storyFrom = lines.findIndex((l, j) => j > headAt && l.content && l.f.words >= 20);
    for (let i = titleAt + 1; i < Math.min(storyFrom, titleAt + 8) && bylineAuthor === null; i++) {
      const line = lines[i]!;
      const short = line.f.words <= 10 && /\S\s*[/\-–—]\s*\S.*[/\-–—]/u.test(line.text);
      const writer = short && (line.reason === null || line.reason === 'navigation') ? agencyDatelineWriter(line.text) : null;
      if (writer === null) continue;
      line.reason = 'byline';
      bylineAuthor = writer;
    }
    // «سامح عبد الحكيم» alone on a line between the headline and the story: the writer, when the name opens with a
    // given name the gazetteer knows and no other line there already names one. So does a name the headline's
    // «surname يكتب:» ends with, or one marked «*» for a footnote that gives the role.
    const headlineSurname = openingWriterSurname(title.text);
    for (let i = titleAt + 1; i < first && bylineAuthor === null; i++) {
      const line = lines[i]!;
      // «نادين حمود*:» — the footnote's mark before the colon that sets the writer off from the story.
      const footnoted = /\S\*+\s*[:：]?$/u.test(line.text.trim());
      const name = line.reason === null ? parseBareName(line.text.trim().replace(/\*+\s*[:：]?$/u, '')) : null;
      // «ريم الساعدي | عمر بلال»: two writers; «ليلى الكردي صحافية متخصصة في الطاقة»: the name and what the writer
      // is, run together. Under the headline, neither is the story's or a heading's.
      const described = name === null && line.reason === null ? (parseNamePair(line.text) ?? writerBeforeDescriptor(line.text.replace(/\s+@\w+$/u, '')) ?? writerAfterProfession(line.text)) : null;
      if (described !== null) {
        line.reason = 'byline';
        bylineAuthor = described;
        continue;
      }
      // «ع. بوزيد»: a given name's initial before the family name is a byline's shape, never a heading's.
      const initialled = name !== null && /^\p{L}\.\s/u.test(name);
      // «headline / سليمة حمادي / Publié le : …»: a name right under the headline and over the page's stamp stands in
      // the byline's slot, whether or not the gazetteer knows its given name: two or three Arabic words, none with the
      // article (a caption's «صورة الخبر», a programme's name), no place and no outlet. The slot holds kickers and
      // place phrases as often («ضواحي طرابلس», «حوار خاص»: parseBareName refuses the kicker words): none may be a place.
      const slotted =
        name !== null && i === titleAt + 1 && lines[i + 1]?.reason === 'dateline' && /^\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){1,2}$/u.test(name) &&
        !/(?:^|\s)ال/u.test(name) && !name.split(' ').some(isKnownPlace) && outletByName(name) === null;
      // «الشيخ ولد أحمدو»: a Mauritanian name's joiner says it is a person's, whatever the gazetteer knows of its given name.
      const patronymic = name !== null && isMauritanianPatronymic(name);
      if (name === null || !(opensWithGivenName(name) || initialled || footnoted || slotted || patronymic || (headlineSurname !== null && name.endsWith(` ${headlineSurname}`)))) continue;
      line.reason = 'byline';
      bylineAuthor = name;
    }
  }
  // A columnist's name alone right above the headline («أعمدة / فلانة الفلانية / headline / date»), when no line has
  // named a writer: a name that opens with a given name the gazetteer knows, as pages print a column's header.
  const above = titleAt !== null && titleAt > 0 ? lines[titleAt - 1]! : null;
  const aboveName = bylineAuthor === null && above !== null && above.reason === null ? parseBareName(above.text) : null;
  if (above !== null && aboveName !== null && opensWithGivenName(aboveName)) {
    above.reason = 'byline';
    bylineAuthor = aboveName;
  }
  if (bylineAuthor !== null) bylineAuthor = writersByLine(lines, first, titleAt) ?? bylineAuthor;
  for (let i = 0; i < first; i++) {
    const line = lines[i]!;
    if (line.reason !== null || i === titleAt) continue;
    if (titleAt !== null && i < titleAt) line.reason = isHeadlineLike(line.f) ? 'ticker' : 'navigation';
    else if (hasContent && !(isHeadlineLike(line.f) && line.f.words >= 6) && !(line.f.finalPunct && line.f.words >= 3)) line.reason = 'short-fragment';
  }

  for (let i = 1; i < n; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1]!;
    if (line.reason === null && i !== titleAt && line.key === prev.key) {
      line.reason = prev.reason ?? 'duplicate';
      line.content = false;
    }
  }

  growBlocks(lines, 'donation', (l) => l.reason === null && !l.content, Infinity);
  for (let i = 0; i < n; i++) {
    if (lines[i]!.reason !== 'related-links') continue;
    for (let j = i + 1, taken = 0; j < n && taken < 10; j++, taken++) {
      const item = lines[j]!;
      if (item.reason !== null || item.content || j === titleAt) break;
      if (item.f.words <= 5 && lines[j + 1]?.content === true) break; // a sub-heading of the story resumes it
      item.reason = 'related-links';
    }
  }

  for (let i = first + 1; i < last; i++) {
    const line = lines[i]!;
    if (line.reason !== null || line.content) continue;
    const prevRemoved = lines[i - 1]!.reason !== null;
    const nextRemoved = lines[i + 1]!.reason !== null;
    const nextKept = lines.slice(i + 1).find((l) => l.reason === null);
    if (prevRemoved && nextRemoved && nextKept?.content !== true) line.reason = 'short-fragment';
  }
  bylineAuthor ??= footAuthor;
  // «عن الكاتب» over «نادين المصري» after the story: the writer's box at the foot names the writer.
  if (bylineAuthor === null) {
    const box = authorBoxName(lines, last + 1);
    if (box !== null) {
      for (const i of box.at) lines[i]!.reason = 'author-bio';
      bylineAuthor = box.name;
    }
  }
  // «فلان الفلاني» over «أستاذ وباحث في …» after the story: the writer's signature and role, as a column closes.
  for (let i = last + 1; i + 1 < n && bylineAuthor === null; i++) {
    const name = lines[i]!.reason === null ? parseBareName(lines[i]!.text) : null;
    if (name === null || lines[i + 1]!.reason !== null || !isProfessionLine(lines[i + 1]!.text)) continue;
    lines[i]!.reason = 'byline';
    lines[i + 1]!.reason = 'byline';
    bylineAuthor = name;
  }
  // «— فلان الفلاني، مراسل X في الرياض» after the story: the correspondent's signature, the name before the role.
  for (let i = last + 1; i < n && bylineAuthor === null; i++) {
    const name = lines[i]!.reason === null || lines[i]!.reason === 'short-fragment' ? signedWriter(lines[i]!.text) : null;
    if (name === null) continue;
    lines[i]!.reason = 'byline';
    bylineAuthor = name;
  }
  // «محمد المختار ولد أحمدو» alone on the line right after the story: the writer signs it, as columns and local
  // reports close. Only a name that opens with a given name the gazetteer knows.
  const signature = bylineAuthor === null && hasContent && last + 1 < n && lines[last + 1]!.reason === null ? parseBareName(lines[last + 1]!.text) : null;
  if (signature !== null && opensWithGivenName(signature)) {
    lines[last + 1]!.reason = 'byline';
    bylineAuthor = signature;
  }
  let keptBefore = true;
  for (let i = last + 1; i < n; i++) {
    const line = lines[i]!;
    if (line.reason !== null) {
      keptBefore = false;
      continue;
    }
    // A last short sentence of the story («ولم يتسنَّ التحقق من ذلك.») stays; stray words below the story go.
    if (keptBefore && line.f.finalPunct && !line.f.endsWithQuestion && line.f.words >= 3) continue;
    // An excerpt cut mid-sentence ends with a paragraph that has no stop: prose-sized and right after the story, it stays.
    if (keptBefore && isCutParagraph(line.f)) continue;
    // A shorter cut keeps its place when it opens as the story's next sentence («وأضاف أن الوزارة ستعلن جدول»).
    if (keptBefore && line.f.words >= MIN_CUT_WORDS && opensAsStoryText(line.text)) continue;
    line.reason = 'short-fragment';
    keptBefore = false;
  }
  markStoryTeasers(lines);

  return {
    lines: lines.map(({ index, text: t, reason }) => ({ index, text: t, reason })),
    titleLine: titleAt === null ? null : lines[titleAt]!.index,
    bylineAuthor,
    bioAuthor,
    creditAuthor,
  };
}

/**
 * The writer a line of the page's head names without a cue word: outlet and writer, a columnist's header, a place and
 * clock byline, a wire dateline with the writer in it («البصرة - واع - حيدر الموسوي»), a label of the page's own
 * before a colon («موفدنا إلى ملعب الجنوب: name»).
 */
function headBylineAuthor(text: string): string | null {
  return parseOutletByline(text)?.author ?? parseColumnistHeader(text) ?? parsePlaceClockByline(text) ?? agencyDatelineWriter(text) ?? placeWriter(text) ?? labelledWriter(text);
}

/**
 * «القاهرة - مصطفى النجار» above the story: a dateline naming its writer with no agency, the whole line a place the
 * gazetteer knows and a name that opens with a given name (datelineByline's terms). Read as a headline it gave the
 * place for the title and the writer for the outlet (as if «headline - site»).
 */
function placeWriter(text: string): string | null {
  const found = datelineByline(text);
  return found !== null && found.whole && found.agency === null ? found.writer : null;
}

/** The lines above `end` short enough to be a masthead's newsroom name (four words at most), whose name a byline may repeat. */
function mastheadLines(lines: readonly Work[], end: number): string[] {
  return lines.slice(0, end).filter((l) => l.f.words <= 4).map((l) => l.text);
}

function agencyDatelineWriter(text: string): string | null {
  const found = datelineByline(text);
  return found !== null && found.whole && found.agency !== null ? found.writer : null;
}

/**
 * Two writers above the story, a name a line, one of them already read as the byline (see writersOnTwoLines): both,
 * and the other line marked a byline too. Null when no byline line has a second name beside it. The headline keeps
 * no reason (it is known by its index), and one that opens with a given name («مريم تتوج بالذهب») reads as a name:
 * a pair with the headline in it is never two writers.
 */
function writersByLine(lines: Work[], first: number, titleAt: number | null): string | null {
  for (let i = 0; i + 1 < first; i++) {
    if (i === titleAt || i + 1 === titleAt) continue;
    const [upper, lower] = [lines[i]!, lines[i + 1]!];
    const marked = [upper.reason, lower.reason].filter((r) => r === 'byline').length;
    if (marked === 0 || ![upper.reason, lower.reason].every((r) => r === null || r === 'byline')) continue;
    const pair = writersOnTwoLines(upper.text, lower.text);
    if (pair === null) continue;
    upper.reason = 'byline';
    lower.reason = 'byline';
    return pair;
  }
  return null;
}

/**
 * A bare name beside the page's date stamp above the story («د.عبدالله المقطري» over «الخميس 25 ديسمبر 2025»),
 * repeats of it included, is the writer's byline. Returns the name of the first one, or null.
 */
function markNameBylines(lines: Work[], first: number): string | null {
  let author: string | null = null;
  for (let i = 0; i < first; i++) {
    const line = lines[i]!;
    if (line.reason !== null) continue;
    const name = parseBareName(line.text);
    // Without a cue word, only a name that opens with a given name the gazetteer knows: a menu's two words beside
    // the page clock («مواقيت الصلاة») are built like a name too.
    if (name === null || !opensWithGivenName(name)) continue;
    const near = (step: number): boolean => {
      for (let j = i + step; j >= 0 && j < first; j += step) {
        if (lines[j]!.key !== line.key) return lines[j]!.reason === 'dateline';
      }
      return false;
    };
    if (!near(1) && !near(-1)) continue;
    line.reason = 'byline';
    author ??= name;
  }
  return author;
}

/** Lines repeated across articles of one outlet are boilerplate, unless they are most of this story (a near-duplicate). */
function markCrossDocumentRepeats(lines: Work[], repeated: ReadonlySet<string>): void {
  const hits = lines.filter((l) => l.reason === null && repeated.has(lineKey(l.text)));
  const prose = lines.filter((l) => l.reason === null && isContentLine(l.f));
  const proseHits = hits.filter((l) => isContentLine(l.f));
  const nearDuplicate = prose.length > 0 && proseHits.length * 2 > prose.length;
  for (const line of hits) {
    if (nearDuplicate && (isContentLine(line.f) || isHeadlineLike(line.f))) continue;
    line.reason = 'cross-document-repeat';
  }
}

/**
 * The headline among the lines above the story: a headline-like line repeated below, else the first the story echoes,
 * else the first candidate. `sure` says the page backs the choice (printed twice, or echoed by the story); a first
 * candidate nothing backs may be furniture over the real headline (see headline-under-furniture.ts).
 */
function pickTitle(lines: Work[], first: number, now: string | undefined): { at: number; sure: boolean } | null {
  let candidates: number[] = [];
  const arabicStory = lines.some((l) => l.content && /\p{Script=Arabic}/u.test(l.text));
  for (let i = 0; i < first; i++) {
    const line = lines[i]!;
    if (line.reason === null && isHeadlineLike(line.f) && !isListItem(line.text) && !isTeaserUnder(lines[i - 1]) && !cannotBeHeadline(line.text, arabicStory, now)) candidates.push(i);
  }
  if (candidates.length === 0) return null;
  // The story's stems are gathered only when a candidate must be weighed (most pages print their headline twice).
  let stems: Set<string> | null = null;
  const story = (): Set<string> => (stems ??= storyStems(lines.filter((l) => l.content).map((l) => l.text)));
  const weight = (c: number): number => headlineWeight(lines[c]!.f.words, overlapWithStory(lines[c]!.text, story()));
  // A section's label repeats down the page too («التصنيفات / أخبار مهمة سورية» over each item): a short repeated line
  // is the headline only when no longer candidate reads as one.
  let echoed: boolean | null = null;
  const isEchoed = (): boolean => (echoed ??= candidates.some((c) => !isLabelSized(lines[c]!.f.words) && weight(c) >= 0.25));
  const repeated = (c: number): boolean => lines.some((l, j) => j > c && l.reason === null && l.key === lines[c]!.key) && !(isLabelSized(lines[c]!.f.words) && isEchoed());
  // A headline printed twice (the page's title and its heading) is the headline; a line printed twice under the
  // headline's date stamp is a photo's alt text and caption, never the headline.
  const stampAt = lines.findIndex((l, j) => j > candidates[0]! && j < first && l.reason === 'dateline');
  const twice = (c: number): boolean => lines.some((l, j) => j !== c && j > stampAt && l.key === lines[c]!.key);
  if (stampAt >= 0 && candidates.some((c) => c < stampAt)) candidates = candidates.filter((c) => c < stampAt || !twice(c));
  const repeatedBelow = candidates.find((c) => (stampAt < 0 || c < stampAt) && repeated(c));
  if (repeatedBelow !== undefined) return { at: repeatedBelow, sure: true };
  if (story().size === 0) return { at: candidates[0]!, sure: false };
  // The story echoes its headline most: a ticker headline above it may share a word or two with it, not most of them.
  let best: { at: number; overlap: number } | null = null;
  for (const c of candidates) {
    const overlap = weight(c);
    if (overlap >= 0.25 && (best === null || overlap > best.overlap)) best = { at: c, overlap };
  }
  if (best === null) return { at: candidates[0]!, sure: false };
  // «مكتبات الأحياء… وطلاب كثيرون في المساء» over «يطالبون بتمديد ساعات العمل…» with no blank line between: a deck
  // printed right under its headline may echo the story more, being about its detail. The story echoes the headline
  // too, and it is no shorter than its deck: the line above is the headline. Only a pair: a ticker's headlines run
  // line after line, each echoing the story a little, and one of them over the headline is no headline's deck.
  const adjacent = (c: number): boolean => candidates.includes(c - 1) && lines[c - 1]!.index === lines[c]!.index - 1;
  const upper = adjacent(best.at) && !adjacent(best.at - 1) ? lines[best.at - 1]! : null;
  // A row of fields set apart by bars (a scores bar, «الهلال ٣ - ١ الفتح | …») is no headline over a deck.
  if (upper !== null && !/[|｜]/u.test(upper.text) && upper.f.words >= lines[best.at]!.f.words && weight(best.at - 1) >= 0.25) return { at: best.at - 1, sure: true };
  return { at: best.at, sure: true };
}

/**
 * Whether a line is the writer-and-date line of a list entry, «ناصر الكواري 2 نوفمبر 2025», «رأي العرب 5 ديسمبر
 * 2025»: a columnist's page lists the other columns so, each title under it. Words before a date that ends the line,
 * none of them a date's label or weekday.
 */
function isTeaserUnder(line: Work | undefined): boolean {
  if (line === undefined || line.f.words > 9 || !/\d{4}\s*$/u.test(line.text)) return false;
  const date = lineDates(line.text).find((d) => d.kind === 'date' && d.end >= line.text.trimEnd().length - 1);
  if (date === undefined) return false;
  const before = line.text.slice(0, date.start).trim().split(/\s+/u).filter((w) => w.length > 0);
  return before.length >= 2 && !before.some((w) => isDateLabelWord(w) || /\p{N}/u.test(w));
}

// A bullet, a number or a chapter word opening a line («• …», «2- …», «الفصل الثاني: …»): an item of a list (a print
// view's chapters, a summary's points), not a headline.
const LIST_ITEM = /^\s*(?:[•·▪▫◦●○■□►▶◀◄▸▹‣⁃➢➤◆◇✓✔*]|[-–—](?=\s)|(?:\d{1,2}|[\u0660-\u0669]{1,2})\s*[.)\-–]\s*(?=\p{L})|(?:الفصل|الباب|الجزء|المحور|القسم)\s+(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|\d{1,2})(?![\p{L}]))/u;

/** Whether a line is an item of a list (see LIST_ITEM). */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/** Extends each line with `reason` over adjacent lines that `joins` accepts (a donation appeal spans several lines). */
function growBlocks(lines: Work[], reason: RemovedReason, joins: (l: Work) => boolean, limit: number): void {
  const seeds = lines.map((l, i) => (l.reason === reason ? i : -1)).filter((i) => i >= 0);
  for (const s of seeds) {
    for (let j = s - 1, k = 0; j >= 0 && k < limit && joins(lines[j]!); j--, k++) lines[j]!.reason = reason;
    for (let j = s + 1, k = 0; j < lines.length && k < limit && joins(lines[j]!); j++, k++) lines[j]!.reason = reason;
  }
}
