import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedTitle } from './learned-title.ts';
import { rulesTitle, rulesTitleOf, titleSources } from './rules-title.ts';

/** Which reader gives the import its title: the hand-written rules (rules-title.ts) or the learned chooser over them. */
export type TitleReader = 'rules' | 'learned';

/**
 * The import's title reader: the one switch between the rules and the learned chooser (learned-title.ts). The chooser,
 * measured once on each of the sets written apart from its training, read as well as the rules or better on every one
 * (untouched-10 title P/R 70/70 against the rules' 67/67, untouched-11 77/79 against 63/65, untouched-12 91/94 against
 * the same), so the import uses it. It reads the rules' sources with them, once. Its cost: 8–16 % of the cleaning's
 * CPU over the rules alone on the bench's articles (tests/bench/choice-cost.ts, and processes set against each other),
 * paid for by the cleaning made cheaper in the same change (line keys keyed once, stems looked up once per text):
 * cleaning 2,000 bench articles with the chooser costs ×0.91–0.93 of what the rules alone cost before (interleaved, the
 * last landed commit against this one). What is left of its cost is the head lines' features and furniture (lineDrafts,
 * the stripper) on every page. An analyst's own title wins over either (the workspace's metadata corrections, applied
 * after the import).
 */
export const IMPORT_TITLE_READER: TitleReader = 'learned';

/** The page's title as `reader` reads it (the import's reader unless told); for the chooser, the rules' sources are read once. */
export function readTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined, reader: TitleReader = IMPORT_TITLE_READER): Detected<string> {
  // The rules alone read a source only when the ones before it gave nothing; the chooser weighs every source.
  if (reader === 'rules') return rulesTitle(raw, classified, outlet, now);
  const sources = titleSources(raw, classified, now);
  const rules = rulesTitleOf(raw, classified, outlet, sources);
  return learnedTitle(raw, classified, outlet, now, undefined, { rules, sources });
}
