// The labelled pages the title chooser learns from and is measured on: every page of a format set read as the import
// reads it (tests/eval/metadata.ts), its title candidates, and which of them give the title its expected.json names.
import { join } from 'node:path';
import { lineKey } from '../main/ingest/lines/line-key.ts';
import { titleCandidates, type TitleCandidate } from '../main/ingest/title/title-candidates.ts';
import { headlineStripper, titlePage } from '../main/ingest/title/title-page.ts';
import { loadSet, rawPage } from '../tests/eval/metadata.ts';
import type { FrozenReads } from './frozen-reads-file.ts';
import type { LabelledPage as ChoicePage } from './choice-training.ts';

export interface LabelledPage extends ChoicePage {
  candidates: (TitleCandidate & { right: boolean })[];
}

/** Whether a read title is the expected one, as the metadata eval compares them (their line keys). */
export function sameTitle(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && lineKey(a) === lineKey(b);
}

/**
 * The pages of the set in `folder`, read against `now`, each with its labelled candidates; `frozen`, when given, is
 * what rules that had not seen the set read (page name → title), which then stands for the rules' choice.
 */
export async function labelledSet(folder: string, now: string, frozen?: Readonly<Record<string, { title: string | null }>>): Promise<LabelledPage[]> {
  const pages: LabelledPage[] = [];
  for (const p of loadSet(folder)) {
    const raw = await rawPage(folder, p.name, p.text);
    const read = titlePage(raw, now);
    const page = frozen === undefined ? read : { ...read, rules: frozen[p.name]?.title ?? null };
    const want = p.expected.title;
    const candidates = titleCandidates(page, headlineStripper(raw, page.outlet)).map((c) => ({ ...c, right: c.value === null ? want === null : sameTitle(c.value, want) }));
    pages.push({ name: p.name, expected: want, rules: page.rules, today: read.rules, candidates, matches: (v) => sameTitle(v, want) });
  }
  return pages;
}

/** Every training set's labelled pages, by set name, with the frozen rules' choice where `frozen` has the set. */
export async function labelledSets(formatsRoot: string, sets: readonly string[], now: string, frozen: FrozenReads = {}): Promise<Map<string, LabelledPage[]>> {
  const out = new Map<string, LabelledPage[]>();
  for (const s of sets) out.set(s, await labelledSet(join(formatsRoot, s), now, frozen[s]?.pages));
  return out;
}
