import type { ParagraphBlock, ParagraphStructure } from './blocks.ts';
import { NOTHING_AR } from './pdf-labels.ts';
import { lineHeight, localText, type SectionContext } from './section-context.ts';
import { foreignLanguage } from './text-language.ts';
import type { Span, TextStyle } from './typeset/types.ts';

/** A paragraph's element in the structure tree: `role`, with a language when its text is not Arabic. */
export function paragraphStructure(spans: readonly Span[], role: ParagraphStructure['role'], list?: string): ParagraphStructure {
  const lang = foreignLanguage(spans.map((s) => s.text).join(''));
  return { role, ...(list === undefined ? {} : { list }), ...(lang === undefined ? {} : { lang }) };
}

/**
 * A justified paragraph (P in the structure tree) of `spans`, spaced for text set in `style`; `extra` overrides any
 * of its defaults (alignment, spacing, indent, marker, link destination, outline entry, structure).
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
    structure: paragraphStructure(spans, 'P'),
    ...extra,
  };
}

/** An item of list `list` in body text: a bullet set in the indent on the start side of its first line. */
export function bulletBlock(context: SectionContext, spans: Span[], list: string): ParagraphBlock {
  const { styles } = context;
  return paragraphBlock(context, spans, styles.body, {
    indent: styles.body.size * 1.4, marker: [{ text: '•', style: styles.bold }], structure: paragraphStructure(spans, 'LI', list),
  });
}

/**
 * A section heading: kept with the first lines of what follows, and an entry in the PDF outline under its label
 * (the outline keeps the label's own digits: bookmarks are read by the viewer, not typeset).
 */
export function headingBlock(context: SectionContext, label: string): ParagraphBlock {
  const { h1 } = context.styles;
  const spans = [{ text: localText(context, label), style: h1 }];
  // The brief's title is the H1; section headings are a level below it.
  return paragraphBlock(context, spans, h1, {
    align: 'start', keepWithNext: true, outline: label, spaceBefore: h1.size * 0.8, spaceAfter: h1.size * 0.3,
    structure: paragraphStructure(spans, 'H2'),
  });
}

/** What an empty section shows, so a heading is never left with nothing under it. */
export function nothingBlock(context: SectionContext): ParagraphBlock {
  const { styles } = context;
  return paragraphBlock(context, [{ text: NOTHING_AR, style: styles.muted }], styles.body, { align: 'start' });
}
