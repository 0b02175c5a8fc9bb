/**
 * State bodies named without a head noun («خفر السواحل», «النيابة العامة»), from their own short list
 * (text/gazetteer/headless-bodies.ts): the organisation finder starts a name at a head («وزارة», «هيئة») and the
 * tagger learnt from newswire that leaves such services untagged, so neither ever found them. Only the listed words
 * make one: «السواحل» alone is a coast, and «العامة» after another noun («المصلحة العامة») a common phrase. The
 * pass runs after the shipped and the analyst's gazetteer, which win the words; a nationality after the name
 * («خفر السواحل اليوناني») stays out of it, as after any name of its own (nation-of-body.ts).
 */
import { headlessBodies } from '../../text/gazetteer/headless-bodies.ts';
import { addEntry, gazetteerAt } from './gazetteer-match.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** Adds each listed head-less state body over words no earlier pass took. */
export function findHeadlessBodies(s: SentenceScan): void {
  const bodies = headlessBodies();
  for (let i = 0; i < s.words.length; i++) {
    if (s.scan.claimed[i] !== false) continue;
    const hit = gazetteerAt(s.scan, i, s.words.length, bodies);
    const entry = hit?.entries[0];
    if (hit === null || entry === undefined) continue;
    addEntry(s, i, hit.end, entry, hit.reading, false);
    i = hit.end - 1;
  }
}
