import { describe, expect, it } from 'vitest';
import { namedPlaces, placeDisagreement, placesClash, withWiderPlaces } from '../../../../main/analysis/summary/event-places.ts';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { outletArticle } from '../../../fixtures/events/outlet-article.ts';

const places = (s: string): string[] => namedPlaces(s, tokenise(s)).map((p) => p.text);

describe('where a sentence puts its event', () => {
  it('reads places by their kind of unit and by the gazetteer, states left out', () => {
    expect(places('انفجرت عبوة قرب بلدة عين الصقر شرقي حلب في سوريا')).toEqual(['عين الصقر', 'حلب']);
    // «المحافظة» alone refers back to a place, it names none.
    expect(places('وقرر مجلس المحافظة صرف تعويضات')).toEqual([]);
  });

  it('keeps two towns apart unless a wider place is shared, and then says where they disagree', () => {
    const a = namedPlaces('وقع الحادث قرب ناحية الدير شمالي البصرة', tokenise('وقع الحادث قرب ناحية الدير شمالي البصرة'));
    const b = namedPlaces('وقع الحادث قرب قضاء الزبير غربي البصرة', tokenise('وقع الحادث قرب قضاء الزبير غربي البصرة'));
    const c = namedPlaces('وقع الحادث في مدينة الموصل', tokenise('وقع الحادث في مدينة الموصل'));
    expect(placesClash(a, b)).toBe(false);
    expect(placeDisagreement(a, b)?.map((p) => p.text)).toEqual(['الدير', 'الزبير']);
    expect(placesClash(a, c)).toBe(true);
  });
});

// Two reports of one attack worded apart and placed in two districts of one city join; two attacks of one day in two
// cities, told in much the same words (one sense, one day, the market, the drones, the dead), stay two (the precision the selection-weighted rule must keep).
describe('events joined across wording and place', () => {
  const now = '2026-03-12';
  const articles = [
    outletArticle('one', 'وكالة الأولى', '2026-03-10', 'هجوم على سوق في حلب', [
      'استهدف هجوم بطائرات مسيرة سوقا شعبية في حي الشعار بمدينة حلب، مساء الاثنين 9 مارس 2026، ما أدى إلى مقتل سبعة مدنيين.',
      'وقالت مصادر طبية إن الجرحى نقلوا إلى مستشفى الرازي.',
    ]),
    outletArticle('two', 'صحيفة الثانية', '2026-03-10', 'قصف سوق الشعار', [
      'سقطت قذائف أطلقتها طائرات مسيرة على سوق شعبية مزدحمة في حي الميسر شرقي حلب، مساء الاثنين، وقتل سبعة مدنيين بحسب الدفاع المدني.',
      'وأغلقت المحال التجارية أبوابها في الأحياء المجاورة.',
    ]),
    outletArticle('three', 'موقع الثالث', '2026-03-10', 'هجوم على سوق في إدلب', [
      'قصفت طائرات مسيرة سوقا شعبية مكتظة في مدينة إدلب مساء الاثنين 9 مارس 2026، فقتل أربعة مدنيين وجرح آخرون.',
      'وتوقف العمل في المدارس القريبة من السوق.',
    ]),
  ];
  const points = summarise(articles, { now });

  it('joins the market hit in Aleppo told in other words, and keeps the one in Idlib apart', () => {
    const aleppo = points.filter((p) => p.sources.some((s) => s.sourceId === 'one' && s.quote.includes('حلب')));
    expect(aleppo).toHaveLength(1);
    expect(aleppo[0]?.sources.map((s) => s.sourceId).sort()).toEqual(['one', 'two']);
    const idlib = points.filter((p) => p.sources.some((s) => s.sourceId === 'three' && s.quote.includes('إدلب')));
    expect(idlib).toHaveLength(1);
    expect(idlib[0]?.sources.map((s) => s.sourceId)).toEqual(['three']);
  });

  it('asks where the joined event happened, naming both districts and their sources', () => {
    const questions = findOpenQuestions(articles, { now, events: points.map((p) => p.sources) });
    const where = questions.filter((q) => q.text.startsWith('أين وقع'));
    expect(where).toHaveLength(1);
    expect(where[0]?.text).toContain('الشعار');
    expect(where[0]?.text).toContain('الميسر');
    expect(where[0]?.evidence.map((e) => e.sourceId).sort()).toEqual(['one', 'two']);
  });
});

describe('precise places and the places that hold them (issue 14, class a)', () => {
  it('reads a municipality and a named forest, not a kind of forest', () => {
    expect(places('امتدت النيران إلى بلدية تاغيت')).toEqual(['تاغيت']);
    expect(places('اشتعلت النار في غابة بوزنار')).toEqual(['بوزنار']);
    expect(places('اشتعلت النار في غابة الصنوبر')).toEqual([]);
  });

  it('puts a place in the wider one a sentence of the selection names after it', () => {
    const read = (s: string) => namedPlaces(s, tokenise(s));
    const [a, b, c] = withWiderPlaces([
      read('اشتعلت النار في غابة بوزنار بمحافظة البلقاء'),
      read('امتد الحريق من غابة بوزنار نحو القرى'),
      read('وصلت النيران إلى بلدية تاغيت بمحافظة البلقاء'),
    ]);
    expect(b?.map((p) => p.text)).toEqual(['بوزنار', 'البلقاء']);
    expect(placesClash(b ?? [], c ?? [])).toBe(false);
    expect(placesClash(read('امتد الحريق من غابة بوزنار نحو القرى'), c ?? [])).toBe(true);
    expect(a?.map((p) => p.text)).toEqual(['بوزنار', 'البلقاء']);
  });
});
