import { lookupWithClitics } from '../../text/arabic/index.ts';
import { LATIN_BODY_HEADS, REPORTING_VERBS } from '../words/lexicon.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { isFeminineVerb } from '../words/word-tests.ts';
import { isLatinNonName, isLatinWord } from './latin-names.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** An acronym: two to six capitals (a digit or «&» inside: «G42», «AT&T»). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
/** A person's name in Latin letters has two to four words («Elon Musk»); one word alone is as often a brand. */
const PERSON_WORDS = { min: 2, max: 4 };

/** The end of the run of Latin words from `i` (no sentence break inside), or `i` when word i is not Latin. */
function latinRunEnd(s: SentenceScan, i: number): number {
  let to = i;
  while (to < s.words.length && isLatinWord(s.words[to]?.text ?? '') && (to === i || !breaksBefore(s.words, to))) to++;
  return to;
}

/** Whether a key is such a head, bare or carrying clitics («وشركة», «شركته», «منصتها»). */
function isBodyHead(key: string): boolean {
  return lookupWithClitics(key, (r) => LATIN_BODY_HEADS.has(r)) !== null;
}

/**
 * Names written in Latin letters, which the tagger (trained on Arabic newswire, where they are rare) leaves untagged:
 * a run of Latin name words (latin-names.ts's test) right after an organisation's head is that organisation («منصة
 * TikTok», «شركته SpaceX»; the head stays outside, as for a firm's Arabic name); one or two capitalised words or
 * acronyms right after a feminine verb are its subject, a body («وكشفت HUMAIN»), unless they are two capitalised
 * words (a woman's name); and a run of two to four capitalised words right after a reporting verb is the speaker
 * («قال Elon Musk»). Elsewhere a Latin run stays unread, a lone acronym too: it is as often a product, a hashtag, an
 * English phrase or a measure («ارتفع GDP»). It runs before the passes that read a name after a verb or a
 * head: they would take «منصة TikTok» whole for a person, and the tagger, which has seen few Latin words, is no judge
 * of where such a name ends (checkRuleMentions leaves these spans as they are).
 */
export function findLatinNames(s: SentenceScan): void {
  const { words } = s;
  for (let i = 1; i < words.length; i++) {
    const to = latinRunEnd(s, i);
    if (to === i) continue;
    const texts = words.slice(i, to).map((w) => w.text);
    const cue = words[i - 1]?.key ?? '';
    const apart = breaksBefore(words, i);
    // An acronym with no cue is left alone («ارتفع GDP», «تقنيات AI», «شحنات LNG»), for the precision an actors
    // list needs: a body's acronym is found after its head, as a feminine verb's subject (below) or by its
    // definition (find-acronyms.ts).
    if (!apart && isFree(s.scan, i, to) && !isLatinNonName(texts)) {
      const reporting = lookupWithClitics(cue, (r) => REPORTING_VERBS.has(r)) !== null;
      if (isBodyHead(cue)) s.add(i, to, { type: 'organization', key: s.key(i, to), surface: s.text(i, to) });
      // «وكشفت HUMAIN», «وكانت Orano قد أعلنت»: one or two name words after a feminine verb are a body, but not two
      // capitalised words, which may be a woman («ووصلت Ingrid Solberg»; after a reporting verb the rule below reads her).
      else if (isFeminineVerb(cue) && texts.length <= 2 && texts.every((t) => CAPITALISED.test(t) || ACRONYM.test(t)) && !(texts.length === 2 && texts.every((t) => CAPITALISED.test(t)))) {
        s.add(i, to, { type: 'organization', key: s.key(i, to), surface: s.text(i, to) });
      }
      else if (s.on('latin') && reporting && texts.length >= PERSON_WORDS.min && texts.length <= PERSON_WORDS.max && texts.every((t) => CAPITALISED.test(t))) {
        s.add(i, to, { type: 'person', key: s.key(i, to), surface: s.text(i, to) });
      }
    }
    i = to - 1;
  }
}
