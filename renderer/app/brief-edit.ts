import type { Brief, EditableSection } from './types.ts';

/**
 * The analyst's edits to a Brief, as pure functions (brief in, new brief out) so the undo history can keep
 * every state. Excluded items stay in the brief; rewritten items keep their citations and are marked edited.
 */
type Item = { id: string; included: boolean; edited: boolean; manual: boolean; needsReview?: boolean };

function mapSection(brief: Brief, section: EditableSection, f: (items: Item[]) => Item[]): Brief {
  return { ...brief, [section]: f(brief[section] as Item[]) };
}

export function moveItem(brief: Brief, section: EditableSection, id: string, delta: -1 | 1): Brief {
  return mapSection(brief, section, (items) => {
    const from = items.findIndex((i) => i.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= items.length) return items;
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    return next;
  });
}

export function setIncluded(brief: Brief, section: EditableSection, id: string, included: boolean): Brief {
  return mapSection(brief, section, (items) => items.map((i) => (i.id === id ? { ...i, included } : i)));
}

/** Rewrites an item's text (an actor's name); its citations stay and it is marked as edited by the analyst. */
export function rewriteItem(brief: Brief, section: EditableSection, id: string, text: string): Brief {
  const field = section === 'actors' ? 'name' : 'text';
  return mapSection(brief, section, (items) =>
    items.map((i) => (i.id === id && (i as unknown as Record<string, unknown>)[field] !== text ? { ...i, [field]: text, edited: true } : i)),
  );
}

/** The analyst looked at an item a re-assembly flagged (its source sentences changed): the flag goes. */
export function markReviewed(brief: Brief, section: EditableSection, id: string): Brief {
  return mapSection(brief, section, (items) =>
    items.map((i) => {
      if (i.id !== id || i.needsReview === undefined) return i;
      const { needsReview: _done, ...rest } = i;
      return rest;
    }),
  );
}

function freshId(brief: Brief, section: EditableSection): string {
  const taken = new Set((brief[section] as Item[]).map((i) => i.id));
  let n = 1;
  while (taken.has(`m-${section}-${n}`)) n++;
  return `m-${section}-${n}`;
}

/** Adds an item the analyst wrote (no citations); timeline items need a date in the PartialDate form. */
export function addManualItem(brief: Brief, section: EditableSection, text: string, date?: string): Brief {
  const base = { id: freshId(brief, section), included: true, edited: false, manual: true };
  switch (section) {
    case 'summary':
      return { ...brief, summary: [...brief.summary, { ...base, text, sources: [] }] };
    case 'timeline':
      return { ...brief, timeline: [...brief.timeline, { ...base, text, date: date ?? '', approximate: false, sources: [] }] };
    case 'openQuestions':
      return { ...brief, openQuestions: [...brief.openQuestions, { ...base, text, kind: 'unknown', evidence: [] }] };
    case 'actors':
      return {
        ...brief,
        actors: [...brief.actors, { ...base, name: text, type: 'other', aliases: [], roles: [], rolesBySource: [], mentions: 0, sources: [], proposedMerges: [] }],
      };
  }
}

export const PARTIAL_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/;

/** The sections whose items carry a credibility: key points, timeline entries and open questions. */
export type GradedSection = 'summary' | 'timeline' | 'openQuestions' | 'keyJudgments';

/**
 * The analyst grades an item's credibility (1–6), or with null goes back to Mawjaz's suggestion. An item without a
 * suggestion (one the analyst wrote) takes the grade with the reason that nothing cites it, as assembly would say.
 */
export function setCredibility(brief: Brief, section: GradedSection, id: string, grade: number | null, noSources: { ar: string; en: string }): Brief {
  type Graded = { id: string; credibility?: Brief['summary'][number]['credibility'] };
  const items = ((brief[section] ?? []) as Graded[]).map((p) => {
    if (p.id !== id) return p;
    const current = p.credibility ?? { suggested: 6, basis: 'no-sources' as const, reason: noSources };
    const { chosen: _old, ...rest } = current;
    if (grade === null) return p.credibility === undefined ? p : { ...p, credibility: rest };
    return { ...p, credibility: { ...rest, chosen: grade } };
  });
  return { ...brief, [section]: items };
}
