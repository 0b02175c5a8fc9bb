import type { Actor } from '../../model/brief.ts';
import { ACTOR_TYPE_LABEL, COLUMN } from '../brief-labels.ts';
import type { Block } from './blocks.ts';
import { briefTable } from './brief-table.ts';
import { sourcesCell } from './citation-marks.ts';
import { editedMarkSpans } from './corroboration.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';
import type { Span } from './typeset/types.ts';

const COLUMNS = [COLUMN.name, COLUMN.type, COLUMN.roles, COLUMN.mentions, COLUMN.sources];

/** An actor's row: name in bold (aliases after it in brackets, then the analyst's mark), type, roles, mentions, the sources that name it. */
export function actorRow(context: SectionContext, actor: Actor): Span[][] {
  const { styles } = context;
  return [
    [
      { text: localText(context, actor.name), style: styles.smallBold },
      ...(actor.aliases.length > 0 ? [{ text: ` (${localText(context, actor.aliases.join('، '))})`, style: styles.small }] : []),
      ...editedMarkSpans(context, actor, styles.small),
    ],
    [{ text: ACTOR_TYPE_LABEL[actor.type], style: styles.small }],
    [{ text: actor.roles.length > 0 ? localText(context, actor.roles.join('؛ ')) : '—', style: styles.small }],
    [{ text: localText(context, String(actor.mentions)), style: styles.small }],
    sourcesCell(context, actor.sources),
  ];
}

/** The actors table, a row for each shown actor; no table at all when none is shown. */
export function actorsSection(context: SectionContext): Block[] {
  const actors = shownItems(context, context.brief.actors);
  if (actors.length === 0) return [];
  return [briefTable(context, COLUMNS, actors.map((actor) => actorRow(context, actor)))];
}
