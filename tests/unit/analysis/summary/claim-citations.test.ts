import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): the toll climbs from 14 to 19, and the
// grouping gathers every sentence of the sinking's toll into one event.
const first = articleRecord(
  'first',
  [
    'غرقت عبارة الركاب نجمة البحر مساء أمس قبالة ميناء رأس النخيل بعد ساعتين من إبحارها نحو جزيرة الحمراء.',
    'وقال المتحدث باسم خفر السواحل إن فرق الإنقاذ انتشلت جثث ١٤ شخصا من ضحايا غرق العبارة نجمة البحر.',
    'وأوضح أن العبارة كانت تقل عمالا موسميين وعائلات عائدة من إجازة.',
  ].join('\n\n'),
  { outlet: 'الساحل', published: '2026-01-08', publishedBasis: 'explicit' },
);
const second = articleRecord(
  'second',
  [
    'قالت مصادر طبية في مستشفى رأس النخيل إن عدد ضحايا غرق العبارة نجمة البحر قبالة ميناء رأس النخيل ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على حصيلة خفر السواحل البالغة ١٤ قتيلا.',
    'ويطرح تضارب الأرقام تساؤلات حول دقة الإحصاءات الرسمية لضحايا غرق العبارة.',
  ].join('\n\n'),
  { outlet: 'الشرق اليوم', published: '2026-01-09', publishedBasis: 'explicit' },
);
const third = articleRecord(
  'third',
  [
    'أعلن خفر السواحل انتشال جثتين جديدتين من ضحايا غرق العبارة نجمة البحر قبالة ميناء رأس النخيل لترتفع الحصيلة إلى ١٩ قتيلا.',
    'وأمرت النيابة العامة بتوقيف قبطان العبارة سبعة أيام على ذمة التحقيق.',
  ].join('\n\n'),
  { outlet: 'صوت الجزيرة', published: '2026-01-12', publishedBasis: 'explicit' },
);

// The funeral names the spokesman who gave the first toll, and the sinking's place, but tells another act.
const fourth = articleRecord(
  'fourth',
  [
    'شيع آلاف من سكان رأس النخيل أمس جثامين أحد عشر من ضحايا غرق العبارة نجمة البحر.',
    'وحضر الجنازة أيضا المتحدث باسم خفر السواحل وعدد من أهالي الضحايا.',
  ].join('\n\n'),
  { outlet: 'المرفأ', published: '2026-01-13', publishedBasis: 'explicit' },
);

describe('a point cites and counts only the sentences that carry its claim', () => {
  const points = summarise([first, second, third, fourth], { now: '2026-01-15' });
  it('never cites a sentence giving another toll as a source of a toll', () => {
    for (const p of points) {
      const figures = ['١٤', '١٩'].filter((f) => p.text.includes(f));
      if (figures.length !== 1) continue;
      for (const s of p.sources) expect(s.quote, p.text).toContain(figures[0]);
      expect(p.independentSources ?? 0).toBeLessThanOrEqual(p.sources.length);
    }
  });

  it('still cites the other source that gives the same toll', () => {
    const toll = points.find((p) => p.text.includes('١٩'));
    expect(toll?.sources.map((s) => s.sourceId).sort()).toEqual(['second', 'third']);
    expect(toll?.independentSources).toBe(2);
  });

  it('never cites the funeral as a source of the toll of 14 its spokesman gave', () => {
    const toll = points.find((p) => p.text.includes('١٤') && !p.text.includes('١٩'));
    expect(toll?.sources.map((s) => s.sourceId) ?? []).not.toContain('fourth');
    for (const p of points.filter((q) => q.text.includes('١٤') || q.text.includes('١٩'))) expect(p.sources.map((s) => s.sourceId)).not.toContain('fourth');
  });
});
