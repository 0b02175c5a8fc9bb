import type { Brief, BriefSource, Citation, SummaryPoint } from '../model/brief.ts';
import { citationKey } from '../model/citation-key.ts';
import { claimsCited } from '../../common/claims-cited.ts';

/**
 * Re-assembly merges, never replaces: the analyst's draft and a fresh assembly of the same selection become one
 * draft in which every decision of the analyst stands.
 * - Rewritten items keep the analyst's words; when their source sentences changed (or are gone) they stay, flagged
 *   `needsReview`. Quotes the analyst chose (`citationsEdited`) stay too, with the item's `unsupported` mark.
 * - Excluded items stay excluded (an excluded item the new assembly no longer finds stays too, still excluded).
 * - Items the analyst wrote stay as written.
 * - The analyst's order stands; material the draft lacked comes in after its neighbour in the new assembly, marked
 *   `isNew`.
 * - Everything else (untouched assembled items) takes the new assembly's content, so actor corrections and new
 *   articles show; untouched items the new assembly no longer finds go.
 * Items are matched by id: assembled ids are stable (summary/stable-id.ts, actors' idKey, timeline's date and text).
 */

type Item = {
  id: string;
  included: boolean;
  edited: boolean;
  manual: boolean;
  isNew?: boolean;
  needsReview?: boolean;
  citationsEdited?: true;
  unsupported?: true;
};

interface SectionRules<T extends Item> {
  /** The field the analyst rewrites. */
  text: keyof T & string;
  /** The field that holds the item's quotes. */
  citationField: keyof T & string;
  citations: (item: T) => readonly Citation[];
}

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  return a.length === b.length && a.every((c, i) => citationKey(c) === citationKey(b[i] as Citation));
}

/** The item without the marks of an earlier re-assembly that no longer hold. */
function settled<T extends Item>(item: T): T {
  const { isNew: _new, ...rest } = item;
  return rest as T;
}

/** The analyst's version of `old` set on the assembly's `fresh` item, or on `old` itself when `fresh` is gone. */
function keepEdited<T extends Item>(old: T, fresh: T | undefined, rules: SectionRules<T>): T {
  if (!fresh) return { ...settled(old), needsReview: true };
  // Quotes the analyst chose are the analyst's decision: kept, and no change of the assembly's quotes asks for review.
  const chosen = old.citationsEdited === true;
  const changed = !chosen && !sameCitations(rules.citations(old), rules.citations(fresh));
  const review = changed || old.needsReview === true;
  return {
    ...fresh,
    [rules.text]: old[rules.text],
    included: old.included,
    edited: true,
    ...(chosen ? { [rules.citationField]: old[rules.citationField], citationsEdited: true } : {}),
    ...(old.unsupported === true ? { unsupported: true } : {}),
    ...(review ? { needsReview: true } : {}),
  };
}

/** One section merged: the analyst's items in the analyst's order, new material after its neighbour. */
export function mergeSection<T extends Item>(draft: readonly T[], fresh: readonly T[], rules: SectionRules<T>): T[] {
  const freshById = new Map(fresh.map((i) => [i.id, i]));
  const kept: T[] = [];
  for (const old of draft) {
    const next = freshById.get(old.id);
    if (old.manual) kept.push(settled(old));
    else if (old.edited) kept.push(keepEdited(old, next, rules));
    else if (next) kept.push({ ...next, included: old.included });
    else if (!old.included) kept.push(settled(old));
  }
  const keptIds = new Set(kept.map((i) => i.id));
  // New items go after the nearest item before them in the new assembly that the draft has (or first of all).
  const after = new Map<string | null, T[]>();
  let anchor: string | null = null;
  for (const item of fresh) {
    if (keptIds.has(item.id)) {
      anchor = item.id;
      continue;
    }
    after.set(anchor, [...(after.get(anchor) ?? []), { ...item, isNew: true }]);
  }
  return [...(after.get(null) ?? []), ...kept.flatMap((i) => [i, ...(after.get(i.id) ?? [])])];
}

/**
 * The analyst's credibility grade stands through a re-assembly as their words do: a point, entry or question keeps
 * the grade they chose, beside the new assembly's suggestion and its reason.
 */
function keepChosenCredibility<T extends Pick<SummaryPoint, 'id' | 'credibility'>>(draft: readonly T[], merged: T[]): T[] {
  const chosen = new Map(draft.flatMap((p) => (p.credibility?.chosen === undefined ? [] : [[p.id, p.credibility.chosen] as const])));
  return merged.map((p) => {
    const grade = chosen.get(p.id);
    if (grade === undefined || p.credibility === undefined || p.credibility.chosen === grade) return p;
    return { ...p, credibility: { ...p.credibility, chosen: grade } };
  });
}

/**
 * The point with its event's claims cut to the quotes it cites: the fresh event is read from the assembly's quotes,
 * and a quote the analyst removed must not stay credited.
 */
function withClaimsCited(point: SummaryPoint): SummaryPoint {
  return point.event ? { ...point, event: claimsCited(point.event, point.sources) } : point;
}

/** Sources of the new assembly, then any source a kept item still cites that the new assembly no longer has. */
function mergeSources(draft: Brief, fresh: Brief, cited: ReadonlySet<string>): BriefSource[] {
  const have = new Set(fresh.sources.map((s) => s.id));
  return [...fresh.sources, ...draft.sources.filter((s) => cited.has(s.id) && !have.has(s.id))];
}

/**
 * The draft after a re-assembly of its own selection (see the rules above). Pure: the same draft and assembly give
 * the same brief. The analyst's title, author and marking stay; the date, topics and sources are the new assembly's.
 */
export function mergeReassembly(draft: Brief, fresh: Brief): Brief {
  const summary = keepChosenCredibility(draft.summary, mergeSection(draft.summary, fresh.summary, { text: 'text', citationField: 'sources', citations: (i) => i.sources })).map(withClaimsCited);
  const actors = mergeSection(draft.actors, fresh.actors, { text: 'name', citationField: 'sources', citations: (i) => i.sources });
  const timeline = keepChosenCredibility(draft.timeline, mergeSection(draft.timeline, fresh.timeline, { text: 'text', citationField: 'sources', citations: (i) => i.sources }));
  const openQuestions = keepChosenCredibility(draft.openQuestions, mergeSection(draft.openQuestions, fresh.openQuestions, { text: 'text', citationField: 'evidence', citations: (i) => i.evidence }));
  const cited = new Set(
    [...summary.flatMap((i) => i.sources), ...actors.flatMap((i) => i.sources), ...timeline.flatMap((i) => i.sources), ...openQuestions.flatMap((i) => i.evidence)].map(
      (c) => c.sourceId,
    ),
  );
  return {
    ...fresh,
    title: draft.title,
    author: draft.author,
    marking: draft.marking,
    sources: mergeSources(draft, fresh, cited),
    summary,
    actors,
    timeline,
    openQuestions,
  };
}
