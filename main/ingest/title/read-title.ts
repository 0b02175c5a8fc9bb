import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedTitle } from './learned-title.ts';
import { rulesTitle, rulesTitleOf, titleSources } from './rules-title.ts';

/** Which reader gives the import its title: the hand-written rules (rules-title.ts) or the learned chooser over them. */
export type TitleReader = 'rules' | 'learned';

/**
 * The import's title reader: the one switch between the rules and the learned chooser (learned-title.ts). The chooser,
 * measured once on each of the two sets written apart from its training (untouched-10 title P/R 70/70 against the
 * rules' 67/67, untouched-11 77/79 against 63/65), reads the rules' sources with them, once. Still the rules: on the
 * import bench's articles the chooser adds 8–10 % to the cleaning's CPU time when both readers run in one process
 * (tests/bench/choice-cost.ts 9 bench, arm C: ×1.08–1.10 with each text's stems and word counts read once, ×1.21–1.25
 * before), but 15–16 % when a process cleaning with it is set against one cleaning with the rules (interleaved
 * processes, main's rules against the chooser, 7–9 pairs): over the issue's 10 % by that count. What is left is the
 * head lines' features and furniture (lineDrafts, the stripper) on every page. An analyst's own title wins over
 * either (the workspace's metadata corrections, applied after the import).
 */
export const IMPORT_TITLE_READER: TitleReader = 'rules';

/** The page's title as `reader` reads it (the import's reader unless told); for the chooser, the rules' sources are read once. */
export function readTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined, reader: TitleReader = IMPORT_TITLE_READER): Detected<string> {
  // The rules alone read a source only when the ones before it gave nothing; the chooser weighs every source.
  if (reader === 'rules') return rulesTitle(raw, classified, outlet, now);
  const sources = titleSources(raw, classified, now);
  const rules = rulesTitleOf(raw, classified, outlet, sources);
  return learnedTitle(raw, classified, outlet, now, undefined, { rules, sources });
}
