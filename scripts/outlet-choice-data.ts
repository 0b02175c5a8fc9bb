// The labelled pages the outlet chooser learns from and is measured on: every page of a format set read as the import
// reads it (tests/eval/metadata.ts), its outlet candidates, and which of them name the outlet its expected.json names
// (as the metadata eval compares outlets).
import { join } from 'node:path';
import { splitLines } from '../main/ingest/lines/split-lines.ts';
import { detectOutlet, outletNamesake } from '../main/ingest/metadata/detect-outlet.ts';
import { outletCandidates, type OutletCandidate } from '../main/ingest/outlet/outlet-candidates.ts';
import { loadSet, rawPage, sameOutlet } from '../tests/eval/metadata.ts';
import type { LabelledPage as ChoicePage } from './choice-training.ts';
import type { FrozenReads } from './frozen-reads-file.ts';

export interface LabelledOutletPage extends ChoicePage {
  candidates: (OutletCandidate & { right: boolean })[];
}

/**
 * The pages of the set in `folder`, each with its labelled candidates; `frozen`, when given, is what rules that had
 * not seen the set read (page name → outlet), which then stands for the rules' choice.
 */
export async function labelledOutletSet(folder: string, frozen?: Readonly<Record<string, { outlet: string | null }>>): Promise<LabelledOutletPage[]> {
  const pages: LabelledOutletPage[] = [];
  for (const p of loadSet(folder)) {
    const raw = await rawPage(folder, p.name, p.text);
    const lines = splitLines(raw.text);
    const today = detectOutlet(raw, lines).value;
    const rules = frozen === undefined ? today : (frozen[p.name]?.outlet ?? null);
    const want = p.expected.outlet;
    const matches = (v: string): boolean => want !== null && sameOutlet(want, v, p.text);
    // Each candidate as the chooser would give it were it picked: the namesake of the page's state (learned-outlet.ts).
    const read = outletCandidates({ raw, lines, rules }).map((c) => {
      const value = c.value === null ? null : outletNamesake(raw, lines, { value: c.value, basis: 'inferred' }).value;
      return { ...c, value, named: value !== null && matches(value) };
    });
    // «No outlet» is right where the page has none, and where no candidate names the one it has: there any name is a
    // wrong outlet, which costs more than none (a wrong outlet miscounts a brief's independent sources).
    const reachable = read.some((c) => c.named);
    const candidates = read.map(({ named, ...c }) => ({ ...c, right: c.value === null ? want === null || !reachable : named }));
    pages.push({ name: p.name, expected: want, rules, today, candidates, matches });
  }
  return pages;
}

/** Every training set's labelled pages, by set name, with the frozen rules' choice where `frozen` has the set. */
export async function labelledOutletSets(formatsRoot: string, sets: readonly string[], frozen: FrozenReads = {}): Promise<Map<string, LabelledOutletPage[]>> {
  const out = new Map<string, LabelledOutletPage[]>();
  for (const s of sets) out.set(s, await labelledOutletSet(join(formatsRoot, s), frozen[s]?.pages));
  return out;
}
