import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { personReading } from './person-bounds.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';
import type { WordEntity } from './sentence-entities.ts';
import { allSure } from './word-margins.ts';
import type { WordMargins } from './word-margins.ts';

/**
 * A rule's person with no role, found by its place in the sentence alone (after a reporting verb: «وقال حلف
 * الناتو», «وأعلن نادي ريال مدريد تعاقده»), over words the tagger reads as organisations or places only, sure of
 * every word of each, and no person: the rule's evidence is where the words stand, the tagger's is the words
 * themselves, so the person goes and its words go back to the tagger's own mentions (findTagged). A name that
 * opens with a given name stays a person («وقال عمرو موسى»), as do names a title, the gazetteer or the tagger gave.
 * A weak name the tagger reads whole as one body or place goes though the tagger is less sure.
 * Whether it went.
 */
export function bodyOverPerson(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): boolean {
  const m = f.mention;
  if (titledInBody(s, f, inside, margins)) return true;
  if (m.roles.length > 0 || m.roleOnly || m.entry !== null || m.tagged || inside.length === 0) return false;
  // A weak name (no given name, nothing the lexicon knows: «ونقلت سودان تربيون») that the tagger reads word for word
  // as one body or place needs it no surer: the rule's name counts only if the selection confirms it
  // (name-evidence.ts), and else its words were lost to the tagger's own mention as well.
  const whole = m.weak && inside.length === 1 && inside[0]?.from === f.from && inside[0].to === f.to;
  if (inside.some((e) => e.type === 'PERS' || e.type === 'MISC' || (!whole && !allSure(margins, e.from, e.to)))) return false;
  if (isGivenName(personReading(s.words[f.from]?.key ?? ''))) return false;
  s.drop(f);
  return true;
}

/**
 * A rule's titled person whose title and name lie inside one organisation or place the tagger reads from a word
 * before the title, sure of every word («جامعة الملك سعود», «مستشفى الملك فيصل», «مدينة الملك عبدالله»): the body
 * is named after the titled person, and the title is part of its name, not a role. The person goes, and the words
 * the rules took from the body's first word on go back to the tagger's own mentions (findTagged). Whether it went.
 */
function titledInBody(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): boolean {
  const m = f.mention;
  const e = inside[0];
  if (m.roles.length === 0 || m.roleOnly || m.entry !== null || inside.length !== 1 || e === undefined || e.type === 'PERS' || e.type === 'MISC') return false;
  // The body opens at least two words before the name (its head, then the title) and ends inside the rule's name or with it.
  if (e.from > f.from - 2 || e.to <= f.from || e.to > f.to || !allSure(margins, e.from, e.to)) return false;
  if (s.found.some((o) => o !== f && o.from < f.from && e.from < o.to)) return false;
  s.drop(f, e.from);
  return true;
}
