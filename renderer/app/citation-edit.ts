import { claimsCited } from '../../common/claims-cited.ts';
import type { Brief, Citation, Source } from './types.ts';

/**
 * The analyst's edits to an item's quotes, as pure functions (brief in, new brief out) so the undo history keeps
 * every state: remove a quote, replace one, add one. The sections whose items cite: summary points, timeline entries,
 * open questions (an actor's quotes are where it is named, not a claim to support).
 */
export type CitingSection = 'summary' | 'timeline' | 'openQuestions';
export const CITING_SECTIONS: readonly CitingSection[] = ['summary', 'timeline', 'openQuestions'];

/** Where the analyst points a new quote: an item, and the quote it replaces (by its place) if any. */
export interface CiteTarget {
  section: CitingSection;
  id: string;
  replace?: number;
}

interface CitingItem {
  id: string;
  text: string;
  manual: boolean;
  citationsEdited?: true;
  unsupported?: true;
}

const sameQuote = (a: Citation, b: Citation): boolean => a.sourceId === b.sourceId && a.quote === b.quote;

/** An item's quotes, whatever its section calls them (questions call them evidence). */
export function citationsOf(brief: Brief, section: CitingSection, id: string): Citation[] | null {
  switch (section) {
    case 'summary':
    case 'timeline':
      return brief[section].find((i) => i.id === id)?.sources ?? null;
    case 'openQuestions':
      return brief.openQuestions.find((i) => i.id === id)?.evidence ?? null;
  }
}

/** The brief with item `id`'s quotes set to `quotes`: an edit of the analyst, whose quotes a re-assembly keeps. */
function withCitations(brief: Brief, section: CitingSection, id: string, quotes: Citation[]): Brief {
  const mark = { edited: true, citationsEdited: true } as const;
  switch (section) {
    case 'summary':
      return { ...brief, summary: brief.summary.map((i) => (i.id === id ? { ...i, ...mark, sources: quotes, ...(i.event ? { event: claimsCited(i.event, quotes) } : {}) } : i)) };
    case 'timeline':
      return { ...brief, timeline: brief.timeline.map((i) => (i.id === id ? { ...i, ...mark, sources: quotes } : i)) };
    case 'openQuestions':
      return { ...brief, openQuestions: brief.openQuestions.map((i) => (i.id === id ? { ...i, ...mark, evidence: quotes } : i)) };
  }
}

/**
 * The article a new quote comes from, among the brief's sources (listed last when it was not one: the exports number
 * their sources from this list, and "open citation" finds it by id).
 */
function withSource(brief: Brief, source: Source | undefined): Brief {
  if (source === undefined || brief.sources.some((s) => s.id === source.id)) return brief;
  return { ...brief, sources: [...brief.sources, source] };
}

/** Removes the quote at `index` of item `id`. */
export function removeCitation(brief: Brief, section: CitingSection, id: string, index: number): Brief {
  const quotes = citationsOf(brief, section, id);
  if (quotes === null || index < 0 || index >= quotes.length) return brief;
  return withCitations(brief, section, id, quotes.filter((_, i) => i !== index));
}

/**
 * Adds `quote` to item `id` (or, with `replace`, puts it in place of the quote there). A quote the item already cites
 * is not cited twice: a replace by another of its quotes only removes the replaced one, by itself changes nothing.
 */
export function addCitation(brief: Brief, target: CiteTarget, quote: Citation, source?: Source): Brief {
  const quotes = citationsOf(brief, target.section, target.id);
  if (quotes === null) return brief;
  const cited = quotes.some((q) => sameQuote(q, quote));
  let next: Citation[];
  if (target.replace === undefined) {
    if (cited) return brief;
    next = [...quotes, quote];
  } else {
    const replaced = quotes[target.replace];
    if (replaced === undefined || sameQuote(replaced, quote)) return brief;
    next = cited ? quotes.filter((_, i) => i !== target.replace) : quotes.map((q, i) => (i === target.replace ? quote : q));
  }
  return withCitations(withSource(brief, source), target.section, target.id, next);
}

function itemOf(brief: Brief, section: CitingSection, id: string): CitingItem | undefined {
  return (brief[section] as CitingItem[]).find((i) => i.id === id);
}

/**
 * What decides whether item `id`'s quotes support it: for a point or a timeline entry, its words against its quotes'
 * (the host checks, with the Arabic text layer: `check`); for a question, whose words are Mawjaz's own framing of a
 * gap, only whether a quote is left (`known`). An item the analyst wrote with no quote is theirs, not unsupported.
 */
export function supportQuestion(brief: Brief, section: CitingSection, id: string): { check: { text: string; quotes: string[] } } | { known: boolean } | null {
  const item = itemOf(brief, section, id);
  const quotes = citationsOf(brief, section, id);
  if (!item || quotes === null) return null;
  if (quotes.length === 0) return { known: item.manual };
  if (section === 'openQuestions') return { known: true };
  return { check: { text: item.text, quotes: quotes.map((q) => q.quote) } };
}

/** Sets or clears item `id`'s «unsupported» mark (the same brief when it already says so). */
export function markSupport(brief: Brief, section: CitingSection, id: string, supported: boolean): Brief {
  const item = itemOf(brief, section, id);
  if (!item || (item.unsupported === true) === !supported) return brief;
  const set = <T extends CitingItem>(i: T): T => {
    if (i.id !== id) return i;
    if (!supported) return { ...i, unsupported: true };
    const { unsupported: _gone, ...rest } = i;
    return rest as T;
  };
  switch (section) {
    case 'summary':
      return { ...brief, summary: brief.summary.map(set) };
    case 'timeline':
      return { ...brief, timeline: brief.timeline.map(set) };
    case 'openQuestions':
      return { ...brief, openQuestions: brief.openQuestions.map(set) };
  }
}

/** The text and quotes a support answer was about: an answer about anything else is stale. */
export function supportKey(brief: Brief, section: CitingSection, id: string): string | null {
  const item = itemOf(brief, section, id);
  const quotes = citationsOf(brief, section, id);
  return item && quotes ? JSON.stringify([item.text, quotes]) : null;
}
