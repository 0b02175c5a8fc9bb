/**
 * Light stemming (Larkey, Ballesteros & Connell 2007, "Light10") on matching keys, for bag-of-words
 * similarity only (summary, near-duplicates): it conflates «الحكومة» and «حكومته» but can also merge
 * unrelated words, so it is never used for entity keys.
 */
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

export function lightStem(key: string): string {
  let w = key;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
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
