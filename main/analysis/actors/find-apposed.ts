import { endsHere, nameRunBackward } from './runs.ts';
import type { Scan } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { standingBodyEnd } from './find-standing-bodies.ts';
import { balanceQuotes, matchTitle, titleComplement } from './title-match.ts';
import { commaBefore } from '../words/sentence-tokens.ts';

/**
 * The office given in apposition after a comma at word i, up to where its phrase ends: «، القائد السابق لـ"الحرس
 * الثوري"،», «، مدير الشركة العامة لموانئ العراق،» (its body runs on over its standing and whose it is). A rank
 * («، الدكتور») is a courtesy, no office. The scan is the sentence's unless a pass reads it with other words claimed.
 */
export function apposedOffice(s: SentenceScan, i: number, scan: Scan = s.scan): { role: string; end: number } | null {
  const { words } = s;
  if (!commaBefore(words, i)) return null;
  const m = matchTitle(scan, i);
  if (m === null || m.title.kind === 'rank') return null;
  const complement = titleComplement(scan, m.title, m.end);
  if (complement === null) return null;
  const body = standingBodyEnd(scan, m.end);
  const roleEnd = body !== null && body.end > complement ? body.end : complement;
  if (!endsHere(scan, roleEnd)) return null;
  return { role: balanceQuotes(s.text(i, roleEnd, m.reading)), end: roleEnd };
}

/** «حسين أكبري، القائد السابق لـ"الحرس الثوري"،»: a name, a comma, then the office. */
export function findApposed(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 1; i < words.length; i++) {
    const office = apposedOffice(s, i);
    if (office === null) continue;
    const { role } = office;
    const before = s.found.find((f) => f.to === i && f.mention.type === 'person' && !f.mention.roleOnly);
    if (before !== undefined) {
      if (!before.mention.roles.includes(role)) before.mention.roles.push(role);
      continue;
    }
    const p = s.on('apposed') ? nameRunBackward(scan, i) : null;
    if (p === null) continue;
    const evidence = s.evidence(p, i);
    if (evidence === 'rejected') continue;
    s.add(p, i, { type: 'person', key: s.key(p, i), surface: s.text(p, i), roles: [role], weak: evidence === 'weak' });
  }
}
