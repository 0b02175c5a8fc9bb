/**
 * A body named only by common words and their adjectives takes its nation into its name («البنك المركزي اليمني»,
 * «الخطوط الجوية التركية», «الاحتياطي الفيدرالي الأمريكي»): without it the name is any country's, so the nation
 * is what names the one body, and ANERcorp's annotators put it in the span («الخطوط الجوية الايرانية», «للبنك
 * المركزي الاوروبي»). After a name of its own the nation only describes it and stays out («الهلال السعودي»,
 * «صندوق الاستثمارات العامة السعودي»): only a name whose last word, after its first, is an adjective of a
 * nisba's shape takes it, and none the gazetteer knows: its entry names one body already («الحشد الشعبي»).
 * A head-less state body is the exception (text/gazetteer/headless-bodies.ts): its entry names a kind of body in
 * every country, so «خفر السواحل اليوناني» and «خفر السواحل الليبي» are two bodies and the nation is in the name;
 * the extended name leaves the entry, which would group every nation's under one actor (group-mentions.ts).
 */
import { isHeadlessBody } from '../../text/gazetteer/headless-bodies.ts';
import { isDefinite, breaksBefore } from '../words/sentence-tokens.ts';
import { hasNisbaShape } from '../words/word-shapes.ts';
import { isNisba } from '../words/word-tests.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** Extends each organisation of two words or more that ends in an adjective, and each head-less state body, by the nationality right after it. */
export function nationOfBody(s: SentenceScan): void {
  const { words } = s;
  for (const f of [...s.found]) {
    const m = f.mention;
    const last = words[f.to - 1]?.key ?? '';
    const next = words[f.to]?.key ?? '';
    if (m.type !== 'organization' || m.outlet || m.roleOnly || f.to - f.from < 2 || f.to >= words.length) continue;
    const kind = m.entry === null ? 'named by common words' : isHeadlessBody(m.entry) ? 'head-less' : null;
    if (kind === null) continue;
    if (kind !== 'head-less' && (!isDefinite(last) || !hasNisbaShape(last) || isNisba(last, s.scan.gazetteer))) continue;
    if (!isDefinite(next) || !isNisba(next, s.scan.gazetteer) || breaksBefore(words, f.to) || !isFree(s.scan, f.to, f.to + 1)) continue;
    s.drop(f);
    s.add(f.from, f.to + 1, { ...m, entry: null, key: `${m.key} ${next}`, surface: `${m.surface} ${s.text(f.to, f.to + 1)}` });
  }
}
