/**
 * Persons whose given name carries the article (issue 12): the Maghreb, Sudan, Mauritania and the Gulf write
 * «المنصف المرزوقي», «الطيب البكوش», «المختار ولد داداه». The given names so written are a list of their own
 * (given-names.json «articled»: «ال» before any given name is a city or a noun as often, «الرياض», «الأمل»), and
 * each is also the adjective it comes from («الطيب»: the good one), so the word alone proves nothing; it opens a name
 * - when the name goes on as a surname does: a definite word that is no nationality, title or adjective
 *   («… المرزوقي», not «… البرازيلي»), a lineage («ولد داداه»), or one bare word and a definite one («الباجي قائد
 *   السبسي»); never a word that opens a name itself (a participle describes the person named after it, «الناجي عبد
 *   الرحمن»: the survivor, whom person-bounds.ts cuts off), and
 * - when a person cue stands before it in its clause: a verb the lexicon lists («قال», «التقى»), or a title within
 *   three words, which is the person's role («زعيم حزب الأمة الصادق المهدي»: the leader is the person after the
 *   party's name, and the party stays a body of its own); or, in the second run, when the surname is a known
 *   person's («رد الهادي البكوش» after «الطيب البكوش»).
 * The given names that are also an everyday word («صباح الخالد»: «صباح» is morning, «صباح الخميس») are read the same
 * way, from a list of their own (given-names.json «everyday»): a time word after them is no surname (TIME_WORDS).
 * The pass runs before the titles and bodies are read, so neither takes the person's words.
 */
import { isArticledGivenName, isEverydayGivenName, isGivenName, opensKunya } from '../../text/gazetteer/given-names.ts';
import { NAME_JOINERS } from '../../text/gazetteer/name-joiners.ts';
import { withoutConjunction } from '../../text/arabic/index.ts';
import { COMMON_VERBS, REPORTING_VERBS, TIME_WORDS, TITLE_WORDS } from '../words/lexicon.ts';
import { breaksBefore, isDefinite } from '../words/sentence-tokens.ts';
import { isNameWord, isNisba, isPlainAdjective, readsAs } from '../words/word-tests.ts';
import { claim, isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { balanceQuotes, matchTitle } from './title-match.ts';

/** How many words before the name a title may stand, its complement between («زعيم حزب الأمة …»). */
const TITLE_REACH = 3;

/** Whether word i goes on a name as its surname: a definite name word that is no title, adjective or time word. */
function surnameAt(s: SentenceScan, i: number): boolean {
  const w = s.words[i];
  // The article written first: «للتنمية» after «المصرف العربي» is «for the development», no family's name.
  if (w === undefined || breaksBefore(s.words, i) || !w.key.startsWith('ال') || !isNameWord(w.text, w.key)) return false;
  // «… البرازيلي»: a nationality adjective after the word makes it the adjective's noun («النجم البرازيلي»).
  return readsAs(w.key, TITLE_WORDS) === null && !isPlainAdjective(w.key) && !TIME_WORDS.has(w.key) && !isNisba(w.key, s.scan.gazetteer);
}

/** The end of the name the articled given name at word i opens, or null when what follows is no surname. */
function nameEnd(s: SentenceScan, i: number): number | null {
  const next = s.words[i + 1];
  if (next === undefined || breaksBefore(s.words, i + 1)) return null;
  // «الناجي عبد الرحمن», «الفائز محمد»: a word that opens a name of its own; the first word describes its bearer.
  if (next.key === 'عبد' || opensKunya(next.key, s.words[i + 2]?.key ?? '') || (!isDefinite(next.key) && isGivenName(next.key))) return null;
  if (surnameAt(s, i + 1)) return i + 2;
  // «المختار ولد داداه», «الحبيب بن يحيى».
  const after = s.words[i + 2];
  if (NAME_JOINERS.has(next.key) && after !== undefined && !breaksBefore(s.words, i + 2) && isNameWord(after.text, after.key)) return i + 3;
  // «الباجي قائد السبسي»: a bare family word before the definite one.
  // The family word may also be a title or a common noun («قائد»): the definite word after it closes the name.
  if (!isDefinite(next.key) && /^\p{L}{2,}$/u.test(next.key) && !COMMON_VERBS.has(next.key) && !REPORTING_VERBS.has(next.key) && surnameAt(s, i + 2)) return i + 3;
  return null;
}

/**
 * The person cue before word i in its clause, or null: a verb the lexicon lists right before (no role), or a title
 * within TITLE_REACH words, whose words and complement up to the name are the person's role («الرئيس الأسبق»).
 */
function cueBefore(s: SentenceScan, i: number): { role: string | null; title: [number, number] | null } | null {
  if (i === 0 || breaksBefore(s.words, i)) return null;
  const prev = withoutConjunction(s.words[i - 1]?.key ?? '');
  if (REPORTING_VERBS.has(prev) || COMMON_VERBS.has(prev)) return { role: null, title: null };
  for (let j = i - 1; j >= Math.max(0, i - TITLE_REACH); j--) {
    const m = matchTitle(s.scan, j);
    if (m !== null && m.end <= i) return { role: balanceQuotes(s.text(j, i, m.reading)), title: [j, m.end] };
    if (breaksBefore(s.words, j)) break;
  }
  return null;
}

/** Adds the persons whose given name carries the article, where a surname follows and a cue stands before. */
export function findArticledGiven(s: SentenceScan): void {
  for (let i = 0; i < s.words.length; i++) {
    const key = s.words[i]?.key ?? '';
    // «الأمين العام»: a title is no given name.
    if (!(isArticledGivenName(key) || isEverydayGivenName(key)) || readsAs(key, TITLE_WORDS) !== null || matchTitle(s.scan, i) !== null) continue;
    const end = nameEnd(s, i);
    if (end === null || !isFree(s.scan, i, end)) continue;
    // Or the surname names a person elsewhere in the selection (the second run's known people, «وأضاف البكوش»):
    // one sense per discourse.
    const cue = cueBefore(s, i) ?? (s.scan.known?.surnames.has(s.words[end - 1]?.key ?? '') === true ? { role: null, title: null } : null);
    if (cue === null) continue;
    s.add(i, end, { type: 'person', key: s.key(i, end), surface: s.text(i, end), roles: cue.role === null ? [] : [cue.role], single: false, weak: false });
    // The title's words are the role's, as findTitled claims them; its complement stays free for the body it names.
    if (cue.title !== null) claim(s.scan, cue.title[0], cue.title[1]);
    i = end - 1;
  }
}
