import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AnnotationMode, getDocument, normalizeUnicode, OPS, PDFDateString, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unfoldPresentationForms } from '../../text/arabic/presentation-forms.ts';
import { joinSplitLamAlef } from '../../text/arabic/split-lam-alef.ts';
import { IngestError } from './ingest-error.ts';
import type { DeclaredMetadata, RawDocument } from '../../model/raw-document.ts';
import { declaredMetadata } from './declared-metadata.ts';
import { layoutPage } from './pdf-layout.ts';
import type { PdfTextRun } from './pdf-layout.ts';
import { restoreLigatureOrder, RTL_LETTER } from './pdf-ligature-order.ts';

// pdfjs reads its standard-font metrics and CMaps from files; in Node these are paths into the package.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
  Language?: unknown;
}

/**
 * A PDF's text layer (pdfjs-dist, legacy build for Node, fonts never loaded as faces, no eval): each page's
 * text runs laid out into lines and paragraphs, pages in order. A PDF without any text (a scan) is refused
 * with 'no-text' so the analyst knows to run OCR; a password or a broken file gets its own error.
 */
export async function readPdfFile(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<RawDocument> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new IngestError(file, 'malformed', 'not a PDF file (it has no %PDF header)');

  const task = getDocument({
    // pdfjs may transfer the buffer it is given; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
  });
  const onAbort = (): void => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw openError(file, error, signal);
    });
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) throw new IngestError(file, 'cancelled', 'reading was cancelled');
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , scaleY = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, height: item.height || Math.abs(scaleY), dir: item.dir === 'rtl' ? 'rtl' : item.dir === 'ttb' ? 'ttb' : 'ltr' });
      }
      if (runs.some((run) => RTL_LETTER.test(run.text))) {
        const restored = restoreLigatureOrder(runs, await pageGlyphs(page));
        runs.forEach((run, i) => (run.text = unfoldPresentationForms(restored[i] ?? run.text)));
      }
      paragraphs.push(...layoutPage(runs).map(joinSplitLamAlef));
      page.cleanup();
    }
    if (paragraphs.length === 0) {
      throw new IngestError(file, 'no-text', 'the PDF has no text layer (scanned pages?); run OCR on it first');
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    return { file, format: 'pdf', encoding: 'utf-8', text: paragraphs.join('\n\n'), declared: pdfInfo(info as PdfInfo) };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (signal?.aborted) throw new IngestError(file, 'cancelled', 'reading was cancelled');
    throw new IngestError(file, 'malformed', 'the PDF is damaged and its text cannot be read', { cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await task.destroy();
  }
}

/** The page's glyphs in content-stream order, each as the text pdfjs reads it (normalised as its text layer is). */
async function pageGlyphs(page: PDFPageProxy): Promise<string[]> {
  const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const glyphs: string[] = [];
  list.fnArray.forEach((fn, i) => {
    if (fn !== OPS.showText) return;
    const [shown] = list.argsArray[i] as [unknown[]];
    for (const glyph of shown) {
      if (typeof glyph === 'object' && glyph !== null && 'unicode' in glyph && typeof glyph.unicode === 'string') {
        glyphs.push(normalizeUnicode(glyph.unicode));
      }
    }
  });
  return glyphs;
}

function openError(file: string, error: unknown, signal: AbortSignal | undefined): IngestError {
  if (signal?.aborted) return new IngestError(file, 'cancelled', 'reading was cancelled');
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new IngestError(file, 'protected', 'the PDF is password-protected; save a copy without the password first', { cause: error });
  }
  return new IngestError(file, 'malformed', 'the PDF is damaged or not a PDF and cannot be opened', { cause: error });
}

function pdfInfo(info: PdfInfo): DeclaredMetadata {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const created = text(info.CreationDate);
  const date = created === undefined ? null : PDFDateString.toDateObject(created);
  const published = date !== null && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
  return declaredMetadata({ title: text(info.Title), author: text(info.Author), language: text(info.Language), published });
}
