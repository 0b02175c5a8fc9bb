import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import { logoSize, type TemplateLogo } from '../template-logo.ts';
import { STYLE } from './brief-styles.ts';

const PIXELS_PER_POINT = 96 / 72;

/**
 * The template's logo as an inline picture (ECMA-376 §20.4.2.8 `wp:inline`) in its own right-to-left paragraph at
 * the head of the title block, aligned to the paragraph's start (the right), at the PDF's height with its aspect
 * kept. Inline rather than floating, so it moves with the title when the analyst edits. The drawing id is fixed:
 * docx would otherwise take it from a process-wide counter, and a second export would differ.
 */
export function logoParagraph(logo: TemplateLogo): Paragraph {
  const size = logoSize(logo);
  return new Paragraph({
    style: STYLE.meta,
    bidirectional: true,
    alignment: AlignmentType.START,
    // Single "auto" spacing: the style's exact line height would clip the picture to one line of text.
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    children: [new ImageRun({
      type: logo.format,
      data: logo.bytes,
      transformation: { width: Math.round(size.width * PIXELS_PER_POINT), height: Math.round(size.height * PIXELS_PER_POINT) },
      altText: { id: '1', name: 'logo', description: logo.file, title: 'logo' },
    })],
  });
}
