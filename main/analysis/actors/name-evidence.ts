/**
 * Whether the words after a cue are really a person's name (task H19). Arabic has no capitals, so a title
 * followed by ordinary words («رئيس المجلس رفع الجلسة», «الوزير بتوضيح أسباب …») looks like a title and a
 * name. Evidence, strongest first:
 * - named: the first word is a common given name or opens a kunya / «عبد» compound (shipped list,
 *   gazetteer/given-names.json), a later bare word is one (a patronymic: «برهم صالح»), or the analyst's
 *   gazetteer has the name as a person;
 * - rejected: the first word, as written or without its proclitics (ب، ل، و، ف، ك, the article), is a
 *   verbal noun of a derived pattern (تفعيل، تفعلة، مفاعلة، تفاعل، إفعال، افتعال، انفعال، استفعال), a known
 *   verb, a stopword or common noun, or, in a name of two words or more, a sound plural (-ات، -ون، -ين); or a
 *   participle's plural in construct before a definite noun («مراقبو السباق»);
 * - weak: anything else. A weak name is kept only when the selection confirms it (see confirmedWeakNames).
 * A proclitic alone does not reject: many foreign surnames begin with «ب» or «ل» («بايدن», «لافروف»).
 */
import { isStopword, procliticReadings } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { isGivenName, KUNYA_WORDS } from '../../text/gazetteer/given-names.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import { COMMON_NOUNS, COMMON_VERBS, REPORTING_VERBS } from '../words/lexicon.ts';
import { isConstructPluralShaped, isMasdarShaped, isPluralShaped } from '../words/word-shapes.ts';
import type { Mention } from './mention.ts';
import type { KnownPersons } from './scan-context.ts';
import { isDefinite } from '../words/sentence-tokens.ts';

export type NameEvidence = 'named' | 'weak' | 'rejected';

/**
 * Whether a name's first word shows it is an ordinary word («بضمانات», «لمناقشة», «وتراجع»): by the lexicon, and
 * unless `shapes` is false, by its shape alone (a verbal noun's pattern, a plural's ending).
 */
function firstWordRejects(first: string, multiword: boolean, shapes: boolean): boolean {
  for (const r of procliticReadings(first)) {
    const literal = r === first;
    if ((literal && isStopword(r)) || COMMON_VERBS.has(r) || REPORTING_VERBS.has(r) || (shapes && isMasdarShaped(r))) return true;
    if (!literal && COMMON_NOUNS.has(r)) return true;
    // A lone surname after a title may end like a plural («الرئيس ماكرون»); a first name written with a
    // proclitic, or the first of several words, may not.
    if (shapes && (multiword || !literal) && isPluralShaped(r)) return true;
  }
  return false;
}

/**
 * The evidence that the word keys `keys` (a candidate found after a cue) are a person's name. With `shapes` false,
 * a word's shape alone rejects nothing (only the lexicon does): for a name the tagger read, whose transliterated
 * foreign words take any shape («تاكسين شيناواترا» ends like a plural). `after` is the key of the word after the
 * candidate, if any.
 */
export function nameEvidence(keys: readonly string[], gazetteer: Gazetteer, shapes = true, after = ''): NameEvidence {
  const first = keys[0];
  if (first === undefined) return 'rejected';
  if (isGivenName(first) || (KUNYA_WORDS.has(first) && keys.length > 1)) return 'named';
  if (gazetteer.byKey.get(joinNameKeys(keys))?.some((e) => e.type === 'person') === true) return 'named';
  // A plural in construct with the noun it governs («مراقبو السباق»): grammar, so even a name the tagger read yields.
  if (isDefinite(keys[1] ?? after) && procliticReadings(first).some(isConstructPluralShaped)) return 'rejected';
  if (firstWordRejects(first, keys.length > 1, shapes)) return 'rejected';
  if (keys.slice(1).some((k) => !isDefinite(k) && isGivenName(k))) return 'named';
  return 'weak';
}

/**
 * The keys of weak names the selection confirms: found with a cue at least twice (one sense per discourse;
 * a chance phrase after a title is rarely repeated after one).
 */
export function confirmedWeakNames(firstPass: readonly Mention[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const m of firstPass) if (m.type === 'person' && !m.roleOnly) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const out = new Set<string>();
  for (const m of firstPass) if (m.weak && (counts.get(m.key) ?? 0) >= 2) out.add(m.key);
  return out;
}

/**
 * Drops weak person mentions nothing confirms: not repeated with a cue, and not the full name or
 * surname of a person named with stronger evidence (`known`, learnt from the confirmed mentions).
 */
export function withoutUnconfirmed(mentions: readonly Mention[], confirmed: ReadonlySet<string>, known: KnownPersons | null): Mention[] {
  return mentions.filter((m) => !m.weak || confirmed.has(m.key) || known?.full.has(m.key) === true || known?.surnames.has(m.key) === true);
}
