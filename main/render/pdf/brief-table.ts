import type { TableBlock } from './blocks.ts';
import { lineHeight, type SectionContext } from './section-context.ts';
import type { Span } from './typeset/types.ts';

/** A column of a brief's table: its header label and its share of the table's width. */
export interface BriefColumn {
  label: string;
  weight: number;
}

/** A table in small text with bold headers, filled and ruled in the template's colours. */
export function briefTable(context: SectionContext, columns: readonly BriefColumn[], rows: Span[][][]): TableBlock {
  const { styles, template } = context;
  return {
    kind: 'table',
    columns: columns.map((c) => ({ header: [{ text: c.label, style: styles.smallBold }], weight: c.weight })),
    rows,
    lineHeight: lineHeight(context, styles.small),
    headerFill: template.colours.tableHeader,
    rule: template.colours.tableRule,
    spaceAfter: styles.body.size * 0.5,
  };
}
