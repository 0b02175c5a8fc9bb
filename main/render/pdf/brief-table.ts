import type { TableBlock } from './blocks.ts';
import { lineHeight, type SectionContext } from './section-context.ts';
import type { Span } from './typeset/types.ts';

/** A table in small text with bold headers (its columns' labels), filled and ruled in the template's colours. */
export function briefTable(context: SectionContext, labels: readonly string[], rows: Span[][][]): TableBlock {
  const { styles, template } = context;
  return {
    kind: 'table',
    columns: labels.map((label) => ({ header: [{ text: label, style: styles.smallBold }] })),
    rows,
    textSize: styles.small.size,
    lineHeight: lineHeight(context, styles.small),
    headerFill: template.colours.tableHeader,
    rule: template.colours.tableRule,
    spaceAfter: styles.body.size * 0.5,
  };
}
