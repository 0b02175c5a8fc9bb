import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { headlessBodies } from '../../../../main/text/gazetteer/headless-bodies.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { nameKey } from '../../../../main/text/gazetteer/name-key.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

function one(body: string) {
  return extractActors([articleRecord('a1', body)]);
}

describe('state bodies named without a head noun (find-headless-bodies.ts)', () => {
  it('finds a listed body, a proclitic read off its first word', () => {
    const actors = one('وأعلن خفر السواحل انتشال جثتين من المياه قرب الميناء، فيما فتحت النيابة العامة تحقيقا في أسباب الحادث. وأحيل الربان إلى النيابة العامة أمس.');
    expect(named(actors, 'خفر السواحل')?.type).toBe('organization');
    expect(named(actors, 'النيابة العامة')?.type).toBe('organization');
    expect(named(actors, 'النيابة العامة')?.mentions).toBe(2);
  });

  it('takes the nation after the name into it: two nations\' coast guards are two bodies', () => {
    const two = one('وقال خفر السواحل اليوناني إن عمليات البحث مستمرة، فيما أعلن خفر السواحل الليبي اعتراض قارب آخر.');
    expect(named(two, 'خفر السواحل اليوناني')?.type).toBe('organization');
    expect(named(two, 'خفر السواحل الليبي')?.type).toBe('organization');
    expect(named(two, 'خفر السواحل')).toBeUndefined();
  });

  it('reads the bare name as the one nation\'s body the article names, and as neither beside two', () => {
    const oneNation = one('وقال خفر السواحل اليوناني إن عمليات البحث مستمرة. وأضاف خفر السواحل أن قاربا ثانيا غرق.');
    expect(named(oneNation, 'خفر السواحل اليوناني')?.mentions).toBe(2);
    expect(named(oneNation, 'خفر السواحل اليوناني')?.aliases).toEqual(['خفر السواحل']);
    const twoNations = one('وقال خفر السواحل اليوناني إن البحث مستمر، وأعلن خفر السواحل التركي إنقاذ عشرة. وأضاف خفر السواحل أن قاربا غرق.');
    expect(named(twoNations, 'خفر السواحل اليوناني')?.mentions).toBe(1);
    expect(named(twoNations, 'خفر السواحل التركي')?.mentions).toBe(1);
    expect(named(twoNations, 'خفر السواحل')?.mentions).toBe(1);
  });

  it('makes no second body of a head written before the name', () => {
    const actors = one('وقالت قوات خفر السواحل إن البحث مستمر، وأعلن خفر السواحل انتشال جثة. وقال جهاز الدفاع المدني إن فرقه انتشلت الضحايا، وأكد الدفاع المدني أن العمل مستمر.');
    expect(named(actors, 'خفر السواحل')?.mentions).toBe(2);
    expect(named(actors, 'الدفاع المدني')?.mentions).toBe(2);
    expect(names(actors).some((n) => n.startsWith('قوات') || n.startsWith('جهاز'))).toBe(false);
    // After another head the listed words name another body (Frontex), read whole by the organisation finder.
    expect(names(one('وقالت وكالة حرس الحدود الأوروبية إن عدد المهاجرين تراجع.'))).not.toContain('حرس الحدود');
  });

  it('reads a listed short form as the body after the article named it in full, and not before nor before an adjective', () => {
    const after = one('أمرت النيابة العامة بحبس المدير أربعة أيام. وقال المحامي إن النيابة استدعت ثلاثة موظفين آخرين.');
    expect(named(after, 'النيابة العامة')?.mentions).toBe(2);
    expect(named(after, 'النيابة العامة')?.aliases).toEqual(['النيابة']);
    const before = one('وقال المحامي إن النيابة استدعت ثلاثة موظفين. ثم أمرت النيابة العامة بحبس المدير.');
    expect(named(before, 'النيابة العامة')?.mentions).toBe(1);
    const other = one('أمرت النيابة العامة بحبس المدير. وأحالت النيابة العسكرية ملف الضابط إلى المحكمة.');
    expect(named(other, 'النيابة العامة')?.mentions).toBe(1);
  });

  it('takes no part of a listed name alone, nor the adjective after another noun', () => {
    const actors = one('وامتدت البقعة النفطية على طول السواحل الشمالية، وقال مسؤولون إن المصلحة العامة تقتضي التريث وإن النيابة عن الأهالي حق لهم.');
    expect(names(actors).some((n) => n.includes('السواحل') || n.includes('العامة') || n.includes('النيابة'))).toBe(false);
  });

  it('keeps the list out of the shipped gazetteer, which the tagger and the import read', () => {
    expect(headlessBodies().byKey.has(nameKey('خفر السواحل'))).toBe(true);
    expect(loadGazetteer().byKey.has(nameKey('خفر السواحل'))).toBe(false);
  });

  it('lets the analyst\'s gazetteer entry win the words', () => {
    const actors = extractActors([articleRecord('a1', 'وأعلن خفر السواحل انتشال جثتين من المياه.')], {
      corrections: { gazetteer: [{ name: 'خفر السواحل', type: 'place' }] },
    });
    expect(named(actors, 'خفر السواحل')?.type).toBe('place');
  });
});
