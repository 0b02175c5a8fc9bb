import { COMMUNITY_NOUNS } from '../words/lexicon.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/**
 * A mention that is only a community's name («الشيعة», «الأكراد», «المقاتلين الشيعة»'s adjective read as a name) is
 * dropped: a sect or a people is a group of people, not an organisation that acts, and the Brief has no type for it.
 * Its words stay claimed so no later pass takes them back. A name the gazetteer gives (an analyst's entry, which
 * always wins) is kept, and so is a body whose name holds the community among other words («مشيخة عقل الدروز»).
 */
export function dropCommunities(s: SentenceScan): void {
  for (const f of [...s.found]) {
    const m = f.mention;
    if (m.entry !== null || !m.key.split(' ').every((w) => COMMUNITY_NOUNS.has(w))) continue;
    s.drop(f);
    claim(s.scan, f.from, f.to);
  }
}
