/**
 * The words the training data names entities with, as a feature of the tagger (CoNLL taggers' "seen as an entity in
 * training" list): a word mostly tagged inside a person in the annotated text is listed as opening one («شارون») or
 * inside one, and so for the other types asked for. The perceptron drops features seen once (MIN_COUNT), so a name
 * met in one article of the training part is otherwise no evidence when a later article names the same person.
 * Measured as an arm of `npm run tune:ner --seen-names K` and not shipped (scripts/train-ner-settings.ts).
 *
 * Training reads the lists jackknifed (seenNameFolds): a sentence's list is built without the sentence's own fold,
 * so the feature is on as often for the training's persons as it will be for an unseen article's, where some names
 * were seen and most were not; built over every fold, the list would name every training person and the tagger would
 * lean on it alone.
 */
import { particleReadings } from '../main/text/arabic/index.ts';
import { hashString } from '../main/text/hash.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { TAGS } from '../main/analysis/ner/tags.ts';
import type { EntityType } from '../main/analysis/ner/tags.ts';
import { tokenKey } from '../main/analysis/ner/word-features.ts';

/** Each listed word's class: the type it is most often part of and where it stands in it («PERS-B», «LOC-I»). */
export type SeenNames = ReadonlyMap<string, string>;

/** A word is listed when at least this share of its occurrences are inside an entity: «سلام», «أمل» are mostly not. */
const ENTITY_SHARE = 0.5;

/** The lists of the entities of `types` in `sentences`: each word by the type and place it stands in most often. */
export function seenNames(sentences: readonly AnnotatedSentence[], types: readonly EntityType[]): SeenNames {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const key = tokenKey(t);
      if (key.length < 2) return;
      let c = counts.get(key);
      if (c === undefined) { c = new Map(); counts.set(key, c); }
      const tag = TAGS[s.tags[i] ?? 0] ?? 'O';
      const cls = tag === 'O' ? 'O' : `${tag.slice(2)}-${tag[0]}`;
      c.set(cls, (c.get(cls) ?? 0) + 1);
    });
  }
  const out = new Map<string, string>();
  for (const [key, c] of counts) {
    let all = 0;
    let best: [string, number] | null = null;
    for (const [cls, n] of c) {
      all += n;
      if (cls !== 'O' && (best === null || n > best[1] || (n === best[1] && cls < best[0]))) best = [cls, n];
    }
    if (best === null || all - (c.get('O') ?? 0) < ENTITY_SHARE * all || !(types as readonly string[]).includes(best[0].slice(0, -2))) continue;
    out.set(key, best[0]);
  }
  return out;
}

/**
 * For each sentence, the lists built without its own fold: the sentences are cut into `folds` contiguous folds
 * (an article's sentences stay together, as its names do), and `extra` (the own sets' sentences, another register)
 * reads the lists of the whole corpus and is listed into none of them but its own, which it never reads.
 */
export function seenNameFolds(corpus: readonly AnnotatedSentence[], folds: number, extra: readonly (readonly AnnotatedSentence[])[], types: readonly EntityType[]): { corpus: SeenNames[]; extra: SeenNames[] } {
  const size = Math.ceil(corpus.length / folds);
  const byFold = Array.from({ length: folds }, (_, f) => seenNames([...corpus.slice(0, f * size), ...corpus.slice((f + 1) * size), ...extra.flat()], types));
  const extraLists = extra.map((_, k) => seenNames([...corpus, ...extra.filter((_, j) => j !== k).flat()], types));
  return { corpus: corpus.map((_, i) => byFold[Math.floor(i / size)] ?? new Map<string, string>()), extra: extraLists };
}

const HASHES = new Map<string, number>();
function hashOf(name: string): number {
  let h = HASHES.get(name);
  if (h === undefined) { h = hashString(name); HASHES.set(name, h); }
  return h;
}

/** Which list a token is in, read as written or without its particles («وشارون»); null for none. */
function listOf(raw: string, seen: SeenNames): string | null {
  const key = tokenKey(raw);
  if (key.length < 2) return null;
  for (const r of [key, ...particleReadings(key, true).slice(1)]) {
    const cls = seen.get(r);
    if (cls !== undefined) return cls;
  }
  return null;
}

/** Per token, the hashes of the list features: its own list, and (`neighbours`) its neighbours' one word away. */
export function seenNameFeatures(tokens: readonly string[], seen: SeenNames, neighbours: boolean): number[][] {
  const lists = tokens.map((t) => listOf(t, seen));
  return tokens.map((_, i) => {
    const out: number[] = [];
    const own = lists[i];
    if (own !== null && own !== undefined) out.push(hashOf(`seen:${own}`));
    if (!neighbours) return out;
    const before = lists[i - 1];
    if (before !== null && before !== undefined) out.push(hashOf(`seen:${before}@-1`));
    const after = lists[i + 1];
    if (after !== null && after !== undefined) out.push(hashOf(`seen:${after}@+1`));
    return out;
  });
}
