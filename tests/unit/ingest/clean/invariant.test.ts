import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../../../../main/text/arabic/index.ts';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { raw } from './seed-helpers.ts';

// Lines of every kind the cleaner meets: story prose, headlines, furniture, captions, dates, noise.
const POOL = [
  'أعلنت وزارة الزراعة في الأردن أنها ستبدأ الشهر المقبل برنامجا لدعم صغار المزارعين في وادي الأردن، بعد موسم جاف.',
  'وقال المتحدث باسم الوزارة إن البرنامج يشمل قروضا ميسرة وبذورا محسنة، وإن المرحلة الأولى ستغطي نحو ثلاثة آلاف مزارع.',
  'الأردن يطلق برنامجا لدعم صغار المزارعين', 'تحديات المياه', 'أخبار ذات علاقة', 'اقرأ أيضا', 'logo', 'تابعونا على',
  'جميع الحقوق محفوظة © 2025', '[ad_1]', 'camera iconمزارع في حقله (رويترز)', 'نشر في: 30-9-2019', '١٢ آذار ٢٠٢٤، ١٠:٣٠ ص',
  'ادعم الصحافة المستقلة', '×', 'tag icon ع ع ع', 'بقلم: سارة أحمد', 'المصدر', 'شكرا لك! تم إرسال توصيتك بنجاح.', '   ', '',
  '\u200f\u200b', 'Read more', 'وظائف شاغرة',
];

const line = fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 60 }), fc.stringMatching(/^[\u0621-\u064A ،.؟]{0,120}$/));

describe('cleanArticle loses nothing', () => {
  it('puts every non-blank line either in the body (in order) or in removed, once', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const a = cleanArticle(raw(text), { now: '2025-04-10' });
        const all = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map((l, index) => ({ index, text: stripControls(l).trim() })).filter((l) => l.text.length > 0);
        const removedAt = new Map(a.removed.map((r) => [r.line, r.text]));
        expect(removedAt.size).toBe(a.removed.length);
        const kept = all.filter((l) => !removedAt.has(l.index));
        for (const l of all) if (removedAt.has(l.index)) expect(removedAt.get(l.index)).toBe(l.text);
        expect(a.body).toBe(kept.map((l) => l.text).join('\n\n'));
        expect([...removedAt.keys()].every((i) => all.some((l) => l.index === i))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
