import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../text/gazetteer/foreign-names.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { hasFamilyNameShape, isNameWord, isNisba, readsAs } from '../words/word-tests.ts';
import { NAME_LINKS, TITLE_WORDS } from '../words/lexicon.ts';
import { bracketedGroupEnd } from './bracketed-group.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import type { Word } from '../words/sentence-tokens.ts';

/** A word in Arabic letters: a name in Latin letters in brackets is the same name glossed («بجماليون (Pygmalion)»). */
const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}\u0640]+$/u;

/** The most words a writer adds in brackets to complete a name. */
const MAX_TAIL_WORDS = 2;

/**
 * Whether a bracketed word is one a name is known to be made of: a given name of the gazetteers («(حسين)»), a foreign
 * given name or surname, a word of the family-name shape «ال…ي» («(الجبوري)»), or the surname of a person the
 * selection names in full. A common noun a writer adds about the person («(اسم مستعار)», «(مزارعة)») is none of
 * these (rev24 finding 3).
 */
function isKnownNameWord(key: string, s: SentenceScan): boolean {
  return isGivenName(key) || FOREIGN_GIVEN_NAMES.has(key) || FOREIGN_SURNAMES.has(key) || hasFamilyNameShape(key) || (s.scan.known?.surnames.has(key) ?? false);
}

/**
 * Whether a bracketed word may complete a name: a name word only — no title («بوتين (الرئيس الروسي)»), no place or
 * body the gazetteer knows, no word the name gazetteers do not know as a name word (isKnownNameWord), no nationality
 * adjective, no gloss in Latin letters, and no kunya or lineage, which is another name of the person («الشرع (أبو
 * محمد الجولاني)») and no completion of this one.
 */
function completesName(w: Word, s: SentenceScan): boolean {
  const { gazetteer } = s.scan;
  if (!ARABIC_WORD.test(w.text) || !isNameWord(w.text, w.key) || TITLE_WORDS.has(w.key) || NAME_LINKS.has(w.key) || w.key.startsWith('ابو')) return false;
  return isKnownNameWord(w.key, s) && !isNisba(w.key, gazetteer) && readsAs(w.key, gazetteer.byKey) === null;
}

/**
 * A one-word person's name the writer completes in brackets right after it («مثل صدام (حسين)»: the reader is told
 * which Saddam) is that whole name: the mention takes the bracketed words, so the actor is «صدام حسين» and not a
 * bare first name (the tagger's reading of the bracketed word as a person of its own folded in). The bracket holds
 * name words only (completesName).
 */
export function bracketedNameTail(s: SentenceScan): void {
  const { scan, words } = s;
  for (const f of [...s.found]) {
    const m = f.mention;
    if (m.type !== 'person' || m.roleOnly || f.to - f.from !== 1 || m.key.includes(' ')) continue;
    const end = bracketedGroupEnd(s, f.to, MAX_TAIL_WORDS);
    if (end === null) continue;
    // The tagger may read the bracketed name as a person of its own: it is this one's, and goes into it.
    const own = s.found.find((o) => o.from === f.to && o.to === end && o.mention.type === 'person');
    if (own === undefined && !isFree(scan, f.to, end)) continue;
    const tail = words.slice(f.to, end);
    if (!tail.every((w) => completesName(w, s))) continue;
    if (own !== undefined) s.drop(own);
    s.drop(f);
    s.add(f.from, end, { ...m, key: s.key(f.from, end), surface: [m.surface, ...tail.map((w) => w.text)].join(' '), single: false });
  }
}
