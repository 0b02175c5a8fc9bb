// What pdf.js's text layer (the one a viewer searches and copies from) reads from a PDF.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text items as pdf.js gives them, joined in stream order, a line break where pdf.js ends a line. */
export async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS });
  try {
    const pdf = await task.promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      text += '\n';
      page.cleanup();
    }
    return text;
  } finally {
    await task.destroy();
  }
}
