import type { CredibilityBasis } from '../../model/grading.ts';
import { countInWords, type CountedForms } from '../../text/arabic/index.ts';

const INDEPENDENT: CountedForms = {
  one: 'مصدر مستقل واحد',
  two: 'مصدران مستقلان',
  plural: 'مصادر مستقلة',
  accusative: 'مصدرًا مستقلًا',
  genitive: 'مصدر مستقل',
};

/**
 * Why a credibility was suggested, in the analyst's two languages: the editor shows it beside the grade, so the
 * analyst sees what the suggestion rests on before keeping or changing it. `independent` counts independent sources.
 */
export function credibilityReason(basis: CredibilityBasis, independent: number): { ar: string; en: string } {
  switch (basis) {
    case 'denied':
      return { ar: 'مصدر آخر ينفي الخبر نفياً صريحاً', en: 'another source explicitly denies it' };
    case 'contradicted':
      return { ar: 'المصادر تتعارض فيه أو في بعض تفاصيله (انظر الأسئلة المفتوحة)', en: 'the sources contradict each other on it or on some of its details (see the open questions)' };
    case 'hedged':
      return { ar: 'صياغته تحتمل ولا تجزم', en: 'its wording hedges rather than asserts' };
    case 'independent-sources':
      return { ar: `أكّده ${countInWords(independent, INDEPENDENT)} (النسخ المتطابقة من خبر وكالة واحد تُعد مصدراً واحداً)`, en: `confirmed by ${String(independent)} independent sources (copies of one wire story count once)` };
    case 'unnamed-sources':
      return { ar: 'مصدر واحد ينقله عن مصادر لا يسمّيها', en: 'one source, citing sources it does not name' };
    case 'single-source':
      return { ar: 'مصدر واحد، ولا شيء يناقضه', en: 'a single source, and nothing contradicts it' };
    case 'no-sources':
      return { ar: 'لا مصدر يُستند إليه للحكم عليه', en: 'no source to judge it by' };
    default: {
      const never: never = basis;
      throw new Error(`unknown credibility basis ${String(never)}`);
    }
  }
}
