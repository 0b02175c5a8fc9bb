import { endsHere, nameRunBackward } from './runs.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { balanceQuotes, matchTitle, titleComplement } from './title-match.ts';
import { commaBefore } from '../words/sentence-tokens.ts';

/** «حسين أكبري، القائد السابق لـ"الحرس الثوري"،»: a name, a comma, then the office. */
export function findApposed(s: SentenceScan): void {
  const { scan, words } = s;
  for (let i = 1; i < words.length; i++) {
    if (!commaBefore(words, i)) continue;
    const m = matchTitle(scan, i);
    if (m === null || m.title.kind === 'rank') continue;
    const roleEnd = titleComplement(scan, m.title, m.end);
    if (roleEnd === null || !endsHere(scan, roleEnd)) continue;
    const role = balanceQuotes(s.text(i, roleEnd, m.reading));
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
