import { addEntry, gazetteerAt, outletCues, pickEntry } from './gazetteer-match.ts';
import type { GazetteerHit } from './gazetteer-match.ts';
import { DESCRIPTIVE_HEADS } from '../words/lexicon.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';

/** Names the gazetteer knows over words no earlier pass took; an outlet only where a media head or an attribution asks for it. */
export function findGazetteerNames(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    if (scan.claimed[i] !== false) continue;
    const hit = gazetteerAt(scan, i);
    if (hit === null) continue;
    const { media, attribution, tight } = outletCues(scan, i, hit.end, hit.reading);
    const entry = pickEntry(hit, media, attribution, undefined, tight);
    if (entry === null) continue;
    const same = (h: GazetteerHit | null): h is GazetteerHit => h !== null && h.entries.some((e) => e.name === entry.name && e.type === entry.type);
    // «حركة حماس», an alias the gazetteer lists with its head: the name is the same entry's name without it.
    const inner = hit.end - i > 1 && readsAsKeepingArticle(words[i]?.key ?? '', DESCRIPTIVE_HEADS) !== null ? gazetteerAt(scan, i + 1, hit.end) : null;
    // «دولة الإمارات العربية المتحدة»: two aliases of one entry overlap («دولة الإمارات», «الإمارات العربية
    // المتحدة»), and the longest match at the first word stops inside the longer one. The longer alias read whole is
    // the name and the word before it a head, whatever the tagger reads there; the alias read first stays one of
    // the actor's names.
    const longer = hit.end - i > 1 && !same(inner) ? gazetteerAt(scan, i + 1) : null;
    if (same(inner) && inner.end === hit.end) {
      claim(scan, i, i + 1);
      addEntry(s, i + 1, hit.end, entry, inner.reading, attribution);
    } else if (same(longer) && longer.end > hit.end) {
      claim(scan, i, i + 1);
      addEntry(s, i + 1, longer.end, entry, longer.reading, attribution).alsoCalled.push(s.text(i, hit.end, hit.reading));
      i = longer.end - 1;
      continue;
    } else {
      addEntry(s, i, hit.end, entry, hit.reading, attribution);
    }
    i = hit.end - 1;
  }
}
