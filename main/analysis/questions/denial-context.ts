import { normalise, wordKeys } from '../../text/arabic/index.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';
import type { ClaimIndex } from './claim-index.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import { isHeadline } from './denial-headlines.ts';
import { pointsBack } from './denied-object.ts';
import type { Denial } from './denials.ts';

// «رغم نفيه …، إلا أن …»: the clause after the contrast is what the source sets against the denial.
const CONCESSIVE = new Set(['رغم', 'ورغم', 'برغم', 'وبرغم', 'الرغم'].map(normalise));
const COUNTER = new Set(['الا', 'لكن', 'ولكن', 'لكنه', 'لكنها'].map(normalise));
const THAT = new Set(['ان', 'بان'].map(normalise));
// A denial that opens on a contrast («غير أن الشركة نفت …»، «لكن الوزارة نفت …») answers the sentence before it: what
// that sentence reports is what it denies («قال القبطان إنه أبلغ الشركة مرارا …. غير أن الشركة نفت تلقي أي بلاغ»).
const OPENING_CONTRAST: readonly (readonly string[])[] = [['غير', 'ان'], ['الا', 'ان'], ['بيد', 'ان'], ['لكن'], ['ولكن'], ['لكنه'], ['لكنها']].map((ws) => ws.map(normalise));
// A counter-clause shorter than this says too little to be asked about («لكنه رفض التعليق»).
const MIN_COUNTER_WORDS = 5;

/** Where a denial's claim was found in its own context, and where its wording starts in that sentence. */
export interface ContextClaim {
  sentence: CorpusSentence;
  /** First token of the claim's wording (0 for a whole sentence). */
  from: number;
}

/** The sentence before `s` in its article that is not itself a denial, or null. */
function previousInArticle(corpus: Corpus, s: CorpusSentence, denials: ReadonlySet<CorpusSentence>): CorpusSentence | null {
  for (let k = (corpus.indexOf.get(s) ?? 0) - 1; k >= 0; k--) {
    const p = corpus.sentences[k];
    if (!p || p.articleIndex !== s.articleIndex) return null;
    if (!denials.has(p) && !isHeadline(corpus, p)) return p;
  }
  return null;
}

/**
 * The clause a concessive denial is set against, in its own sentence: «ورغم نفيه امتلاك عناصر …، إلا أن قناة …
 * نقلت عن مصدر … أن …» reports the other side; null without a concession and a counter-clause of some length.
 */
export function counterClause(d: Denial): number | null {
  const tokens = d.sentence.tokens;
  const at = d.to;
  if (!COUNTER.has(tokens[at]?.key ?? '')) return null;
  const conceded = tokens.slice(0, d.cue.from).some((t) => CONCESSIVE.has(t.key)) || tokens[at]?.key === normalise('الا');
  if (!conceded) return null;
  const from = at + 1 + (THAT.has(tokens[at + 1]?.key ?? '') ? 1 : 0);
  return tokens.length - from >= MIN_COUNTER_WORDS ? from : null;
}

/** Whether a sentence opens on a contrast with the one before it (OPENING_CONTRAST). */
function opensOnContrast(s: CorpusSentence): boolean {
  return OPENING_CONTRAST.some((ws) => ws.every((w, i) => s.tokens[i]?.key === w));
}

/**
 * A denial's claim from its own context when the selection states none in words of its own: the sentence before a
 * denial that only points back to it («… . ونفت الوزارة ذلك») or opens on a contrast with it («غير أن الشركة نفت …»),
 * else the counter-clause of a concessive denial.
 */
export function contextClaim(corpus: Corpus, d: Denial, denials: ReadonlySet<CorpusSentence>): ContextClaim | null {
  if (pointsBack(d) || opensOnContrast(d.sentence)) {
    const previous = previousInArticle(corpus, d.sentence, denials);
    if (previous) return { sentence: previous, from: 0 };
  }
  const from = counterClause(d);
  return from === null ? null : { sentence: d.sentence, from };
}

// An outlet's name shorter than this («قسد»، «سانا») may be a party the denial names, not the source it answers.
const MIN_NAME_WORDS = 2;

/** A sentence's words as matching keys, space-joined with a space at each end, so a name is found as whole words. */
function keyed(s: CorpusSentence): string {
  return ` ${s.tokens.map((t) => t.key).join(' ')} `;
}

/** The verbal keys (verbal-root.ts) of tokens [from, to) of a sentence. */
function verbalKeys(s: CorpusSentence, from: number, to: number): Set<string> {
  return new Set(s.tokens.slice(from, to).map((t) => verbalKeyOf(t.key)).filter((k): k is string => k !== null));
}

/**
 * A denial that names the source it answers («اطلع المركز على البيان الذي نشرته رابطة … ويؤكد أن ما ورد فيه …
 * محض افتراء»): another article of the selection whose outlet's name, of MIN_NAME_WORDS words at least, the denial's
 * sentence holds. Its claim is that article's sentence sharing most of what is denied (the earliest of equals), or
 * null when none shares a word of it.
 */
export function namedSourceClaim(corpus: Corpus, index: ClaimIndex, d: Denial, denials: ReadonlySet<CorpusSentence>): CorpusSentence | null {
  const own = keyed(d.sentence);
  const named = new Set<number>();
  corpus.articles.forEach((a, i) => {
    const name = a.outlet === null ? [] : wordKeys(a.outlet);
    if (i !== d.sentence.articleIndex && name.length >= MIN_NAME_WORDS && own.includes(` ${name.join(' ')} `)) named.add(i);
  });
  if (named.size === 0) return null;
  const denied = new Set([...d.what.terms, ...d.what.entities]);
  // A verb and its verbal noun count as one word: «إبقاء نساء» denies what «أبقت … 12 امرأة» claims.
  const verbal = verbalKeys(d.sentence, d.from, d.to);
  let best: CorpusSentence | null = null;
  let most = 0;
  for (const s of corpus.sentences) {
    if (!named.has(s.articleIndex) || denials.has(s) || isHeadline(corpus, s)) continue;
    const t = index.termsOf(s);
    const terms = t === undefined ? 0 : [...t.terms, ...t.entities].filter((x) => denied.has(x)).length;
    const shared = terms + [...verbalKeys(s, 0, s.tokens.length)].filter((k) => verbal.has(k)).length;
    if (shared > most) [best, most] = [s, shared];
  }
  return best;
}
