import type { ParagraphBlock } from './blocks.ts';
import { NOTHING_AR } from './pdf-labels.ts';
import { lineHeight, localText, type SectionContext } from './section-context.ts';
import type { Span, TextStyle } from './typeset/types.ts';

/**
 * A justified paragraph of `spans`, spaced for text set in `style`; `extra` overrides any of its defaults
 * (alignment, spacing, indent, marker, link destination, outline entry).
 */
export function paragraphBlock(
  context: SectionContext, spans: Span[], style: TextStyle, extra: Partial<ParagraphBlock> = {},
): ParagraphBlock {
  return {
    kind: 'paragraph',
    spans,
    align: 'justify',
    direction: context.direction,
    justification: context.template.justification,
    lineHeight: lineHeight(context, style),
    spaceBefore: 0,
    spaceAfter: style.size * 0.35,
    indent: 0,
    ...extra,
  };
}

/** A list item in body text: a bullet set in the indent on the start side of its first line. */
export function bulletBlock(context: SectionContext, spans: Span[]): ParagraphBlock {
  const { styles } = context;
  return paragraphBlock(context, spans, styles.body, { indent: styles.body.size * 1.4, marker: [{ text: '•', style: styles.bold }] });
}

/**
 * A section heading: kept with the first lines of what follows, and an entry in the PDF outline under its label
 * (the outline keeps the label's own digits: bookmarks are read by the viewer, not typeset).
 */
export function headingBlock(context: SectionContext, label: string): ParagraphBlock {
  const { h1 } = context.styles;
  return paragraphBlock(context, [{ text: localText(context, label), style: h1 }], h1, {
    align: 'start', keepWithNext: true, outline: label, spaceBefore: h1.size * 0.8, spaceAfter: h1.size * 0.3,
  });
}

/** What an empty section shows, so a heading is never left with nothing under it. */
export function nothingBlock(context: SectionContext): ParagraphBlock {
  const { styles } = context;
  return paragraphBlock(context, [{ text: NOTHING_AR, style: styles.muted }], styles.body, { align: 'start' });
}
