// «Independent عربية» in og:site_name: a brand written half in its Latin name and half in its Arabic one. The list
// holds both names whole («إندبندنت عربية», «Independent Arabia»), neither of which the mixed form matches; read word
// for word, each word is the same word of one of the outlet's two names, and the page names that outlet.
import { matchKey } from '../../text/arabic/index.ts';
import { knownOutlets, type KnownOutlet } from './known-outlets.ts';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
// Names of more words mix in too many ways to index, and no brand the list holds is written so.
const MAX_WORDS = 4;

let mixes: Map<string, KnownOutlet | null> | null = null;

/** Every mix of an Arabic and a Latin name of the same length, word for word, keyed; a mix two outlets share names none. */
function mixIndex(): Map<string, KnownOutlet | null> {
  if (mixes !== null) return mixes;
  mixes = new Map();
  for (const outlet of knownOutlets()) {
    const names = [outlet.name, ...outlet.aliases].map((n) => matchKey(n).split(' '));
    const arabic = names.filter((w) => w.length <= MAX_WORDS && w.every((x) => ARABIC.test(x)));
    const latin = names.filter((w) => w.length <= MAX_WORDS && w.every((x) => LATIN.test(x) && !ARABIC.test(x)));
    for (const a of arabic) {
      for (const l of latin) {
        if (a.length !== l.length || a.length < 2) continue;
        // Each of the 2^n - 2 word-by-word mixes: the bit of a word says which name gives it.
        for (let bits = 1; bits < (1 << a.length) - 1; bits++) {
          const key = a.map((w, i) => ((bits >> i) & 1 ? (l[i] ?? w) : w)).join(' ');
          const seen = mixes.get(key);
          mixes.set(key, seen === undefined || seen === outlet ? outlet : null);
        }
      }
    }
  }
  return mixes;
}

/** The listed outlet a name written in both scripts stands for, word for word (see above), or null. */
export function mixedScriptOutlet(name: string): KnownOutlet | null {
  if (!ARABIC.test(name) || !LATIN.test(name)) return null;
  return mixIndex().get(matchKey(name)) ?? null;
}
