import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { nameEvidence } from '../../../../main/analysis/actors/name-evidence.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { names } from './helpers.ts';

function one(body: string) {
  return names(extractActors([articleRecord('a1', body)], {}));
}

describe('ordinary words after a place cue or a reporting verb', () => {
  it('reads an adjective after a place cue as no place («منطقة جافة», «ناحية ثانية»), a name after one as a place', () => {
    expect(one('لم تزرع الأرض لأنها كانت منطقة جافة لا تصلح للزراعة.')).toEqual([]);
    expect(one('من ناحية ثانية، أعلنت الحكومة موعد الانتخابات.')).not.toContain('ثانية');
    expect(one('وصلت القوات إلى ناحية بعشيقة أمس.')).toContain('بعشيقة');
  });

  it('reads an ordinal or a qualifier after a place cue as no place, whatever the tagger reads', () => {
    const found = one('ونزح السكان من قرية رابعة، ثم انتقل القتال إلى مدينة ثالثة ومنطقة جديدة قرب حلب.');
    for (const w of ['رابعة', 'ثالثة', 'جديدة']) expect(found.some((n) => n.includes(w)), w).toBe(false);
    expect(found).toContain('حلب');
  });

  it('reads a participle’s plural in construct as no person («وقال مراقبو السباق»), a foreign name so spelt as one', () => {
    expect(one('وقال مراقبو السباق إن السيارة تعطلت قبل خط النهاية.')).toEqual([]);
    const g = loadGazetteer();
    const keys = (text: string) => text.split(' ').map(normalise);
    expect(nameEvidence(keys('مسؤولو الوزارة'), g, false)).toBe('rejected');
    expect(nameEvidence(keys('مقاتلو'), g, false, normalise('الحركة'))).toBe('rejected');
    expect(nameEvidence(keys('مقاتلو'), g, false, normalise('قالوا'))).not.toBe('rejected');
    expect(nameEvidence(keys('ماريو الحسيني'), g, false)).not.toBe('rejected');
  });
});
