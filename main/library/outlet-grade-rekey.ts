import { outletKey } from '../ingest/metadata/outlet-key.ts';

/**
 * What rewriting the stored outlet grades under outletKey does, decided apart from either store (the workspace's
 * SQLite and the team library's PostgreSQL apply the same plan). Grades stored under an older key function may name
 * one outlet under two keys («جريدة الصباح» and «الصباح»); under the new one they fold to one. The grade kept is the
 * one graded last: the analyst's newest judgement of the outlet, the same rule by which grading a second spelling
 * regrades the outlet (outlet-grades.ts). The others are not dropped silently: the plan lists them, and each store
 * keeps them in outlet_grades_folded, with the key they were folded into.
 */

/** A stored grade row, as both stores keep it. */
export interface StoredGrade {
  outletKey: string;
  outlet: string;
  grade: string;
  gradedAt: string;
}

/** A row of outlet_grades_folded: a grade folded into the grade under `foldedInto`. */
export interface FoldedGrade extends StoredGrade {
  foldedInto: string;
}

export interface RekeyPlan {
  /** Whether anything is to be written: false when every row already has its key and no two rows share one. */
  changed: boolean;
  /** The rows to keep, each under its new key, by key. */
  kept: StoredGrade[];
  /** The rows folded into another, graded earlier, with the new key they were folded into. */
  folded: { row: StoredGrade; into: string }[];
  /** Each old key's new key (an old key's row may be folded): the exchange's origins follow it. */
  keys: ReadonlyMap<string, string>;
  /** Folded rows that are graded again, each under its new key (written into outlet_grades, taken out of the folded). */
  restored: { row: FoldedGrade; key: string }[];
}

/** The later of two rows of one outlet: graded later, else (a tie) the greater old key, so the plan never depends on row order. */
function later(a: StoredGrade, b: StoredGrade): StoredGrade {
  const ta = Date.parse(a.gradedAt);
  const tb = Date.parse(b.gradedAt);
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb ? a : b;
  if (a.gradedAt !== b.gradedAt) return a.gradedAt > b.gradedAt ? a : b;
  return a.outletKey >= b.outletKey ? a : b;
}

/** Outlet keys in code-unit order: the one order of the grades a plan keeps and of the grades it leaves. */
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The plan for `rows` (see the module's comment). A folded row whose new key is no longer the key it was folded into,
 * and which no grade holds, is restored: a later outlet list that tells the two outlets apart gets the grade back
 * (the later of two such rows of one key; the other stays folded).
 */
export function planOutletRekey(rows: readonly StoredGrade[], foldedRows: readonly FoldedGrade[] = []): RekeyPlan {
  const keys = new Map<string, string>();
  const winners = new Map<string, StoredGrade>();
  for (const row of rows) {
    const key = outletKey(row.outlet);
    keys.set(row.outletKey, key);
    const seen = winners.get(key);
    winners.set(key, seen === undefined ? row : later(seen, row));
  }
  const folded: RekeyPlan['folded'] = [];
  for (const row of rows) {
    const into = keys.get(row.outletKey) ?? row.outletKey;
    if (winners.get(into) !== row) folded.push({ row, into });
  }
  const back = new Map<string, FoldedGrade>();
  for (const row of foldedRows) {
    const key = outletKey(row.outlet);
    if (key === row.foldedInto || winners.has(key)) continue;
    const seen = back.get(key);
    back.set(key, seen === undefined ? row : (later(seen, row) as FoldedGrade));
  }
  const restored = [...back].map(([key, row]) => ({ row, key }));
  const kept = [...winners].sort(([a], [b]) => byKey(a, b)).map(([key, row]) => ({ ...row, outletKey: key }));
  const changed = folded.length > 0 || restored.length > 0 || rows.some((r) => keys.get(r.outletKey) !== r.outletKey);
  return { changed, kept, folded, keys, restored };
}

/**
 * The grades as writing `plan` would leave them, by key: what a role that may not write the rekey (a read-only one)
 * reads of a library whose keys are stale, so that it sees one grade per outlet as this build keys it.
 */
export function gradesAfterRekey(plan: RekeyPlan): StoredGrade[] {
  const all = [...plan.kept, ...plan.restored.map(({ row, key }): StoredGrade => ({ outletKey: key, outlet: row.outlet, grade: row.grade, gradedAt: row.gradedAt }))];
  return all.sort((a, b) => byKey(a.outletKey, b.outletKey));
}

/**
 * Of the names of folded grades, those of the outlet keyed `key` now: ungrading the outlet takes them too. Left
 * folded, a later key (a new KEY_VERSION or outlet list) that no longer finds a grade under `key` would give one of
 * them back, a grade of the outlet the analyst had removed. A folded grade of another outlet (its name keyed apart
 * now) stays: the analyst did not ungrade that one.
 */
export function foldedNamesOf(key: string, foldedNames: readonly string[]): string[] {
  return [...new Set(foldedNames)].filter((name) => outletKey(name) === key);
}
