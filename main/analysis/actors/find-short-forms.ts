import { DESCRIPTIVE_HEADS } from '../words/lexicon.ts';
import { breaksBefore, isDefinite, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';
import { VETO_MARGIN } from './drop-vetoed.ts';
import type { Mention } from './mention.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import type { WordMargins } from './word-margins.ts';

/** The longest short form, in words. */
const MAX_WORDS = 3;

/**
 * Notes the short forms of the organisations a sentence found with a descriptive head («تنظيم القاعدة», «حركة
 * حماس», «شركة نيسان»): the words after the head, by name key, for the article's later sentences (findShortForms).
 */
export function noteShortForms(s: SentenceScan, into: Map<string, Mention>): void {
  for (const f of s.found) {
    const m = f.mention;
    if (m.type !== 'organization' || m.roleOnly || m.outlet || f.to - f.from < 2 || f.to - f.from > MAX_WORDS + 1) continue;
    if (readsAsKeepingArticle(s.words[f.from]?.key ?? '', DESCRIPTIVE_HEADS) === null) continue;
    const short = s.key(f.from + 1, f.to);
    if (!into.has(short)) into.set(short, m);
  }
}

/**
 * One sense per article for an organisation's short form: after «تنظيم القاعدة», «القاعدة» alone is that
 * organisation («وقالت القاعدة في بيان»), a common word elsewhere (a base, a rule). Over free words, when the
 * tagger is not sure they are no actor's and no definite adjective follows («القاعدة الجوية» is an air base).
 */
export function findShortForms(s: SentenceScan, shortForms: ReadonlyMap<string, Mention>, margins: WordMargins): void {
  if (shortForms.size === 0) return;
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      if (!isFree(s.scan, i, i + n) || words.slice(i + 1, i + n).some((_, k) => breaksBefore(words, i + 1 + k))) continue;
      const hit = readingsKeepingArticle(words[i]?.key ?? '').map((r) => ({ reading: r, m: shortForms.get(s.key(i, i + n, r)) })).find((x) => x.m !== undefined);
      if (hit?.m === undefined) continue;
      let sure = false;
      for (let k = i; k < i + n; k++) if (margins.margin(k) >= VETO_MARGIN) sure = true;
      const next = words[i + n]?.key ?? '';
      if (sure || (i + n < words.length && !breaksBefore(words, i + n) && isDefinite(next))) continue;
      const { m } = hit;
      s.add(i, i + n, { type: 'organization', key: m.key, surface: s.text(i, i + n, hit.reading), entry: m.entry, tagged: true });
      i += n - 1;
      break;
    }
  }
}
