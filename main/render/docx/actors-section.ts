import type { FileChild } from 'docx';
import { briefTable, type CellContent } from './brief-table.ts';
import { ACTOR_TYPE_LABEL, COLUMN } from '../brief-labels.ts';
import { localDigits } from '../local-digits.ts';
import { editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** The actors table: name (with a note for each sentence that names the actor), type, roles, aliases, mentions. */
export function actorsSection(context: SectionContext): FileChild[] {
  const { brief, template, notes } = context;
  const actors = shownItems(brief.actors, template);
  if (actors.length === 0) return [];
  const rows: CellContent[][] = actors.map((actor) => [
    [[...textRuns(actor.name), ...actor.sources.map((citation) => notes.cite(citation)), ...editedMarkRuns(actor)]],
    [textRuns(ACTOR_TYPE_LABEL[actor.type])],
    actor.roles.length > 0 ? actor.roles.map((role) => textRuns(role)) : [[]],
    [textRuns(actor.aliases.join('، '))],
    [textRuns(localDigits(String(actor.mentions), template.digits))],
  ]);
  return [
    sectionHeading(template.labels.actors.ar),
    briefTable([COLUMN.name, COLUMN.type, COLUMN.roles, COLUMN.aliases, COLUMN.mentions], rows, [24, 12, 30, 24, 10]),
  ];
}
