import mammoth from 'mammoth';
import { IngestError } from './ingest-error.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import { docxCoreProperties } from './docx-core-properties.ts';
import { parseHtmlDocument } from './dom-shape.ts';
import { isOleCompound, isZip } from './file-signature.ts';
import { domToText } from './html-to-lines.ts';
import { declaredUnpackedSize } from './zip-expansion.ts';

// A news article with its images is a few megabytes unpacked; far beyond that is a broken or hostile package.
const MAX_UNPACKED_BYTES = 200_000_000;

/**
 * A Word document (.docx, Office Open XML): mammoth turns it into semantic HTML, so headings, paragraphs,
 * list items and table rows stay separate lines; images are not read at all.
 */
export async function readDocxFile(file: string, bytes: Uint8Array): Promise<RawDocument> {
  if (isOleCompound(bytes)) {
    throw new IngestError(file, 'unsupported', 'this is an old Word 97-2003 file or a password-protected document, not a .docx; save it as .docx without a password');
  }
  if (!isZip(bytes)) throw new IngestError(file, 'malformed', 'not a Word document (the file is not a ZIP archive)');
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
    throw new IngestError(file, 'too-large', `the Word document unpacks to ${Math.round(unpacked / 1e6)} MB, more than the ${MAX_UNPACKED_BYTES / 1e6} MB a document may hold`);
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new IngestError(file, 'malformed', 'the Word document is damaged or incomplete and cannot be read', { cause: error });
  }
  const text = domToText(parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body ?? parseHtmlDocument(html));
  if (text.trim() === '') throw new IngestError(file, 'empty', 'the Word document has no text');
  return { file, format: 'docx', encoding: 'utf-8', text, declared: await docxCoreProperties(bytes) };
}
