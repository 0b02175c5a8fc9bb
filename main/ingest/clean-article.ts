import { ArticleRecord } from '../model/article.ts';
import type { RawDocument } from '../model/raw-document.ts';
import { articleIdOfLines } from './article-id.ts';
import { classifyLines } from './clean/classify-lines.ts';
import { documentLines, repeatedAcross, type DocumentLines } from './clean/repeated-lines.ts';
import { splitLines } from './lines/split-lines.ts';
import { headlineWriter, openingWriter } from './metadata/byline.ts';
import { datelineByline } from './metadata/dateline-byline.ts';
import { isAccountByline } from './metadata/account-byline.ts';
import { detectAuthor } from './metadata/detect-author.ts';
import { detectLanguage } from './metadata/detect-language.ts';
import { detectOutlet } from './metadata/detect-outlet.ts';
import { detectPublished } from './metadata/detect-published.ts';
import { detectTitle } from './metadata/detect-title.ts';
import { headlineAfterStamp } from './metadata/stamp-headline.ts';
import { authorAt, feedPost } from './metadata/wordpress-feed.ts';
import type { Detected } from './metadata/detected.ts';

export interface CleanOptions {
  /** YYYY-MM-DD: pins the clock the date tagger infers years against (a weekday's year, "today"). */
  now?: string;
  /** Line keys (see lineKey) seen in two or more articles of the same outlet: boilerplate. */
  repeatedLines?: ReadonlySet<string>;
}

// A batch asks for each document's outlet twice (to group repeated lines by outlet, then to clean it): the answer is
// remembered per document object, for as long as the document lives and its text, file and declared fields are the
// ones it was asked about.
const OUTLETS = new WeakMap<RawDocument, { text: string; file: string; declared: RawDocument['declared']; outlet: Detected<string> }>();

function outletOf(raw: RawDocument): Detected<string> {
  const known = OUTLETS.get(raw);
  if (known !== undefined && known.text === raw.text && known.file === raw.file && known.declared === raw.declared) return known.outlet;
  const outlet = detectOutlet(raw, splitLines(raw.text));
  OUTLETS.set(raw, { text: raw.text, file: raw.file, declared: raw.declared, outlet });
  return outlet;
}

/**
 * The story's opening line to infer a title from: its first line in the story's script. A banner in another script
 * over an Arabic story («Got a TV Licence?») is the page's, not the story's opening.
 */
function openingLine<T extends { text: string }>(kept: readonly T[]): T | undefined {
  if (kept[0] === undefined || /\p{Script=Arabic}/u.test(kept[0].text)) return kept[0];
  const arabic = kept.reduce((n, l) => n + (l.text.match(/\p{Script=Arabic}/gu)?.length ?? 0), 0);
  const latin = kept.reduce((n, l) => n + (l.text.match(/\p{Script=Latin}/gu)?.length ?? 0), 0);
  return arabic > latin ? (kept.find((l) => /\p{Script=Arabic}/u.test(l.text)) ?? kept[0]) : kept[0];
}

/** A headline glued after the date of a date line above the story (see headlineAfterStamp), for a page with none. */
function stampHeadline(lines: readonly { text: string; reason: string | null }[], now: string | undefined): Detected<string> | null {
  for (const line of lines) {
    if (line.reason === null) return null;
    const glued = line.reason === 'dateline' ? headlineAfterStamp(line.text, now) : null;
    if (glued !== null) return { value: glued, basis: 'inferred' };
  }
  return null;
}

function baseName(file: string): string {
  return file.split(/[\\/]/u).pop() ?? file;
}

/**
 * Cleans one raw document into an ArticleRecord: boilerplate lines out (each kept in `removed` with its line
 * index and reason, so the analyst can restore it), story paragraphs in order separated by a blank line,
 * and the metadata the document declares or its text supports, each with its basis.
 */
export function cleanArticle(raw: RawDocument, options: CleanOptions = {}): ArticleRecord {
  const classified = classifyLines(raw.text, options);
  const kept = classified.lines.filter((l) => l.reason === null);
  const keptTexts = kept.map((l) => l.text);
  const body = keptTexts.join('\n\n');
  const removed = classified.lines.flatMap((l) => (l.reason === null ? [] : [{ line: l.index, text: l.text, reason: l.reason }]));
  const headline = classified.lines.find((l) => l.index === classified.titleLine)?.text ?? null;

  const outlet = outletOf(raw);
  // A page with no headline line may have glued it after its date line: that comes before a title inferred from the story.
  const glued = headline === null && !raw.declared.title?.trim() ? stampHeadline(classified.lines, options.now) : null;
  // A feed's «The post X appeared first on Y.» names the item's title in full, whatever line the cleaner took for it.
  const fed = raw.declared.title?.trim() ? null : (classified.lines.map((l) => feedPost(l.text)).find((p) => p !== null) ?? null);
  const title = fed !== null ? { value: fed.title, basis: 'inferred' as const } : (glued ?? detectTitle(raw, headline, outlet.value, openingLine(kept)?.text ?? null));
  const lede = classified.lines.find((l) => l.reason === null && l.index > (classified.titleLine ?? -1))?.text;
  // «طرابزون/ فلان الفلاني/ الأناضول افتتحت…»: a wire dateline glued to the lede carries the writer too.
  // The headline as printed (a declared one before its «فلان يكتب:» was taken off the title) names its writer.
  const printed = headline ?? raw.declared.title?.trim() ?? title.value;
  const writer = (printed ? headlineWriter(printed) : null) ?? (lede === undefined ? null : (openingWriter(lede) ?? datelineByline(lede)?.writer ?? null));
  const feedAuthor = classified.lines.map((l) => authorAt(l.text)?.author).find((a) => a !== undefined) ?? null;
  // A byline naming a CMS account («بواسطة admin») gives way to the writer the headline or the feed names.
  const byline = classified.bylineAuthor !== null && isAccountByline(classified.bylineAuthor) ? null : classified.bylineAuthor;
  const author = detectAuthor(raw, byline ?? writer ?? feedAuthor, classified.bioAuthor, classified.creditAuthor, outlet.value);
  const published = detectPublished(raw, classified.lines, classified.titleLine, body, options.now);
  const language = detectLanguage(raw, body);

  return ArticleRecord.parse({
    id: articleIdOfLines(keptTexts),
    file: baseName(raw.file),
    title: title.value,
    titleBasis: title.basis,
    outlet: outlet.value,
    outletBasis: outlet.basis,
    author: author.value,
    authorBasis: author.basis,
    published: published.value,
    publishedBasis: published.basis,
    language: language.value ?? 'und',
    languageBasis: language.basis,
    body,
    removed,
    format: raw.format,
    encoding: raw.encoding,
    url: raw.declared.url ?? null,
  });
}

/**
 * Cleans a batch: first finds the lines that recur across articles of the same outlet (and short lines that
 * recur across the batch), which are boilerplate however they read, then cleans each article with them.
 */
export function cleanBatch(raws: RawDocument[], options: { now?: string } = {}): ArticleRecord[] {
  const repeated = batchRepeatedLines(raws);
  return raws.map((raw, i) => cleanArticle(raw, { ...options, repeatedLines: repeated[i] }));
}

/** For each document of a batch, its lines that recur across the batch (see findRepeatedLines), grouped by outlet. */
export function batchRepeatedLines(raws: readonly RawDocument[]): ReadonlySet<string>[] {
  return repeatedAcross(raws.map(batchLinesOf));
}

/**
 * What batchRepeatedLines needs of one document (its outlet, line keys and fingerprint): computed per document, so
 * that threads can compute it for parts of a batch and `repeatedAcross` put the parts together.
 */
export function batchLinesOf(raw: RawDocument): DocumentLines {
  return documentLines({ text: raw.text, outlet: outletOf(raw).value });
}
