import { printedArabicOverLatin } from '../metadata/printed-over-latin.ts';
import { Readability } from '@mozilla/readability';
import { matchKey } from '../../text/arabic/index.ts';
import { decodeText } from './decode-text.ts';
import { IngestError } from './ingest-error.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import { parseHtmlDocument } from './dom-shape.ts';
import { checkHtmlBudget, checkMarkupBudget } from './html-budget.ts';
import type { DomNode } from './dom-shape.ts';
import { declaredHtmlCharset } from './html-charset.ts';
import { htmlMetadata } from './html-metadata.ts';
import { sanitiseDocument } from './html-sanitise.ts';
import { domToText } from './html-to-lines.ts';
import { writerElementText } from './writer-element.ts';
import { stampBesideArticle, withStampAfterHeadline } from './stamp-beside-article.ts';

/**
 * An HTML page: declared metadata from its head, then the article body extracted by Readability from a
 * sanitised copy of the page, as plain text lines. If Readability finds no article, the whole visible body
 * is used (cleaning boilerplate is the cleaner's job, not the reader's), as it is for a page past Readability's
 * budget (html-budget.ts); a page nested too deeply or with too many elements is refused. Readability takes the
 * headline out of the body; it is put back as the first line, as on the page, unless it already opens the text.
 */
export function readHtmlFile(file: string, bytes: Uint8Array): RawDocument {
  const { text: html, encoding } = decodeText(bytes, file, { declaredCharset: declaredHtmlCharset(bytes), markup: true });
  // Before the parser and before anything walks the page: a page too deep or too big is refused, one too
  // costly for Readability is read whole.
  checkMarkupBudget(file, html);
  const page = parseHtmlDocument(html);
  const budget = checkHtmlBudget(file, page);
  const declared = htmlMetadata(page);
  sanitiseDocument(page);

  let body = '';
  let headline = declared.title;
  if (budget.readability) {
    const forReadability = parseHtmlDocument(html);
    sanitiseDocument(forReadability);
    try {
      // The serializer hands back the content node itself, so the article is walked as a DOM, not re-parsed.
      const article = new Readability<DomNode>(forReadability as never, { serializer: (node) => node as unknown as DomNode }).parse();
      if (article?.content) body = domToText(article.content);
      headline ??= article?.title?.trim() || undefined;
      // Readability lifts a byline element (rel=author, class "byline"…) out of the body; keep it as the author.
      const byline = article?.byline?.replace(/\s+/g, ' ').trim();
      // Over a meta author in Latin letters too: the page prints «عمر الخطيب» where its CMS writes «Omar Al-Khatib».
      if (byline && byline.length <= 100 && (declared.author === undefined || printedArabicOverLatin(declared.author, byline))) declared.author = byline;
      // A CMS's reporter field, which Readability's byline test does not know: read as a byline element is.
      const writer = declared.author === undefined ? writerElementText(page) : undefined;
      if (writer !== undefined) declared.author = writer;
    } catch {
      // Readability gives up on some pathological markup; the plain body below still holds the text.
    }
  }
  const picked = body.trim() !== '';
  if (!picked && page.body) body = domToText(page.body);
  if (body.trim() === '') throw new IngestError(file, 'no-text', 'the page has no readable text');

  if (headline !== undefined && !startsWithHeadline(body, headline)) body = `${headline}\n\n${body}`;
  // The stamp under the headline that Readability's pick left out (see stampBesideArticle), looked for only when the
  // page declares no date of its own.
  const pageBody = page.body;
  const stamp = picked && headline !== undefined && pageBody && declared.published === undefined ? stampBesideArticle(() => domToText(pageBody), body, headline) : null;
  if (stamp !== null && headline !== undefined) body = withStampAfterHeadline(body, headline, stamp);
  return { file, format: 'html', encoding, text: body, declared };
}

/** Whether one of the first lines already is the headline (compared on the matching key, so spelling variants agree). */
function startsWithHeadline(body: string, headline: string): boolean {
  const key = matchKey(headline);
  if (key === '') return true;
  return body
    .split('\n')
    .slice(0, 10)
    .some((line) => matchKey(line).includes(key));
}
