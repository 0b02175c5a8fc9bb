/**
 * The people a summary unit names, read before the actors stage runs (issue 14: points that tell one event share
 * their actors). A person is found where the selection writes a given name before another word («أحمد الشرع»,
 * «فالح الفياض»); the word after it, without its article, is the person's key, and every sentence that writes
 * that word («وناقش الشطري …», «لقاء الأسد مع فياض») names the person. A sentence that names nobody and leans on
 * the ones before it («وقد تناول اللقاء …») is about the people its article named last before it.
 */
import { particleReadings, type Token } from '../../text/arabic/index.ts';
import { isStopword } from '../../text/arabic/stopwords.ts';
import { isGivenName, isStopwordGivenName, PREPOSITION_ALA, writtenWithYeh } from '../../text/gazetteer/given-names.ts';

/** What the persons of a unit are read from: its sentence's tokens, and where the sentence stands in its article. */
export interface PersonUnit {
  tokens: readonly Token[];
  articleIndex: number;
  position: number;
}

export interface UnitPersons {
  /** The persons a unit's own sentence names (their keys). */
  own: (i: number) => ReadonlySet<string>;
  /** Its own persons, or for a sentence naming nobody the persons of the nearest earlier sentence of its article that names some. */
  context: (i: number) => ReadonlySet<string>;
}

// A surname key shorter than this is a particle or a clipped word («ال» read off), not a name.
const MIN_KEY = 3;

const withoutArticle = (w: string): string => (w.startsWith('ال') && w.length > 2 + 1 ? w.slice(2) : w);

/** The keys a word may stand for as a surname: each of its readings without clitics, without the article. */
function wordKeys(t: Token): string[] {
  return particleReadings(t.key).map(withoutArticle);
}

/**
 * Whether a word opens a person's name as written: a given name that is not a stopword («باسم» is also «in the name
 * of») unless a name too («أمين»), and «علي» only with its yeh («على» is the preposition).
 */
function opensName(t: Token): boolean {
  if (!isGivenName(t.key)) return false;
  if (t.key === PREPOSITION_ALA) return writtenWithYeh(t.text);
  return !isStopword(t.key) || isStopwordGivenName(t.key);
}

/** Whether a word opens with the conjunction «و» («زينب ومناطق …»: the name ended before it). */
const joined = (t: Token): boolean => t.key.startsWith('و') && particleReadings(t.key).length > 1;

/** The surnames the units write after a given name, as keys: a word that is neither a name nor a stopword, nor joined by «و». */
function surnames(units: readonly PersonUnit[]): Set<string> {
  const found = new Set<string>();
  for (const u of units) {
    for (let k = 0; k + 1 < u.tokens.length; k++) {
      const next = u.tokens[k + 1] as Token;
      if (!opensName(u.tokens[k] as Token) || isGivenName(next.key) || isStopword(next.key) || joined(next)) continue;
      const key = withoutArticle(next.key);
      if (key.length >= MIN_KEY && !isGivenName(key)) found.add(key);
    }
  }
  return found;
}

/**
 * The persons each unit names, and the persons it is about when it names nobody; each read when first asked (the
 * passes that ask read only groups of several units and the shortlisted events).
 */
export function unitPersons(units: readonly PersonUnit[]): UnitPersons {
  const keys = surnames(units);
  const none: ReadonlySet<string> = new Set<string>();
  const owned = new Map<number, ReadonlySet<string>>();
  const own = (i: number): ReadonlySet<string> => {
    let set = owned.get(i);
    if (set === undefined) {
      const tokens = units[i]?.tokens ?? [];
      set = keys.size === 0 ? none : new Set(tokens.flatMap((t) => wordKeys(t).filter((k) => keys.has(k))));
      owned.set(i, set);
    }
    return set;
  };
  // Each article's units in reading order, for the nearest earlier one that names someone.
  let byArticle: Map<number, number[]> | undefined;
  const articleUnits = (article: number): readonly number[] => {
    if (byArticle === undefined) {
      const lists = new Map<number, number[]>();
      units.forEach((u, i) => {
        const list = lists.get(u.articleIndex);
        if (list) list.push(i);
        else lists.set(u.articleIndex, [i]);
      });
      for (const list of lists.values()) list.sort((a, b) => (units[a]?.position ?? 0) - (units[b]?.position ?? 0));
      byArticle = lists;
    }
    return byArticle.get(article) ?? [];
  };
  const context = (i: number): ReadonlySet<string> => {
    const set = own(i);
    const u = units[i];
    if (set.size > 0 || u === undefined || keys.size === 0) return set;
    const list = articleUnits(u.articleIndex);
    for (let k = list.length - 1; k >= 0; k--) {
      const j = list[k] as number;
      if ((units[j]?.position ?? 0) < u.position && own(j).size > 0) return own(j);
    }
    return set;
  };
  return { own, context };
}

