import { describe, expect, it } from 'vitest';
import { sameUnnamedOrigin } from '../../../../main/analysis/questions/shared-origin.ts';
import { independentCitations } from '../../../../main/analysis/sources/independent-sources.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material).
const MEDICAL = 'قالت مصادر طبية في مستشفى رأس النخيل العام إن عدد ضحايا غرق العبارة ارتفع إلى ١٩ قتيلا.';
const RELAYED = 'وكان خفر السواحل قد أعلن أمس انتشال ١٤ جثة، فيما تحدثت مصادر طبية اليوم عن ١٩ قتيلا.';
const COAST_GUARD = 'وأعلن خفر السواحل انتشال جثتين جديدتين، لترتفع الحصيلة إلى ١٩ قتيلا، وهو الرقم نفسه الذي أعلنته مصادر طبية الجمعة الماضي.';

describe('citations that relay one unnamed source', () => {
  it('joins two articles that put the figure in the same unnamed mouth, however much it is described', () => {
    expect(sameUnnamedOrigin(MEDICAL, RELAYED)).toBe(true);
    const cited = [
      { sourceId: 'a', quote: MEDICAL },
      { sourceId: 'b', quote: RELAYED },
    ];
    expect(independentCitations(cited)).toBe(2);
    expect(independentCitations(cited, sameUnnamedOrigin)).toBe(1);
  });

  it('keeps apart a named body that gives the figure itself, though it names the unnamed mouth too', () => {
    expect(sameUnnamedOrigin(MEDICAL, COAST_GUARD)).toBe(false);
    expect(independentCitations([{ sourceId: 'a', quote: MEDICAL }, { sourceId: 'b', quote: RELAYED }, { sourceId: 'c', quote: COAST_GUARD }], sameUnnamedOrigin)).toBe(2);
  });

  it('keeps apart unnamed mouths of other kinds or other bodies', () => {
    expect(sameUnnamedOrigin(MEDICAL, 'وقالت مصادر أمنية إن عدد ضحايا غرق العبارة ارتفع إلى ١٩ قتيلا.')).toBe(false);
    expect(sameUnnamedOrigin('وقال مصدر في وزارة الداخلية إن الشرطة أوقفت أربعة أشخاص.', 'وقال مصدر في وزارة العدل إن الشرطة أوقفت أربعة أشخاص.')).toBe(false);
    expect(sameUnnamedOrigin('وقال مصدر في وزارة الداخلية إن الشرطة أوقفت أربعة أشخاص.', 'وأكد مصدر في وزارة الداخلية توقيف أربعة أشخاص.')).toBe(true);
  });
});
