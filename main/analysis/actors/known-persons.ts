import { isStopword } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import type { Mention } from './mention.ts';
import type { KnownPersons } from './scan-context.ts';
import { isDefinite } from '../words/sentence-tokens.ts';
import { isNisba } from '../words/word-tests.ts';

/**
 * What the first pass learnt about people: their full names, and the surnames a bare mention may use.
 * A surname that is also a gazetteer name or a short word is not propagated: «الشام» stays a place.
 */
export function knownPersons(mentions: readonly Mention[], gazetteer: Gazetteer): KnownPersons {
  const full = new Set<string>();
  const surnames = new Set<string>();
  const addSurname = (key: string): void => {
    const bare = key.startsWith('ال') ? key.slice(2) : key;
    if (bare.length < 3 || isStopword(key) || gazetteer.byKey.has(key) || gazetteer.byKey.has(bare)) return;
    surnames.add(key);
    // «فياض» for «الفياض»: long surnames are also written without the article.
    if (bare !== key && bare.length >= 4 && !isNisba(key, gazetteer)) surnames.add(bare);
  };
  for (const m of mentions) {
    if (m.type !== 'person' || m.roleOnly) continue;
    const words = m.key.split(' ');
    if (words.length >= 2) {
      full.add(m.key);
      const last = words[words.length - 1] ?? '';
      // A name only the tagger read, with no cue beside it, lends its surname to no bare word elsewhere: within
      // its article the tagger's own propagation finds it again, and across articles a misread phrase («جمال
      // الورود», «ميزانية فيلمك») would make every «الورود» or «فيلمك» of the selection a person.
      if (m.tagged && m.roles.length === 0) continue;
      if (isDefinite(last) || last.length >= 4) addSurname(last);
    } else if (m.roles.length > 0) {
      addSurname(m.key);
    }
  }
  return { full, surnames };
}
