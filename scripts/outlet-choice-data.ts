// The labelled pages the outlet chooser learns from and is measured on: every page of a format set read as the import
// reads it (tests/eval/metadata.ts), its outlet candidates, and which of them name the outlet its expected.json names
// (as the metadata eval compares outlets).
import { join } from 'node:path';
import { cleanArticle } from '../main/ingest/clean-article.ts';
import { splitLines } from '../main/ingest/lines/split-lines.ts';
import { citedOutlet } from '../main/ingest/metadata/cited-outlet.ts';
import type { RawDocument } from '../main/model/raw-document.ts';
import { IMPORT_DATE } from './format-training-sets.ts';
import { detectOutlet, outletNamesake } from '../main/ingest/metadata/detect-outlet.ts';
import { outletCandidates, type OutletCandidate } from '../main/ingest/outlet/outlet-candidates.ts';
import { loadSet, rawPage, sameOutlet } from '../tests/eval/metadata.ts';
import type { LabelledPage as ChoicePage } from './choice-training.ts';
import type { FrozenReads } from './frozen-reads-file.ts';

/**
 * The page's title as the import reads it, never taken for a masthead's form of the outlet (citedOutlet's `titles`),
 * read beside the rules' outlet: the import's is the chooser's now (read-outlet.ts), and the pages it learns from must
 * not depend on the weights they train.
 */
function citedTitles(raw: RawDocument): string[] {
  const title = cleanArticle(raw, { now: IMPORT_DATE, outletReader: 'rules' }).title;
  return title === null ? [] : [title.trim()];
}

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
    // Each candidate as the import would give it were it picked: the namesake of the page's state (learned-outlet.ts),
    // cited as the import cites the outlet it read (furniture-outlet.ts: «Beam Reports» is «بيم ريبورتس» on a page
    // spelling it in Arabic), as the frozen rules' reads were (they are the import's output at their commit).
    const titles = citedTitles(raw);
    const read = outletCandidates({ raw, lines, rules }).map((c) => {
      const named = c.value === null ? null : outletNamesake(raw, lines, { value: c.value, basis: 'inferred' });
      const value = named?.value == null ? null : citedOutlet(named.value, raw.text, raw.declared.siteNames, titles);
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
