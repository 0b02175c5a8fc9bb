import { isAttribution } from './attribution.ts';
import { addEntry, gazetteerAt, pickEntry } from './gazetteer-match.ts';
import { DESCRIPTIVE_HEADS, MEDIA_HEADS } from '../words/lexicon.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';

/** Names the gazetteer knows over words no earlier pass took; an outlet only where a media head or an attribution asks for it. */
export function findGazetteerNames(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    if (scan.claimed[i] !== false) continue;
    const hit = gazetteerAt(scan, i);
    if (hit === null) continue;
    const media = readsAsKeepingArticle(words[i - 1]?.key ?? '', MEDIA_HEADS) !== null && !breaksBefore(words, i);
    const attribution = isAttribution(scan, media ? i - 1 : i, hit.end, hit.reading);
    const tight = isAttribution(scan, media ? i - 1 : i, hit.end, hit.reading, true);
    const entry = pickEntry(hit, media, attribution, undefined, tight);
    if (entry === null) continue;
    // «حركة حماس», an alias the gazetteer lists with its head: the name is the same entry's name without it.
    const inner = hit.end - i > 1 && readsAsKeepingArticle(words[i]?.key ?? '', DESCRIPTIVE_HEADS) !== null ? gazetteerAt(scan, i + 1, hit.end) : null;
    if (inner !== null && inner.end === hit.end && inner.entries.some((e) => e.name === entry.name && e.type === entry.type)) {
      claim(scan, i, i + 1);
      addEntry(s, i + 1, hit.end, entry, inner.reading, attribution);
    } else {
      addEntry(s, i, hit.end, entry, hit.reading, attribution);
    }
    i = hit.end - 1;
  }
}
