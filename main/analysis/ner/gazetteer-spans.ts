/**
 * Gazetteer names spanning several tokens, as features: the longest name starting at each token (its first
 * word read without the proclitics written onto it, the article kept: «للأمم المتحدة» is «الأمم المتحدة»),
 * marked on its first, inner and last tokens with the types the gazetteer gives it.
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import { readingsKeepingArticle } from '../words/sentence-tokens.ts';

/** For each token, the gazetteer-span feature names it carries («gB:place», «gI:organization», «gE:outlet»…). */
export function gazetteerSpanFeatures(keys: readonly string[], gazetteer: Gazetteer): string[][] {
  const out: string[][] = keys.map(() => []);
  let i = 0;
  while (i < keys.length) {
    const first = keys[i] ?? '';
    const readings = first.length === 0 ? [] : readingsKeepingArticle(first).filter((r) => gazetteer.firstWords.has(r));
    let found = 0;
    let types: string[] = [];
    for (let n = Math.min(gazetteer.maxWords, keys.length - i); n >= 1 && found === 0 && readings.length > 0; n--) {
      const rest = keys.slice(i + 1, i + n);
      if (rest.some((k) => k.length === 0)) continue;
      for (const r of readings) {
        const entries = gazetteer.byKey.get(joinNameKeys([r, ...rest]));
        if (entries === undefined) continue;
        found = n;
        types = [...new Set(entries.map((e) => (e.outlet ? 'outlet' : e.type)))];
        break;
      }
    }
    if (found === 0) { i++; continue; }
    for (let k = i; k < i + found; k++) {
      const at = k === i ? 'gB' : 'gI';
      for (const t of types) {
        out[k]?.push(`${at}:${t}`);
        if (k === i + found - 1) out[k]?.push(`gE:${t}`);
      }
      out[k]?.push(found > 1 ? 'g-multi' : 'g-single');
    }
    i += found;
  }
  return out;
}
