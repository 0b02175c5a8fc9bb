// The labelled pages the byline chooser learns from and is measured on: every page of a format set read as the import
// reads it (tests/eval/metadata.ts), its author candidates, and which of them is the author its expected.json names
// (as the metadata eval compares authors: by line key).
import { join } from 'node:path';
import { cleanArticle } from '../main/ingest/clean-article.ts';
import { classifyLines } from '../main/ingest/clean/classify-lines.ts';
import { lineKey } from '../main/ingest/lines/line-key.ts';
import { authorCandidates, type AuthorCandidate } from '../main/ingest/author/author-candidates.ts';
import { loadSet, rawPage } from '../tests/eval/metadata.ts';
import type { LabelledPage as ChoicePage } from './choice-training.ts';
import { IMPORT_DATE } from './format-training-sets.ts';
import type { FrozenAuthorReads } from './frozen-reads-file.ts';

export interface LabelledAuthorPage extends ChoicePage {
  candidates: (AuthorCandidate & { right: boolean })[];
}

/**
 * The pages of the set in `folder`, each with its labelled candidates; `frozen`, when given, is what rules that had
 * not seen the set read (page name → author), which then stands for the rules' choice.
 */
export async function labelledAuthorSet(folder: string, frozen?: Readonly<Record<string, { author: string | null }>>): Promise<LabelledAuthorPage[]> {
  const pages: LabelledAuthorPage[] = [];
  for (const p of loadSet(folder)) {
    const raw = await rawPage(folder, p.name, p.text);
    const record = cleanArticle(raw, { now: IMPORT_DATE, authorReader: 'rules' });
    const today = record.author;
    const rules = frozen === undefined ? today : (frozen[p.name]?.author ?? null);
    const want = p.expected.author;
    const matches = (v: string): boolean => want !== null && lineKey(want) === lineKey(v);
    const lines = classifyLines(raw.text, { now: IMPORT_DATE }).lines;
    const candidates = authorCandidates({ raw, lines, outlet: record.outlet, rules }).map((c) => ({ ...c, right: c.value === null ? want === null : matches(c.value) }));
    pages.push({ name: p.name, expected: want, rules, today, candidates, matches });
  }
  return pages;
}

/** Every training set's labelled pages, by set name, with the frozen rules' author where `frozen` has the set. */
export async function labelledAuthorSets(formatsRoot: string, sets: readonly string[], frozen: FrozenAuthorReads = {}): Promise<Map<string, LabelledAuthorPage[]>> {
  const out = new Map<string, LabelledAuthorPage[]>();
  for (const s of sets) out.set(s, await labelledAuthorSet(join(formatsRoot, s), frozen[s]?.pages));
  return out;
}
