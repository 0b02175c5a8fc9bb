/**
 * Whether a phrase read as what is asserted or denied names a claim at all, or only who or when: a person's name, a
 * pointer back («ذلك»), a time phrase, or these together («فهد آل زيدان الأسبوع الماضي»، «ذلك في السابع من الشهر
 * الجاري»، «ضياء عبد الرزاق ذلك»), which a parse gone wide leaves where the claim should stand. A question built on
 * one reads as broken Arabic («ما الصحيح في «فهد آل زيدان الأسبوع الماضي»؟»).
 */
import { DEMONSTRATIVES } from '../../text/arabic/demonstratives.ts';
import { isStopword, tokenise } from '../../text/arabic/index.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { findDates } from '../../text/dates/index.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';

// findDates reads relative phrases («الأسبوع الماضي») only against a day; which day does not change what it finds.
const ANY_DAY = { reference: '2000-01-01' };

/**
 * True when `phrase`, its time phrases (text/dates) and pointers (DEMONSTRATIVES) and particles taken out, is
 * nothing, or a name (opening on a known given name) with no verb or verbal noun after it: no claim to ask about.
 */
export function namesNoClaim(phrase: string): boolean {
  let rest = phrase;
  for (const m of [...findDates(phrase, ANY_DAY)].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const words = tokenise(rest).filter((t) => /\p{L}/u.test(t.text) && !DEMONSTRATIVES.has(t.key) && !isStopword(t.key));
  if (words.length === 0) return true;
  return isGivenName(words[0]?.key ?? '') && !words.some((t) => verbalKeyOf(t.key) !== null);
}
