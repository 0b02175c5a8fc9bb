import { lineKey } from '../lines/line-key.ts';
import { findOutletMentions, type KnownOutlet, type OutletMention } from './known-outlets.ts';
import { nounKeys, OUTLET_NOUNS, TELEVISION_NOUN } from './outlet-nouns.ts';

// The kind words a holder may write before a listed name: an outlet's noun or its publisher's («مؤسسة», «شركة»).
const HOLDER_KIND_KEYS: ReadonlySet<string> = new Set(
  nounKeys([...OUTLET_NOUNS, TELEVISION_NOUN, 'مؤسسة', 'مؤسسه', 'شركة', 'شركه', 'مجموعة', 'مجموعه', 'دار']).map((w) => w.replace(/^ال/u, '')),
);

/**
 * The known outlet a longer name holds («قناة الجزيرة مباشر» holds «الجزيرة»): its longest listed mention, when only
 * kind words stand before it. «جسر الأناضول» is a site of its own, and «جريدة الزمن العمانية» the Omani paper «الزمن»,
 * not the agency the list also calls «العمانية»; «قناة العراقية» is still «العراقية».
 */
export function outletHeldBy(name: string): KnownOutlet | null {
  let longest: OutletMention | null = null;
  for (const m of findOutletMentions(name)) if (longest === null || m.end - m.start > longest.end - longest.start) longest = m;
  if (longest === null) return null;
  // «جسر الأناضول», «جريدة الزمن العمانية»: a name of its own whose last word is a listed outlet's (or a state's
  // adjective the list holds as an agency's short name). Only kind words («وكالة», «شبكة», «مؤسسة») may stand before
  // the listed name; words after it («قناة الجزيرة مباشر») still name its offshoot.
  const before = lineKey(name.slice(0, longest.start)).split(' ').filter((w) => w !== '');
  if (before.some((w) => !HOLDER_KIND_KEYS.has(w.replace(/^ال/u, '')))) return null;
  // «البوابة العربية للأخبار التقنية», «الشبكة العربية لحقوق الإنسان»: a listed name that is one adjective of relation
  // («العربية»), after a kind word and before a «ل» complement, qualifies the kind word in a name of its own; «قناة
  // العراقية» ends on it, and «قناة السومرية الفضائية» adds only another adjective.
  const held = lineKey(name.slice(longest.start, longest.end));
  const after = lineKey(name.slice(longest.end)).trim();
  if (before.length > 0 && /^ل\p{L}{2,}/u.test(after) && /^ال\p{L}+ي[ةه]$/u.test(held)) return null;
  return longest.outlet;
}
