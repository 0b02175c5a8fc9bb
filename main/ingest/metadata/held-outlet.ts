import { lineKey } from '../lines/line-key.ts';
import { findOutletMentions, type KnownOutlet, type OutletMention } from './known-outlets.ts';
import { OUTLET_NOUN_KEY_START } from './outlet-nouns.ts';
import { stateOfNisba } from './country-qualified.ts';

/**
 * The known outlet a longer name holds («قناة الجزيرة مباشر» holds «الجزيرة»): its longest listed mention — unless that
 * mention is only the adjective closing a name of its own. «جريدة الزمن العمانية» is the Omani paper «الزمن», not the
 * agency the list also calls «العمانية»; «قناة العراقية» is still «العراقية».
 */
export function outletHeldBy(name: string): KnownOutlet | null {
  let longest: OutletMention | null = null;
  for (const m of findOutletMentions(name)) if (longest === null || m.end - m.start > longest.end - longest.start) longest = m;
  if (longest === null) return null;
  // «العمانية», «الكويتية»: a state's adjective of belonging (a nisba), which the list may hold as an outlet's short name
  // and a longer name closes with to say where it is from.
  if (name.slice(longest.end).trim() === '' && stateOfNisba(name.slice(longest.start, longest.end).trim()) !== null) {
    // What stands before the mention, an outlet word («جريدة», «القناة») aside.
    const own = `${lineKey(name.slice(0, longest.start)).replace(/^ال/u, '')} `.replace(OUTLET_NOUN_KEY_START, '').trim();
    if (/\p{L}/u.test(own)) return null;
  }
  return longest.outlet;
}
