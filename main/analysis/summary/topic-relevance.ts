import { searchForms, wordKeys, type Token } from '../../text/arabic/index.ts';

export interface Topic {
  name: string;
  keywords: string[];
}

/** A keyword or topic name as a phrase of word-form sets: a word matches when it shares a search form. */
type Phrase = Set<string>[];

function phrasesOf(topics: readonly Topic[]): Phrase[] {
  const out: Phrase[] = [];
  for (const t of topics) {
    for (const text of [t.name, ...t.keywords]) {
      const keys = wordKeys(text);
      if (keys.length > 0) out.push(keys.map((k) => new Set(searchForms(k))));
    }
  }
  return out;
}

function wordMatches(token: Token, forms: ReadonlySet<string>): boolean {
  return searchForms(token.key).some((f) => f.length >= 2 && forms.has(f));
}

/**
 * How strongly a sentence bears on the analyst's selected topics: the number of distinct topic keywords
 * and names (phrases, matched word by word with clitics stripped through searchForms) it contains.
 * «والحشد الشعبي» matches the keyword «الحشد الشعبي»; «الحشد» alone does not match the two-word phrase.
 */
export function topicMatcher(topics: readonly Topic[]): (tokens: readonly Token[]) => number {
  const phrases = phrasesOf(topics);
  return (tokens) => {
    let hits = 0;
    for (const phrase of phrases) {
      const n = phrase.length;
      let found = false;
      for (let i = 0; i + n <= tokens.length && !found; i++) {
        found = phrase.every((forms, k) => {
          const tok = tokens[i + k];
          return tok !== undefined && wordMatches(tok, forms);
        });
      }
      if (found) hits++;
    }
    return hits;
  };
}
