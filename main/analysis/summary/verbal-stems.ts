/**
 * A selection's content stems with a verb and its verbal noun made one (text/arabic/verbal-root.ts): «اجتمع» in one
 * outlet and «اجتماع» in another, «وقعتا» and «وقع», «ينهي» and «إنهاء». A stem takes its word's verbal key only when
 * that key unites two stems the selection holds — two surface stems with one key, or a key that is itself some
 * word's stem («قصفت» → «قصف», the stem of «القصف») — so that a name that merely looks like a verb («تونس» read as
 * the imperfect of «ونس») keeps its own stem, one with its other forms («التونسية»). Keys are read once per distinct
 * word of the selection.
 */
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { contentWords } from '../timeline/similarity.ts';

/** Maps a light stem to the key it shares with the selection's other forms of its verb, or to itself. */
export type Unite = (stem: string) => string;

/** The uniting of one selection's sentences (their texts), and each sentence's stems through it. */
export function verbalStems(texts: readonly string[]): { unite: Unite; stemsOf: (i: number) => Set<string> } {
  const words = texts.map((t) => contentWords(t));
  const stems = new Set<string>();
  const keyOfStem = new Map<string, string | null>();
  const stemsOfKey = new Map<string, Set<string>>();
  for (const list of words) {
    for (const { key, stem } of list) {
      stems.add(stem);
      const k = verbalKeyOf(key);
      if (k === null || k === stem) continue;
      // A stem that two words read to different keys unites nothing: left as it is.
      const before = keyOfStem.get(stem);
      if (before === undefined) keyOfStem.set(stem, k);
      else if (before !== k) keyOfStem.set(stem, null);
      let set = stemsOfKey.get(k);
      if (!set) stemsOfKey.set(k, (set = new Set()));
      set.add(stem);
    }
  }
  const united = new Map<string, string>();
  for (const [stem, k] of keyOfStem) {
    if (k === null) continue;
    const others = [...(stemsOfKey.get(k) ?? [])].filter((s) => keyOfStem.get(s) === k);
    if (others.length >= 2 || stems.has(k)) united.set(stem, k);
  }
  const unite: Unite = (stem) => united.get(stem) ?? stem;
  return { unite, stemsOf: (i) => new Set((words[i] ?? []).map((w) => unite(w.stem))) };
}
