/**
 * Light stemming (Larkey, Ballesteros & Connell 2007, "Light10") on matching keys, for bag-of-words
 * similarity only (summary, near-duplicates): it conflates «الحكومة» and «حكومته» but can also merge
 * unrelated words, so it is never used for entity keys.
 */
import { normalise } from './normalise.ts';

const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

// Words of news whose «و» is a root letter, not the conjunction: Light10 strips it from «وزارة» (→ «زار») but not from
// «الوزارة» (→ «وزار»), so one word gets two stems by whether it has the article; «وقعتا» becomes «قعتا» where «ووقعتا»
// keeps it. Whole words only (matching keys), never a prefix: «وقتل» is «و» + «قتل», not «وقت».
const ROOT_WAW = new Set(
  [
    'وزير', 'وزيرة', 'وزراء', 'وزارة', 'وزارات', 'وكالة', 'وكالات', 'وفد', 'وفود', 'وقع', 'وقعت', 'وقعا', 'وقعتا', 'وقعوا',
    'وصل', 'وصلت', 'وصلوا', 'وصول', 'وضع', 'وضعت', 'وقف', 'وقفت', 'وقت', 'وجه', 'وجهت', 'واجه', 'واجهت', 'وثيقة', 'وثائق',
    'وفاة', 'وفيات', 'وفق', 'وصف', 'وصفت', 'وسط', 'وقود', 'واقع', 'واضح', 'ورشة', 'وظيفة', 'وظائف', 'وطن', 'وعود',
  ].map(normalise),
);

export interface LightStemOptions {
  /**
   * Keep the root «و» of ROOT_WAW's words. Off by default: the trained entity tagger's features and the summary's
   * TF-IDF were fitted and measured on Light10 as published; the event grouping's content stems turn it on.
   */
  rootWaw?: boolean;
}

export function lightStem(key: string, options: LightStemOptions = {}): string {
  let w = key;
  if (w.length > 3 && w.startsWith('و') && !(options.rootWaw === true && ROOT_WAW.has(w))) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  let changed = true;
  while (changed && w.length > 2) {
    changed = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= 2) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}
