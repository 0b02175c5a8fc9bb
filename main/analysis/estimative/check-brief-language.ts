import { z } from 'zod';
import { SectionName, type Brief } from '../../model/brief.ts';
import { estimativeLexicon, type EstimativeLexicon } from '../../text/estimative/estimative-lexicon.ts';
import { checkLanguage } from './check-language.ts';
import { LanguageFlag } from './language-flag.ts';

/** The sections whose items are sentences the analyst may write: actors are names, not statements. */
export const CheckedSection = SectionName.extract(['keyJudgments', 'summary', 'timeline', 'openQuestions']);
export type CheckedSection = z.infer<typeof CheckedSection>;

export const ItemLanguageFlags = z.object({ section: CheckedSection, id: z.string(), flags: z.array(LanguageFlag) });
export type ItemLanguageFlags = z.infer<typeof ItemLanguageFlags>;

export const BriefLanguageReport = z.object({
  /** How many items were checked: the included items the analyst edited or wrote. */
  checked: z.number().int().nonnegative(),
  /** The checked items with at least one flag, in the brief's order. */
  items: z.array(ItemLanguageFlags),
});
export type BriefLanguageReport = z.infer<typeof BriefLanguageReport>;

interface Item {
  id: string;
  text: string;
  included: boolean;
  edited: boolean;
  manual: boolean;
}

/**
 * Checks the analyst's own text in a brief: the included items they edited or wrote. Assembled text is the sources'
 * words and their hedges are the sources' to make; an excluded item is not printed. Flags never block an export.
 */
export function checkBriefLanguage(brief: Brief, lexicon: EstimativeLexicon = estimativeLexicon()): BriefLanguageReport {
  const sections: [CheckedSection, readonly Item[]][] = [
    // The analyst's own judgments, all written by them; their band and confidence are fields, not words.
    ['keyJudgments', (brief.keyJudgments ?? []).map((k) => ({ ...k, manual: true }))],
    ['summary', brief.summary],
    ['timeline', brief.timeline],
    ['openQuestions', brief.openQuestions],
  ];
  let checked = 0;
  const items: ItemLanguageFlags[] = [];
  for (const [section, list] of sections) {
    for (const item of list) {
      if (!item.included || !(item.edited || item.manual)) continue;
      checked++;
      const flags = checkLanguage(item.text, lexicon);
      if (flags.length > 0) items.push({ section, id: item.id, flags });
    }
  }
  return { checked, items };
}
