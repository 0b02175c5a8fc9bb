/**
 * State bodies named without a head noun («خفر السواحل», «النيابة العامة»), from their own short list
 * (text/gazetteer/headless-bodies.ts): the organisation finder starts a name at a head («وزارة», «هيئة») and the
 * tagger learnt from newswire that leaves such services untagged, so neither ever found them. Only the listed words
 * make one: «السواحل» alone is a coast, and «العامة» after another noun («المصلحة العامة») a common phrase.
 * - The pass runs before the organisation finder, so a head that says what kind of service the body is («قوات خفر
 *   السواحل», «جهاز الدفاع المدني»; SERVICE_HEADS) does not make a second body of it: it is claimed with it, out of
 *   the name. After any other head the listed words are the complement of another body's name («وكالة حرس الحدود
 *   الأوروبية», Frontex), which the organisation finder reads whole.
 * - Words the shipped or the analyst's gazetteer names are left to it (find-gazetteer-names.ts runs later): the
 *   analyst's entry wins.
 * - A nationality after the name («خفر السواحل اليوناني») stays out of it, as after any name of its own
 *   (nation-of-body.ts).
 */
import { normalise, withoutConjunction } from '../../text/arabic/index.ts';
import { headlessBodies } from '../../text/gazetteer/headless-bodies.ts';
import { ORG_HEADS } from '../words/lexicon.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import { addEntry, gazetteerAt } from './gazetteer-match.ts';
import { claim, isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** Heads that only say what kind of service a listed body is: «قوات/جهاز خفر السواحل» is the coast guard. */
const SERVICE_HEADS: ReadonlySet<string> = new Set(['قوات', 'جهاز', 'مديرية', 'قيادة'].map((w) => normalise(w)));

/** Adds each listed head-less state body over words no earlier pass took, claiming a service head right before it. */
export function findHeadlessBodies(s: SentenceScan): void {
  const bodies = headlessBodies();
  for (let i = 0; i < s.words.length; i++) {
    if (s.scan.claimed[i] !== false) continue;
    const hit = gazetteerAt(s.scan, i, s.words.length, bodies);
    const entry = hit?.entries[0];
    if (hit === null || entry === undefined) continue;
    const known = gazetteerAt(s.scan, i);
    if (known !== null && known.end >= hit.end) continue;
    // The word before as written and without a conjunction («وقوات»), as «وكالة» opens on a «و» of its own.
    const previous = s.words[i - 1]?.key ?? '';
    const before = i > 0 && !breaksBefore(s.words, i) ? [previous, withoutConjunction(previous)] : [];
    if (before.some((w) => SERVICE_HEADS.has(w)) && isFree(s.scan, i - 1, i)) claim(s.scan, i - 1, i);
    else if (before.some((w) => ORG_HEADS.has(w))) continue;
    addEntry(s, i, hit.end, entry, hit.reading, false);
    i = hit.end - 1;
  }
}
