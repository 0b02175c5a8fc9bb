import { ArticleRecord } from '../model/article.ts';
import type { RawDocument } from '../model/raw-document.ts';
import { articleIdOfLines } from './article-id.ts';
import { classifyLines } from './clean/classify-lines.ts';
import { documentLines, repeatedAcross, type DocumentLines } from './clean/repeated-lines.ts';
import { splitLines } from './lines/split-lines.ts';
import { headlineWriter, iconWriter, openingWriter, ownCorrespondent } from './metadata/byline.ts';
import { datelineByline } from './metadata/dateline-byline.ts';
import { isAccountByline } from './metadata/account-byline.ts';
import { detectAuthor } from './metadata/detect-author.ts';
import { detectLanguage } from './metadata/detect-language.ts';
import { detectPublished } from './metadata/detect-published.ts';
import { authorAt } from './metadata/wordpress-feed.ts';
import { readTitle, type TitleReader } from './title/read-title.ts';
import { IMPORT_OUTLET_READER, readOutlet, type OutletReader } from './outlet/read-outlet.ts';
import { importedOutlet } from './metadata/furniture-outlet.ts';
import { readAuthor, type AuthorReader } from './author/read-author.ts';
import type { Detected } from './metadata/detected.ts';
import { fileName } from '../files/file-name.ts';

export interface CleanOptions {
  /** YYYY-MM-DD: pins the clock the date tagger infers years against (a weekday's year, "today"). */
  now?: string;
  /** Line keys (see lineKey) seen in two or more articles of the same outlet: boilerplate. */
  repeatedLines?: ReadonlySet<string>;
  /** Which reader reads the title (read-title.ts): the import's unless told (the cost bench and the eval compare both). */
  titleReader?: TitleReader;
  /** Which reader reads the author (read-author.ts): the import's unless told (the eval scores both). */
  authorReader?: AuthorReader;
  /** Which reader reads the outlet (read-outlet.ts): the import's unless told (the eval scores both, each as the import cites it). */
  outletReader?: OutletReader;
}

// A batch asks for each document's outlet twice (to group repeated lines by outlet, then to clean it): the answer is
// remembered per document object, for as long as the document lives and its text, file and declared fields are the
// ones it was asked about.
const OUTLETS = new WeakMap<RawDocument, { text: string; file: string; declared: RawDocument['declared']; reader: OutletReader; outlet: Detected<string> }>();

function outletOf(raw: RawDocument, reader: OutletReader = IMPORT_OUTLET_READER): Detected<string> {
  const known = OUTLETS.get(raw);
  if (known !== undefined && known.text === raw.text && known.file === raw.file && known.declared === raw.declared && known.reader === reader) return known.outlet;
  const outlet = readOutlet(raw, splitLines(raw.text), reader);
  rememberOutlet(raw, outlet);
  return outlet;
}

/** The import's outlet of `raw`, as batchLinesOf read it (remembered): what a pool's lane hands on with the document. */
export function batchOutletOf(raw: RawDocument): Detected<string> {
  return outletOf(raw);
}

/**
 * Remembers `outlet` as the import's outlet of `raw`: read by another thread of the pool from a copy of the document
 * (batchOutletOf), it is what this one would read (the reader is pure), and reading it again costs a third of cleaning
 * the document (the import's profile).
 */
export function rememberOutlet(raw: RawDocument, outlet: Detected<string>, reader: OutletReader = IMPORT_OUTLET_READER): void {
  OUTLETS.set(raw, { text: raw.text, file: raw.file, declared: raw.declared, reader, outlet });
}

// How far down the page a writer's line of the head is looked for: mastheads, menus and tickers, then the headline.
const HEAD_LINES = 12;

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

  const outlet = outletOf(raw, options.outletReader);
  const title = readTitle(raw, classified, outlet.value, options.now, options.titleReader);
  const lede = classified.lines.find((l) => l.reason === null && l.index > (classified.titleLine ?? -1))?.text;
  // «طرابزون/ فلان الفلاني/ الأناضول افتتحت…»: a wire dateline glued to the lede carries the writer too.
  // The headline as printed (a declared one before its «فلان يكتب:» was taken off the title) names its writer.
  const printed = headline ?? raw.declared.title?.trim() ?? title.value;
  const writer = (printed ? headlineWriter(printed) : null) ?? (lede === undefined ? null : (openingWriter(lede) ?? datelineByline(lede)?.writer ?? ownCorrespondent(lede)));
  const feedAuthor = classified.lines.map((l) => authorAt(l.text)?.author).find((a) => a !== undefined) ?? null;
  // «✍ فلانة الفلانية : عنوان» in the head, kept as the headline or a ticker's item: the first that opens a line. Read
  // only when nothing before it names the writer.
  const iconAuthor = (): string | null => classified.lines.slice(0, HEAD_LINES).map((l) => iconWriter(l.text)).find((a) => a !== null) ?? null;
  // A byline naming a CMS account («بواسطة admin») gives way to the writer the headline or the feed names.
  const byline = classified.bylineAuthor !== null && isAccountByline(classified.bylineAuthor) ? null : classified.bylineAuthor;
  const rulesAuthor = detectAuthor(raw, byline ?? writer ?? feedAuthor ?? iconAuthor(), classified.bioAuthor, classified.creditAuthor, outlet.value);
  const author = readAuthor(raw, classified.lines, outlet.value, rulesAuthor, options.authorReader);
  const published = detectPublished(raw, classified.lines, classified.titleLine, body, options.now);
  const language = detectLanguage(raw, body);

  // The outlet as a reader cites it, after the title and byline readers have compared lines with the name read.
  const output = importedOutlet(outlet, raw, [headline, title.value].flatMap((t) => (t === null ? [] : [t.trim()])));
  return ArticleRecord.parse({
    id: articleIdOfLines(keptTexts),
    file: fileName(raw.file),
    title: title.value,
    titleBasis: title.basis,
    outlet: output.value,
    outletBasis: output.basis,
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
