import type { FileChild } from 'docx';
import { ACTOR_TYPE_LABEL, COLUMN } from '../brief-labels.ts';
import { sourceNumbering } from '../shared/source-numbers.ts';
import { STYLE } from './brief-styles.ts';
import { briefTable, textCell, type CellContent } from './brief-table.ts';
import { editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { styledTextRuns } from './text-runs.ts';

/**
 * The actors table, as the PDF sets it: name in bold (and other names in brackets), type, roles, mentions, and the numbers
 * of the sources that name the actor, from the brief's source list — a column rather than notes, since an actor
 * named in many sentences would otherwise carry a run of references longer than its name.
 */
export function actorsSection(context: SectionContext): FileChild[] {
  const { brief, template } = context;
  const actors = shownItems(brief.actors, template);
  if (actors.length === 0) return [];
  const numbersOf = sourceNumbering(brief);
  const rows: CellContent[][] = actors.map((actor) => {
    const aliases = actor.aliases.length > 0 ? ` (${actor.aliases.join('، ')})` : '';
    const name = [
      ...styledTextRuns([{ text: actor.name, style: STYLE.label }, { text: aliases }], template.digits),
      ...editedMarkRuns(actor, template),
    ];
    return [
      { paragraphs: [name], text: actor.name + aliases },
      textCell(context, ACTOR_TYPE_LABEL[actor.type]),
      textCell(context, actor.roles.length > 0 ? actor.roles.join('؛ ') : '—'),
      textCell(context, String(actor.mentions)),
      textCell(context, numbersOf(actor.sources).join('، ') || '—'),
    ];
  });
  return [
    sectionHeading(template.labels.actors.ar, template),
    briefTable(context, [COLUMN.name, COLUMN.type, COLUMN.roles, COLUMN.mentions, COLUMN.sources], rows),
  ];
}
