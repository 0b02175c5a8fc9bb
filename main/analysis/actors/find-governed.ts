import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../text/gazetteer/foreign-names.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { GOVERNING_NOUNS } from '../words/lexicon.ts';
import { personReading } from './person-bounds.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';

/**
 * Persons named in construct after a governing noun («إدارة ترامب», «مقتل خاشقجي», «تصريحات إيمانويل ماكرون»)
 * over words no pass took, when the name list says the word is a surname from outside the Arab world: the tagger,
 * trained on older news, does not know every such name, and a name there has no title or reporting verb beside it.
 * A given name right before the surname is part of the name. Arabic surnames are common words too often
 * («الأسد», «عباس») to be read so without the tagger; the article's full name gives them (findKnownPersons).
 */
export function findGoverned(s: SentenceScan): void {
  const { words } = s;
  if (!s.on('governed')) return;
  for (let i = 1; i < words.length; i++) {
    if (breaksBefore(words, i) || readsAsKeepingArticle(words[i - 1]?.key ?? '', GOVERNING_NOUNS) === null) continue;
    const first = words[i]?.key ?? '';
    const given = isGivenName(first) || FOREIGN_GIVEN_NAMES.has(first);
    const to = given && !breaksBefore(words, i + 1) && FOREIGN_SURNAMES.has(words[i + 1]?.key ?? '') ? i + 2 : FOREIGN_SURNAMES.has(first) ? i + 1 : i;
    if (to === i || !isFree(s.scan, i, to)) continue;
    const reading = personReading(first);
    // The list and the construct are evidence enough for a surname alone to be an actor of its own, as the tagger's is.
    s.add(i, to, { type: 'person', key: s.key(i, to, reading), surface: s.text(i, to, reading), single: to - i === 1, tagged: true });
    i = to - 1;
  }
}
