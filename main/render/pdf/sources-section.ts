import type { SourceRecord } from '../../model/article.ts';
import { formatPartialDate } from '../format-date.ts';
import type { Block, ParagraphBlock } from './blocks.ts';
import { sourceDestination } from './citation-marks.ts';
import { paragraphBlock, paragraphStructure } from './paragraph-blocks.ts';
import { isolate } from '../shared/digits-direction.ts';
import { sourceFields } from '../shared/source-fields.ts';
import { SKIPPED_INPUTS_LEAD, skippedInputLines } from '../shared/skipped-inputs.ts';
import { localText, type SectionContext } from './section-context.ts';

/**
 * Source number `n`'s entry: its number in the indent, the outlet in bold, then the title and the publication date,
 * worded as the Word file words them (../shared/source-fields.ts); citation marks link to it by its named destination.
 */
export function sourceEntry(context: SectionContext, source: SourceRecord, n: number): ParagraphBlock {
  const { styles, template } = context;
  // Outlet, title (or file name) and date are fields of their own, each isolated (UAX #9 FSI…PDI, direction from
  // its first letter) so they stay in the list's right-to-left order: otherwise a Latin outlet, a Latin title and the
  // day of the date («Reuters — Iraq returns … — 12 يناير») merge into one left-to-right run that takes the day away
  // from its month. A file name, a Latin island, keeps its own digits.
  const fields = sourceFields(source, (partial) => formatPartialDate(partial, template.digits));
  const spans = [
    { text: `${isolate(localText(context, fields.outlet))} — `, style: styles.bold },
    { text: [fields.title, fields.date].map((field) => isolate(localText(context, field))).join(' — '), style: styles.body },
  ];
  return paragraphBlock(context, spans, styles.body, {
    align: 'start',
    indent: styles.body.size * 1.8,
    marker: [{ text: `${localText(context, String(n))}.`, style: styles.bold }],
    destination: sourceDestination(n),
    structure: paragraphStructure(spans, 'LI', 'sources'),
  });
}

/** A list of sources this long or shorter is kept on one page (with its heading): 1 + 4 over two pages reads badly. */
export const SHORT_SOURCE_LIST = 8;

/**
 * The numbered list (an L in the structure tree) of every source (excluded items do not apply: a source is listed
 * whatever cites it); a short list is kept together, each entry kept with the next.
 */
export function sourcesSection(context: SectionContext): Block[] {
  const { sources } = context.brief;
  const short = sources.length <= SHORT_SOURCE_LIST;
  return [
    ...sources.map((source, i) => ({ ...sourceEntry(context, source, i + 1), keepWithNext: short && i < sources.length - 1 })),
    ...skippedInputsNote(context),
  ];
}

/**
 * Under the list, small and muted, the inputs the brief could not read (Brief.skippedInputs), a line each: the file's
 * name, isolated (a Latin name with its dots and digits stays one island at the line's start), then the problem. A
 * brief whose inputs were all read prints nothing here, byte for byte as before.
 */
function skippedInputsNote(context: SectionContext): Block[] {
  const lines = skippedInputLines(context.brief.skippedInputs);
  if (lines.length === 0) return [];
  const { styles, template } = context;
  const style = { ...styles.small, colour: template.colours.muted };
  const lead = paragraphBlock(context, [{ text: localText(context, SKIPPED_INPUTS_LEAD), style }], style, {
    align: 'start', spaceBefore: styles.body.size * 0.6, spaceAfter: style.size * 0.2, keepWithNext: true,
  });
  return [lead, ...lines.map(({ file, reason }, i) => {
    const spans = [{ text: `${isolate(file)} — ${localText(context, reason)}`, style }];
    return paragraphBlock(context, spans, style, {
      align: 'start', indent: styles.body.size * 1.8, spaceAfter: style.size * 0.2, keepWithNext: i < lines.length - 1,
      structure: paragraphStructure(spans, 'P'),
    });
  })];
}
