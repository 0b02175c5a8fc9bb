import type { Brief } from '../../model/brief.ts';
import { resources } from '../../resources.ts';
import { loadTemplate } from '../load-template.ts';
import { loadHarfBuzz } from '../pdf/typeset/load-harfbuzz.ts';

export type ExportFormat = 'pdf' | 'docx';

/**
 * Renders a Brief with a named template (or a template file path) into document bytes.
 * `now` pins every date the document stamps, so the same Brief gives the same bytes.
 */
export async function exportBrief(brief: Brief, format: ExportFormat, options: { template?: string; now?: string } = {}): Promise<Uint8Array> {
  const template = loadTemplate(options.template ?? 'standard', resources.templatesDir);
  const now = options.now ?? brief.generatedAt;
  // Both writers shape text with HarfBuzz (the Word file's charts too).
  await loadHarfBuzz();
  switch (format) {
    // Each writer loads with its first document: a PDF needs neither docx nor JSZip, a Word file no pdfkit.
    case 'pdf': {
      const { renderPdf } = await import('../pdf/render-pdf.ts');
      return renderPdf(brief, template, { fontsDir: resources.fontsDir, templatesDir: resources.templatesDir, now });
    }
    case 'docx': {
      const { renderDocx } = await import('../docx/render-docx.ts');
      return renderDocx(brief, template, { fontsDir: resources.fontsDir, templatesDir: resources.templatesDir, now });
    }
    default: {
      const never: never = format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}
