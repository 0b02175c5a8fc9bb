import { afterConjunction, isSentenceConnective, tokenise } from '../../text/arabic/index.ts';
import { isPerfectVerb } from '../../text/dates/tense-cues.ts';

/**
 * True when a line opens the way a story's next sentence does: a conjunction written onto a perfect verb («وأضاف أن
 * الوزارة …», «وقالت المصادر …», «فأعلن …»), or a connective and a perfect («كما أكد …»). Furniture — a promo, a
 * related link, a label — never opens so, so a short line that does, right after the story, is its cut last
 * paragraph, however few words the excerpt kept.
 */
export function opensAsStoryText(text: string): boolean {
  const [first, second] = tokenise(text).map((t) => t.key);
  if (first === undefined) return false;
  const verb = afterConjunction(first);
  if (verb !== null && isPerfectVerb(verb)) return true;
  return isSentenceConnective(first) && second !== undefined && isPerfectVerb(second);
}
