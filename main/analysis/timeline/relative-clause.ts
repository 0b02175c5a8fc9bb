/**
 * The clause of a date that stands in a relative clause set off from its sentence's main clause: «ارتفع إلى ١٩ قتيلا،
 * وهو رقم يزيد على الحصيلة التي أعلنها خفر السواحل أمس» — «أمس» dates the coast guard's figure, not the rise the
 * sentence opens with. The event line of such a date runs from the boundary before the relative clause's head noun to
 * the next boundary, so the main clause is not dated by it.
 */
import { isRelativePronoun, tokenise, firstMark, hasMark } from '../../text/arabic/index.ts';
import type { Span } from './clauses.ts';

/**
 * `clause` narrowed to the part a date at [dateStart, …) of `sentence` belongs to: from the last comma or semicolon
 * before a relative pronoun that governs the date (no boundary between the pronoun and the date), when a word — the
 * head noun — stands between that boundary and the pronoun. Otherwise `clause` as it is: a relative right after the
 * comma («زار دمشق، التي وصلها الثلاثاء») has its head in the main clause, and one with no comma before it («الوفد
 * الذي وصل الثلاثاء») cannot be told apart from the main clause.
 */
export function relativeClauseSpan(sentence: string, clause: Span, dateStart: number): Span {
  const before = sentence.slice(clause.start, dateStart);
  const pronoun = tokenise(before).filter((t) => isRelativePronoun(t.key)).pop();
  if (pronoun === undefined || hasMark(before.slice(pronoun.end), 'clause')) return clause;
  const head = before.slice(0, pronoun.start);
  let cut = head.length;
  while (cut > 0 && !hasMark(head[cut - 1] ?? '', 'clause')) cut--;
  if (cut === 0 || tokenise(head.slice(cut)).length === 0) return clause;
  // A relative clause set off by commas ends at the next one: what follows is the main clause again («نفت الشركة،
  // مالكة العبارة التي غرقت الأربعاء، أن تكون …»).
  const after = firstMark(sentence.slice(dateStart, clause.end), 'clause');
  return { start: clause.start + cut, end: after < 0 ? clause.end : dateStart + after };
}
