/** Titles and offices in a sentence being scanned: the title at a word, the complement of its role, the role as shown. */
import { COMMON_VERBS, TITLES } from '../words/lexicon.ts';
import type { Title } from '../words/lexicon.ts';
import { gazetteerAt } from './gazetteer-match.ts';
import { chainEnd, followsNameLink, officeComplementEnd } from './runs.ts';
import type { Scan } from './scan-context.ts';
import { breaksBefore, readingsKeepingArticle } from '../words/sentence-tokens.ts';

const TITLES_BY_FIRST = new Map<string, Title[]>();
for (const t of TITLES) {
  const first = t.words[0] ?? '';
  TITLES_BY_FIRST.set(first, [...(TITLES_BY_FIRST.get(first) ?? []), t]);
}

/** What may stand between a title and the name it goes with: nothing, a comma or an opening bracket. */
export const SEPARATOR_AFTER_TITLE = /^\s*[,،(]?\s*$/u;

/**
 * Whether a word whose key is a feminine title («مديرة», folded to «مديره») is written with «ه», not «ة»: the
 * masculine title with an attached pronoun («مديره»: its director), whose construct is complete and which is no
 * role of the name after it («وقال مديره الدكتور …»: the rank that follows is the role).
 */
function heldByPronoun(text: string, key: string): boolean {
  return key.endsWith('ه') && text.endsWith('ه') && TITLES_BY_FIRST.has(key) && TITLES_BY_FIRST.has(key.slice(0, -1));
}

/**
 * Whether word i is a verb the lexicon lists that is also a title's key («أمر»: ordered, «آمر»: commander) right
 * before another title («أمر محافظ المنطقة …»): the verb governs the office after it, which is the role.
 */
function verbBeforeTitle(scan: Scan, i: number): boolean {
  const key = scan.words[i]?.key ?? '';
  // Written with «آ» it is the title («آمر اللواء»), which no verb is.
  if (!COMMON_VERBS.has(key) || (scan.words[i]?.text ?? '').startsWith('آ') || breaksBefore(scan.words, i + 1)) return false;
  const next = scan.words[i + 1]?.key ?? '';
  return readingsKeepingArticle(next).some((r) => TITLES_BY_FIRST.has(r));
}

/** The title at word i (a word no mention took), the end of its words, and how its first word was read. */
export function matchTitle(scan: Scan, i: number): { title: Title; end: number; reading: string } | null {
  const w = scan.words[i];
  if (w === undefined || scan.claimed[i] !== false) return null;
  // «عبد الملك», «محمد ولد الشيخ الغزواني»: a title word after a name's link is the name's own word.
  if (followsNameLink(scan.words, i)) return null;
  if (heldByPronoun(w.text, w.key) || verbBeforeTitle(scan, i)) return null;
  for (const reading of readingsKeepingArticle(w.key)) {
    for (const title of TITLES_BY_FIRST.get(reading) ?? []) {
      const ok = title.words.every((k, n) => n === 0 || (scan.words[i + n]?.key === k && !breaksBefore(scan.words, i + n)));
      if (!ok) continue;
      const end = i + title.words.length;
      // «السيدة زينب», «الشيخ جراح»: a place the gazetteer knows that starts with a title is a place.
      const place = gazetteerAt(scan, i);
      if (place !== null && place.end > end && place.entries.some((e) => e.type === 'place')) return null;
      return { title, end, reading };
    }
  }
  return null;
}

/** The complement of a title at [i, end): the end of the role and whether the title needs one it lacks. */
export function titleComplement(scan: Scan, title: Title, end: number): number | null {
  if (title.kind === 'construct') {
    const c = chainEnd(scan, end, { max: 6, onBehalf: true });
    return c > end ? officeComplementEnd(scan, c, false) : null;
  }
  return officeComplementEnd(scan, end, title.kind === 'rank');
}

/** A role cut inside a quotation is shown without its quotation marks («القائد السابق لـالحرس الثوري» reads wrong, so the marks stay paired). */
export function balanceQuotes(role: string): string {
  const marks = role.match(/[«»“”"]/gu) ?? [];
  if (marks.length % 2 === 0) return role;
  return role.replace(/[«»“”"]/gu, '').replace(/لـ\s*/u, 'لـ').trim();
}
