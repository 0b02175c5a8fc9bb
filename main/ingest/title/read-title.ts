import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedTitle } from './learned-title.ts';
import { rulesTitleOf, titleSources } from './rules-title.ts';

/** Which reader gives the import its title: the hand-written rules (rules-title.ts) or the learned chooser over them. */
export type TitleReader = 'rules' | 'learned';

/**
 * The import's title reader: the one switch between the rules and the learned chooser (learned-title.ts). The chooser,
 * measured once on each of the two sets written apart from its training (untouched-10 title P/R 70/70 against the
 * rules' 67/67, untouched-11 77/79 against 63/65), reads the rules' sources once with them and adds a few per cent to
 * the cleaning's CPU time (tests/bench/choice-cost.ts). An analyst's own title still wins over either (the
 * workspace's metadata corrections, applied after the import).
 */
export const IMPORT_TITLE_READER: TitleReader = 'learned';

/** The page's title as `reader` reads it (the import's reader unless told); the rules' sources are read once for both. */
export function readTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined, reader: TitleReader = IMPORT_TITLE_READER): Detected<string> {
  const sources = titleSources(raw, classified, now);
  const rules = rulesTitleOf(raw, classified, outlet, sources);
  return reader === 'learned' ? learnedTitle(raw, classified, outlet, now, undefined, { rules, sources }) : rules;
}
