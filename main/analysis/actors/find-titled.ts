import { standingBodyEnd } from './find-standing-bodies.ts';
import { endsHere, nameRunForward } from './runs.ts';
import { claim, isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { balanceQuotes, matchTitle, SEPARATOR_AFTER_TITLE, titleComplement } from './title-match.ts';
import { breaksBefore, commaBefore, isDefinite } from '../words/sentence-tokens.ts';
import { looksLikeVerb, readsAsKeepingArticle } from '../words/word-tests.ts';
import { ON_BEHALF, SPOKESMEN } from '../words/lexicon.ts';

/**
 * Where a spokesman's office ends when its complement stopped at «باسم» right after the spokesman's noun (a body
 * whose name is no definite chain: «المتحدثة باسم تيك توك»): the body's words are the office's, never a person's
 * name opening with the given name «باسم». Null when the title is no spokesman's or no «باسم» follows.
 */
function spokesmanFor(s: SentenceScan, title: number, roleEnd: number): number | null {
  if (roleEnd <= title || !onBehalfOf(s.words, roleEnd)) return null;
  return nameRunForward(s.scan, roleEnd + 1) ?? roleEnd + 1;
}

/** Whether word i is the «باسم» of a spokesman's noun right before it («المتحدث باسم …»): «on behalf of», no name. */
export function onBehalfOf(words: SentenceScan['words'], i: number): boolean {
  if (words[i]?.key !== ON_BEHALF || i === 0 || breaksBefore(words, i)) return false;
  return readsAsKeepingArticle(words[i - 1]?.key ?? '', SPOKESMEN) !== null;
}

/**
 * «الرئيس السوري أحمد الشرع»: a title, its complement, then a name, which gets the title as its role. A definite
 * office with no name after it («الرئيس السوري قال») is kept as a role alone, bound later to its holder; its
 * words stay unclaimed, so a name the tagger finds after it can still take the title (titleTagged).
 */
export function findTitled(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 0; i < words.length; i++) {
    const m = matchTitle(scan, i);
    if (m === null) continue;
    const roleEnd0 = titleComplement(scan, m.title, m.end);
    if (roleEnd0 === null) continue;
    // «رئيس النقابة العامة لعمال الموانئ»: the office's body runs on over its standing and whose it is; the words
    // after «العامة» are its complement, never the holder's name.
    const body = standingBodyEnd(scan, m.end);
    let roleEnd = body !== null && body.end > roleEnd0 ? body.end : roleEnd0;
    let name: [number, number] | null = null;
    const abbreviation = m.reading.length === 1 && /^\s*\.\s*$/u.test(words[roleEnd]?.gap ?? '');
    // A spokesman's office runs on over its body's name («المتحدثة باسم سناب شات»); the person's name may follow it.
    const onBehalf = spokesmanFor(s, i, roleEnd);
    if (onBehalf !== null) roleEnd = onBehalf;
    // With the rule switched off (person-rules.ts) the title is still read, as a role alone, and the name left to the tagger.
    const naming = s.on('titled');
    if (naming && roleEnd < words.length && (SEPARATOR_AFTER_TITLE.test(words[roleEnd]?.gap ?? '') || abbreviation)) {
      const q = nameRunForward(scan, roleEnd);
      if (q !== null && s.evidence(roleEnd, q) !== 'rejected') name = [roleEnd, q];
    }
    if (naming && name === null && m.title.kind !== 'rank' && commaBefore(words, roleEnd)) {
      // «مدير الشركة العامة لموانئ العراق، المهندس كريم الخفاجي»: a courtesy rank between the office and its holder; the
      // office is the role, the rank says only how he is addressed.
      const rank = matchTitle(scan, roleEnd);
      const q = rank !== null && rank.title.kind === 'rank' ? nameRunForward(scan, rank.end) : null;
      if (rank !== null && q !== null && s.evidence(rank.end, q) !== 'rejected') { name = [rank.end, q]; claim(scan, roleEnd, rank.end); }
    }
    if (naming && name === null && m.title.kind !== 'rank') {
      // «قائد إدارة العمليات العسكرية في سوريا، أحمد الشرع،»: the office runs on to the apposition comma.
      for (let k = roleEnd + 1; k < Math.min(words.length, roleEnd + 6); k++) {
        if (commaBefore(words, k)) {
          const q = nameRunForward(scan, k);
          if (q !== null && endsHere(scan, q) && s.evidence(k, q) !== 'rejected') { name = [k, q]; roleEnd = k; }
          break;
        }
        const w = words[k];
        if (breaksBefore(words, k) || w === undefined || looksLikeVerb(w.key) || !isFree(scan, k, k + 1)) break;
      }
    }
    const role = balanceQuotes(s.text(i, roleEnd, m.reading));
    if (name !== null) {
      const [p, q] = name;
      // An abbreviated rank («د.» for the doctor's title) is a courtesy before the name, and a letter says no role.
      s.add(p, q, { type: 'person', key: s.key(p, q), surface: s.text(p, q), roles: abbreviation ? [] : [role], single: q - p === 1, weak: s.evidence(p, q) === 'weak' });
      claim(scan, i, m.end);
    } else if (m.title.kind === 'office' && isDefinite(m.reading)) {
      s.add(i, roleEnd, { type: 'person', key: s.key(i, roleEnd, m.reading), surface: role, roles: [role], roleOnly: true }, false);
    }
  }
}
