import { z } from 'zod';
import { matchKey } from '../text/arabic/index.ts';

// Control (Cc) and format (Cf) characters: NUL, line breaks, bidi overrides and isolates, invisible marks. A name
// made of them, or hiding one, shows as something other than what it is. The two joiners stay: Persian and
// Arabic-script names are written with them.
const HIDDEN = /[\p{Cc}\p{Cf}]/u;
const JOINERS = new Set(['\u200C', '\u200D']);
// With the u flag a surrogate half that is not part of a pair is a code point of its own, of category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

function hex(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a topic name or keyword cannot be stored as written, or null when it can. */
export function topicTextProblem(text: string): string | null {
  for (const ch of text) {
    if (LONE_SURROGATE.test(ch)) return `it holds a lone surrogate ${hex(ch)} (not valid text)`;
    if (HIDDEN.test(ch) && !JOINERS.has(ch)) return `it holds the control or format character ${hex(ch)}`;
  }
  if (!/[\p{L}\p{N}]/u.test(matchKey(text))) return 'it has no letter or digit';
  return null;
}

/** Refuses, with the reason, what `topicTextProblem` finds. */
function refineTopicText(what: string) {
  return (text: string, ctx: z.RefinementCtx): void => {
    const problem = topicTextProblem(text);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `${what} cannot be used: ${problem}` });
  };
}

/** A topic's name as the analyst typed it, trimmed; refused when empty, too long, hidden or invalid text. */
export const TopicName = z.string().trim().min(1, 'a topic needs a name').max(200).superRefine(refineTopicText('this topic name'));

/** A topic's keywords, each checked like a name, repeats dropped. */
export const TopicKeywords = z
  .array(z.string().trim().min(1).max(200).superRefine(refineTopicText('this keyword')))
  .transform((ks) => [...new Set(ks)]);
