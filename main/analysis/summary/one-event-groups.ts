/**
 * Events as the summary tells them (issue 14): no two points about one event, no point joining two. The grouping
 * (events.ts) compares sentences pair by pair; these two passes read the people each group is about
 * (event-persons.ts), which a pair of sentences alone may not show: a sentence of another article that names nobody
 * and follows the account of another meeting leaves its group, and groups that name the same people, on compatible
 * days, from one source or in shared words, become one.
 */
import { countShared } from './bag-of-words.ts';
import type { UnitPersons } from './event-persons.ts';
import { datesAgree, type EventDateValue } from './event-dates.ts';

// Two people named by both: one shared name is the story's central actor, who acts in many of its events.
const SHARED_PERSONS = 2;

/**
 * Each group without the units of other articles that name nobody and follow an account of other people (two
 * people or more on each side, none shared): «وأضافت سانا أن الرسالة …» after a meeting of two others is not the
 * «وقد تناول اللقاء …» of this one. The units taken out make one group of their own, after the others.
 */
export function withoutForeignUnits(groups: readonly (readonly number[])[], persons: UnitPersons, repOf: (g: readonly number[]) => number, articlesOf: (i: number) => readonly number[]): number[][] {
  const out: number[][] = [];
  const apart: number[][] = [];
  for (const g of groups) {
    // Only a unit that names nobody and follows an account of two people or more can be another event's.
    if (!g.some((i) => persons.own(i).size === 0 && persons.context(i).size >= SHARED_PERSONS)) {
      out.push([...g]);
      continue;
    }
    const rep = repOf(g);
    const about = persons.context(rep);
    const repArticles = new Set(articlesOf(rep));
    const foreign = (i: number): boolean => {
      const other = persons.context(i);
      return (
        i !== rep &&
        persons.own(i).size === 0 &&
        about.size >= SHARED_PERSONS &&
        other.size >= SHARED_PERSONS &&
        countShared(about, other) === 0 &&
        !articlesOf(i).some((a) => repArticles.has(a))
      );
    };
    const moved = g.filter(foreign);
    out.push(moved.length > 0 ? g.filter((i) => !moved.includes(i)) : [...g]);
    if (moved.length > 0) apart.push(moved);
  }
  return [...out, ...apart];
}

/** What merging reads of a group. */
export interface GroupView {
  date: (g: readonly number[]) => EventDateValue | undefined;
  sources: (g: readonly number[]) => readonly string[];
  /** The cosine of two groups' representative wordings. */
  wording: (a: readonly number[], b: readonly number[]) => number;
}

// Wording this close says one event when the names do too (the shared names' own words are most of it).
const SHARED_WORDING = 0.2;

/**
 * The groups, heaviest first, with each later group that tells the same event as an earlier one folded into it:
 * the same two people or more named by both, days that agree or one undated, and a source telling both or shared
 * wording. Returns the groups kept, in their order, each listing its units (the kept group's first).
 */
export function mergedOneEventGroups(groups: readonly (readonly number[])[], persons: UnitPersons, view: GroupView): number[][] {
  const named = (g: readonly number[]): Set<string> => new Set(g.flatMap((i) => [...persons.own(i)]));
  const kept: { g: number[]; names: Set<string>; date: EventDateValue | undefined; sources: Set<string> }[] = [];
  for (const g of groups) {
    const names = named(g);
    const date = view.date(g);
    const sources = view.sources(g);
    const into = kept.find(
      (k) =>
        countShared(k.names, names) >= SHARED_PERSONS &&
        (k.date === undefined || date === undefined || datesAgree(k.date, date)) &&
        (sources.some((s) => k.sources.has(s)) || view.wording(k.g, g) >= SHARED_WORDING),
    );
    if (into) {
      into.g.push(...g);
      for (const n of names) into.names.add(n);
      for (const s of sources) into.sources.add(s);
      into.date ??= date;
    } else kept.push({ g: [...g], names, date, sources: new Set(sources) });
  }
  return kept.map((k) => k.g);
}
