import { isStopword, lightStem, normalise, withoutAccusativeAlef, type Token } from '../../text/arabic/index.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import { entityMentions } from '../../text/gazetteer/place-mentions.ts';

/** What a stretch of a sentence says, for matching a denial with the claim it denies. */
export interface ClaimTerms {
  /** Light10 stems of the content words, prepositions and the article removed first («لمقاتلين» → مقاتل). */
  terms: Set<string>;
  /** Gazetteer entities (places, states of nationality adjectives, organisations) by name. */
  entities: Set<string>;
}

// The word without a conjunction, a preposition and the article: summary's contentTerms keeps «ل» on
// «لمقاتلين», which keeps it apart from «مقاتلين» in another source. A bare «ب/ل/ك» is taken off only
// when four letters or more remain: «لبنان» stays whole. A word is always cut the same way, so a native
// initial letter taken off by mistake («بريطانيا») still matches the same word elsewhere.
// The copula in the persons a denied clause takes («نفى أن تكون السلطات قد تأخرت»): it says nothing of what is denied.
const COPULA = new Set(['يكون', 'تكون', 'يكونوا', 'يكونون', 'تكونا', 'يكونا', 'كان', 'كانت', 'كانوا', 'كانا', 'كانتا'].map(normalise));

function bareStem(tok: Token): string | null {
  const key = tok.key;
  if (/^[\d.,]+$/.test(key) || key.length < 2 || isStopword(key) || COPULA.has(key)) return null;
  let w = key.length > 3 && key.startsWith('و') ? key.slice(1) : key;
  if (isStopword(w)) return null;
  if (w.startsWith('لل') && w.length >= 5) w = w.slice(2);
  else if (/^[بلك]ال/.test(w) && w.length >= 6) w = w.slice(3);
  else if (/^[بلك]/.test(w) && w.length >= 5 && !w.startsWith('ال', 1)) w = w.slice(1);
  if (isStopword(w)) return null;
  // A claim told with a verb is denied with its verbal noun, or the reverse («حولت الهيئة جزءا من الفدية» / «ما
  // تناقلته المواقع عن تحويل جزء من الفدية … لا أصل له»): both take the key of their root and form (verbal-root.ts).
  const verbal = verbalKeyOf(key);
  if (verbal !== null) return verbal;
  // The accusative's alef («جزءا» beside «جزء») is no part of the stem.
  const stem = lightStem(withoutAccusativeAlef(w, 3));
  return stem.length >= 2 ? stem : null;
}

/** The claim terms of tokens[from, to): entities by name, the other content words by stem. */
export function claimTerms(tokens: readonly Token[], from = 0, to = tokens.length): ClaimTerms {
  const mentions = entityMentions(tokens, from, to);
  const inEntity = new Set(mentions.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  const terms = new Set<string>();
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const tok = tokens[i];
    if (!tok || inEntity.has(i)) continue;
    const stem = bareStem(tok);
    if (stem !== null) terms.add(stem);
  }
  return { terms, entities: new Set(mentions.map((m) => m.name)) };
}
