import { apposedOffice } from './find-apposed.ts';
import { isComplementiser } from '../../text/arabic/index.ts';
import { claim } from './scan-context.ts';
import { breaksBefore, commaBefore } from '../words/sentence-tokens.ts';
import { looksLikeVerb } from '../words/word-tests.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { balanceQuotes, matchTitle, SEPARATOR_AFTER_TITLE, titleComplement } from './title-match.ts';

/**
 * The office that runs on to the comma before word `at` («المستشار الاقتصادي في شركة Basra Gateway Terminal، مارك
 * ديفيس»): an office (no courtesy rank), its complement, and words of one phrase up to the comma, no verb or «إن» among them,
 * as findTitled reads it before a name it can read itself. Null without a comma or such an office.
 */
function officeBeforeComma(s: SentenceScan, at: number): string | null {
  const { scan, words } = s;
  if (!commaBefore(words, at)) return null;
  for (let i = Math.max(0, at - 8); i < at; i++) {
    const t = matchTitle(scan, i);
    if (t === null || t.title.kind === 'rank') continue;
    const end = titleComplement(scan, t.title, t.end);
    if (end === null || end > at) continue;
    let phrase = true;
    for (let k = end; k < at && phrase; k++) if ((k > end && breaksBefore(words, k)) || looksLikeVerb(words[k]?.key ?? '') || isComplementiser(words[k]?.key ?? '')) phrase = false;
    if (phrase) return balanceQuotes(s.text(i, at, t.reading));
  }
  return null;
}

/**
 * A person the tagger found right after a title the rules could not bind to it («وزير الخارجية الروسي سيرغي
 * لافروف»: the name runs stop at «سيرغي», which has a verb's shape): the title and its complement become the
 * person's role, and a role the rules kept alone for those words is dropped, since its holder is now named.
 */
export function titleTagged(s: SentenceScan): void {
  const { scan, words } = s;
  for (const f of s.found) {
    const m = f.mention;
    if (m.type !== 'person' || m.roleOnly || !m.tagged || m.roles.length > 0) continue;
    // «يوهانس كرامر، رئيس بعثة صندوق النقد الدولي،»: an office in apposition after a name the rules could not read
    // backward. The bodies found since in its complement («صندوق النقد الدولي») are still its words: read unclaimed.
    const apposed = apposedOffice(s, f.to, { ...scan, claimed: scan.claimed.map(() => false) });
    if (apposed !== null) { m.roles.push(apposed.role); continue; }
    const gap = words[f.from]?.gap ?? '';
    if (!SEPARATOR_AFTER_TITLE.test(gap)) continue;
    const before = officeBeforeComma(s, f.from);
    if (before !== null) { m.roles.push(before); continue; }
    for (let i = Math.max(0, f.from - 8); i < f.from; i++) {
      // A role kept alone is not claimed (findTitled adds it so), so its title still matches here.
      const t = matchTitle(scan, i);
      if (t === null || titleComplement(scan, t.title, t.end) !== f.from) continue;
      m.roles.push(balanceQuotes(s.text(i, f.from, t.reading)));
      for (let k = s.found.length - 1; k >= 0; k--) {
        const r = s.found[k];
        if (r !== undefined && r.mention.roleOnly && r.from >= i && r.to <= f.from) s.found.splice(k, 1);
      }
      claim(scan, i, f.from);
      break;
    }
  }
}
