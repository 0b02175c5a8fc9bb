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

  it('leaves the nationality after the name out of it', () => {
    const actors = one('وقال خفر السواحل اليوناني إن عمليات البحث مستمرة.');
    expect(named(actors, 'خفر السواحل')?.type).toBe('organization');
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
