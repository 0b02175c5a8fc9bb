/**
 * A body named only by common words and their adjectives takes its nation into its name («البنك المركزي اليمني»,
 * «الخطوط الجوية التركية», «الاحتياطي الفيدرالي الأمريكي»): without it the name is any country's, so the nation
 * is what names the one body, and ANERcorp's annotators put it in the span («الخطوط الجوية الايرانية», «للبنك
 * المركزي الاوروبي»). After a name of its own the nation only describes it and stays out («الهلال السعودي»,
 * «صندوق الاستثمارات العامة السعودي»): only a name whose last word, after its first, is an adjective of a
 * nisba's shape takes it, and none the gazetteer knows: its entry names one body already («الحشد الشعبي»).
 */
import { isDefinite, breaksBefore } from '../words/sentence-tokens.ts';
import { hasNisbaShape } from '../words/word-shapes.ts';
import { isNisba } from '../words/word-tests.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** Extends each organisation of two words or more that ends in an adjective by the nationality right after it. */
export function nationOfBody(s: SentenceScan): void {
  const { words } = s;
  for (const f of [...s.found]) {
    const m = f.mention;
    const last = words[f.to - 1]?.key ?? '';
    const next = words[f.to]?.key ?? '';
    if (m.type !== 'organization' || m.entry !== null || m.outlet || m.roleOnly || f.to - f.from < 2 || f.to >= words.length) continue;
    if (!isDefinite(last) || !hasNisbaShape(last) || isNisba(last, s.scan.gazetteer)) continue;
    if (!isDefinite(next) || !isNisba(next, s.scan.gazetteer) || breaksBefore(words, f.to) || !isFree(s.scan, f.to, f.to + 1)) continue;
    s.drop(f);
    s.add(f.from, f.to + 1, { ...m, key: `${m.key} ${next}`, surface: `${m.surface} ${s.text(f.to, f.to + 1)}` });
  }
}
