/** The item lists of a brief that carry the analyst's marks (model/brief.ts ItemState). */
const ITEM_LISTS = ['keyJudgments', 'summary', 'actors', 'timeline', 'openQuestions'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The brief inside `data`: a Brief itself, or a draft as the desk saves it (`{ id, brief, history }`, read-brief.ts). */
function briefOf(data: unknown): Record<string, unknown> | null {
  if (!isRecord(data)) return null;
  return !('schemaVersion' in data) && 'brief' in data ? briefOf(data.brief) : data;
}

/**
 * How many items of a brief (or a saved draft) the analyst changed or wrote: those the exports mark «(معدّل)» or
 * «(أضافه المحلل)» (render/shared/edited-mark.ts). Read without the schema, on purpose: a brief edited by hand into
 * a shape the schema refuses is still the analyst's work, and a value that is no brief at all has none (0).
 */
export function analystEdits(data: unknown): number {
  const brief = briefOf(data);
  if (brief === null) return 0;
  let count = 0;
  for (const list of ITEM_LISTS) {
    const items = brief[list];
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) if (isRecord(item) && (item.edited === true || item.manual === true)) count++;
  }
  return count;
}
