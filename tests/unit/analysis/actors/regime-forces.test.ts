import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { regimeForceNation, regimeNations } from '../../../../main/analysis/actors/regime-forces.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { nameKey } from '../../../../main/text/gazetteer/name-key.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named } from './helpers.ts';

const gazetteer = loadGazetteer();
const BARE = 'وتقدمت قوات النظام نحو البلدة الشمالية صباح الخميس.';
const QUALIFIED = 'وقالت مصادر محلية إن قوات النظام السوري انسحبت من المدينة، وإن جيش النظام السوري خسر مواقعه فيها. وكانت قوات النظام السوري قد حشدت عناصرها.';

describe('one regime\'s armed forces under several names', () => {
  it('reads the nation a selection ties «النظام» to, and the forms of its forces', () => {
    expect([...regimeNations(['بعد سقوط النظام السوري المخلوع', 'قال النظام إن'], gazetteer)]).toEqual(['سوريا']);
    expect(regimeNations(['النظام العالمي الجديد', 'النظام الداخلي للحزب'], gazetteer).size).toBe(0);
    expect(regimeForceNation(nameKey('قوات النظام'), gazetteer)).toBeNull();
    expect(regimeForceNation(nameKey('جيش النظام السوري'), gazetteer)).toBe('سوريا');
    expect(regimeForceNation(nameKey('قوات الأمن العراقية'), gazetteer)).toBeUndefined();
    expect(regimeForceNation(nameKey('قوات النظام العالمي'), gazetteer)).toBeUndefined();
  });

  it('are one actor with aliases when the selection ties «النظام» to one nation', () => {
    const actors = extractActors([articleRecord('a1', BARE), articleRecord('a2', QUALIFIED)]);
    const force = named(actors, 'قوات النظام السوري');
    expect(force?.type).toBe('organization');
    expect(force?.aliases).toEqual(expect.arrayContaining(['قوات النظام', 'جيش النظام السوري']));
    expect(force?.mentions).toBe(4);
    expect(named(actors, 'قوات النظام')).toBeUndefined();
    expect(named(actors, 'جيش النظام السوري')).toBeUndefined();
  });

  it('stay apart when the selection names two nations\' regimes, or none', () => {
    const two = extractActors([articleRecord('a1', BARE), articleRecord('a2', QUALIFIED), articleRecord('a3', 'واتهم المتحدث النظام الإيراني بدعم الهجوم.')]);
    expect(named(two, 'قوات النظام')?.mentions).toBe(1);
    expect(named(two, 'قوات النظام السوري')?.mentions).toBe(2);
    const none = extractActors([articleRecord('a1', BARE), articleRecord('a2', 'وقالت مصادر محلية إن جيش النظام خسر مواقعه.')]);
    expect(named(none, 'قوات النظام')?.mentions).toBe(1);
    expect(named(none, 'جيش النظام')?.mentions).toBe(1);
  });

  it('read the nation per article: an Iranian article\'s bare form stays apart from the Syrian regime\'s (rev24 finding 2)', () => {
    const iranian = 'تظاهر طلاب في عدة مدن إيرانية، وقالت جمعية حقوقية إن قوات النظام فرقتهم بالقوة.';
    const actors = extractActors([articleRecord('a1', QUALIFIED), articleRecord('a2', iranian), articleRecord('a3', BARE)]);
    const syrian = named(actors, 'قوات النظام السوري');
    expect(syrian?.aliases).toEqual(expect.arrayContaining(['قوات النظام', 'جيش النظام السوري']));
    expect(syrian?.mentions).toBe(4);
    expect(named(actors, 'قوات النظام')?.mentions).toBe(1);
    expect(named(actors, 'قوات النظام')?.sources.map((c) => c.sourceId)).toEqual(['a2']);
    // An article naming the nation beside another («مليشيا عراقية … السوريين») is still the nation's.
    const mixed = extractActors([articleRecord('a1', QUALIFIED), articleRecord('a2', 'وقاتلت مليشيا عراقية مع قوات النظام ضد السوريين المعارضين.')]);
    expect(named(mixed, 'قوات النظام')).toBeUndefined();
  });

  it('find «النظام» written with a shadda or a tatweel (rev24 finding 13)', () => {
    expect([...regimeNations(['بعد سقوط النّظام السوري', 'قال مسؤول إن النظـام السوري'], gazetteer)]).toEqual(['سوريا']);
    expect([...regimeNations(['وحمّل البيان للنّظام الإيراني المسؤولية'], gazetteer)]).toEqual(['إيران']);
  });

  it('stay apart where the analyst rejected the merge', () => {
    const rules = [{ kind: 'reject-merge' as const, a: 'قوات النظام', b: 'قوات النظام السوري' }];
    const actors = extractActors([articleRecord('a1', BARE), articleRecord('a2', QUALIFIED)], { corrections: { rules } });
    expect(named(actors, 'قوات النظام')?.mentions).toBe(1);
    expect(named(actors, 'قوات النظام السوري')?.aliases).toEqual(['جيش النظام السوري']);
  });
});
