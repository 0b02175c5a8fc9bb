import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { backReferences, clauseText, eventClauses } from '../../../../main/analysis/summary/event-clauses.ts';
import { splitTwoEventSentences } from '../../../../main/analysis/summary/clause-candidates.ts';
import { summaryCandidates } from '../../../../main/analysis/summary/candidates.ts';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { outletArticle } from '../../../fixtures/events/outlet-article.ts';

const parts = (text: string): { main: string; reference: string } | null => {
  const tokens = tokenise(text);
  const c = eventClauses(text, tokens);
  return c && { main: clauseText(text, tokens, c.main), reference: clauseText(text, tokens, [c.reference]) };
};

describe('a sentence that tells two events', () => {
  it('parts the clause dating its development by another event from the development itself', () => {
    expect(parts('افتتحت البلدية مركزا لإيواء المتضررين غداة الفيضان الذي اجتاح الوادي الشرقي، وبدأ المتطوعون توزيع الأغطية على الأسر.')).toEqual({
      main: 'افتتحت البلدية مركزا لإيواء المتضررين، وبدأ المتطوعون توزيع الأغطية على الأسر.',
      reference: 'غداة الفيضان الذي اجتاح الوادي الشرقي.',
    });
  });

  it('leaves with the other event what follows its comma without a conjunction', () => {
    expect(parts('عاد التلاميذ إلى مدارسهم صباح الأحد بعد الإضراب الذي شل القطاع أسبوعين، في أطول توقف منذ سنوات.')).toEqual({
      main: 'عاد التلاميذ إلى مدارسهم صباح الأحد.',
      reference: 'بعد الإضراب الذي شل القطاع أسبوعين، في أطول توقف منذ سنوات.',
    });
  });

  it('does not part a sentence without a relative clause, or with too little before it', () => {
    expect(parts('عاد التلاميذ إلى مدارسهم صباح الأحد بعد انتهاء الإضراب في القطاع.')).toBeNull();
    expect(parts('وبعد الإضراب الذي شل القطاع أسبوعين عاد التلاميذ إلى مدارسهم.')).toBeNull();
  });

  it('gives two candidates citing the whole sentence, the other event\'s clause leaning on it', () => {
    const sentence = 'افتتحت البلدية مركزا لإيواء المتضررين غداة الفيضان الذي اجتاح الوادي الشرقي، وبدأ المتطوعون توزيع الأغطية على الأسر.';
    const split = splitTwoEventSentences(summaryCandidates([outletArticle('a', 'صحيفة أ', '2026-01-10', 'عنوان', [sentence])]));
    expect(split.map((c) => [c.clause, c.sentence === sentence, c.anaphoric])).toEqual([['main', true, false], ['reference', true, true]]);
  });
});

// A flood told by two outlets; a third's lead tells the shelter it opened and dates it by the flood; a fourth
// tells the shelter.
const flood = [
  outletArticle('wire', 'وكالة النهر', '2026-01-10', 'فيضان في الوادي', [
    'اجتاح فيضان مفاجئ الوادي الشرقي ليلة الجمعة بعد أمطار غزيرة، وغمرت المياه عشرات المنازل في القرى المجاورة.',
    'وقالت الحماية المدنية إن فرقها أجلت مئات السكان من القرى المنكوبة إلى مناطق مرتفعة.',
  ]),
  outletArticle('daily', 'جريدة السهل', '2026-01-10', 'الوادي الشرقي تحت المياه', [
    'غمرت المياه عشرات المنازل في قرى الوادي الشرقي بعد فيضان مفاجئ اجتاح المنطقة ليلة الجمعة إثر أمطار غزيرة.',
    'وافتتحت البلدية مركزا لإيواء المتضررين في قاعة الرياضة، وبدأ المتطوعون توزيع الأغطية والطعام على الأسر.',
  ]),
  outletArticle('tv', 'قناة الضفة', '2026-01-11', 'مركز إيواء للمنكوبين', [
    'افتتحت البلدية مركزا لإيواء المتضررين في قاعة الرياضة غداة الفيضان الذي اجتاح الوادي الشرقي ليلة الجمعة، وبدأ المتطوعون توزيع الأغطية على الأسر.',
    'وطالب سكان القرى بتعويضات عن خسائرهم في المحاصيل والمواشي.',
  ]),
];

describe('a summary of events told partly in one sentence', () => {
  const points = summarise(flood, { now: '2026-01-12' });
  const about = (word: string) => points.filter((p) => p.text.includes(word));

  it('counts the lead that dates the shelter by the flood among the flood\'s sources', () => {
    const [p] = about('فيضان');
    expect(about('فيضان')).toHaveLength(1);
    expect(p?.sources.map((s) => s.sourceId).sort()).toEqual(['daily', 'tv', 'wire']);
  });

  it('tells the shelter once, from the lead\'s own part, composed and marked so, citing the whole sentence', () => {
    const shelter = about('مركزا لإيواء');
    expect(shelter).toHaveLength(1);
    const p = shelter[0];
    expect(p?.sources.map((s) => s.sourceId).sort()).toEqual(['daily', 'tv']);
    expect(p?.independentSources).toBe(2);
    expect(p?.composed).toBe(true);
    expect(p?.text).toBe('افتتحت البلدية مركزا لإيواء المتضررين في قاعة الرياضة، وبدأ المتطوعون توزيع الأغطية على الأسر.');
    expect(p?.sources.find((s) => s.sourceId === 'tv')?.quote).toBe(flood[2]?.body.split('\n\n')[1]);
    // Nothing else is composed: every other point is a sentence as written.
    expect(points.filter((x) => x.composed && x !== p)).toEqual([]);
  });
});

describe('backReferences', () => {
  it('finds a relative clause on a definite noun, up to the next comma', () => {
    const text = 'أعلنت الجماعة مسؤوليتها عن الانفجار الذي استهدف مستودع الوقود، وتوعدت بهجمات أخرى.';
    const tokens = tokenise(text);
    const ranges = backReferences(text, tokens);
    expect(ranges.map(([from, to]) => tokens.slice(from, to).map((t) => t.text).join(' '))).toEqual(['الذي استهدف مستودع الوقود']);
  });

  it('leaves a relative pronoun that heads no definite noun alone', () => {
    const text = 'وقال المتحدث إن الذين غادروا المدينة عادوا إليها.';
    expect(backReferences(text, tokenise(text))).toEqual([]);
  });
});
