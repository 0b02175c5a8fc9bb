import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { named, names } from './helpers.ts';

const actorsOf = (...texts: string[]): ReturnType<typeof extractActors> => extractActors(texts.map((t, i) => articleRecord(`a${i + 1}`, t)));

describe('a person\'s name inside a facility\'s or thing\'s name (issue 12)', () => {
  it('is the facility\'s name, no person', () => {
    const hospital = actorsOf('وزار الوفد مستشفى الملك حسين في عمان أمس.');
    expect(names(hospital).some((n) => n === 'حسين' || n === 'الملك حسين')).toBe(false);
    expect(named(hospital, 'مستشفى الملك حسين')?.type).toBe('organization');
    expect(named(actorsOf('وعبر الوفد جسر الملك فهد إلى البحرين.'), 'جسر الملك فهد')?.type).toBe('place');
    expect(named(actorsOf('وهبطت الطائرة في مطار الملكة علياء أمس.'), 'مطار الملكة علياء')?.type).toBe('place');
    expect(named(actorsOf('وسار المتظاهرون في شارع جمال عبد الناصر وسط المدينة.'), 'شارع جمال عبد الناصر')?.type).toBe('place');
    expect(named(actorsOf('وصلى المصلون في مسجد محمد الخامس بعد الظهر.'), 'مسجد محمد الخامس')?.type).toBe('place');
    expect(actorsOf('وحصل الكاتب على جائزة نوبل للآداب.').filter((a) => a.type === 'person')).toEqual([]);
  });

  it('keeps a lone name out of another person of the selection', () => {
    const actors = actorsOf('وقال صدام حسين إن الحرب انتهت.', 'ونقل الجرحى إلى مستشفى الملك حسين في عمان.');
    const saddam = named(actors, 'صدام حسين');
    expect(saddam?.type).toBe('person');
    expect(saddam?.sources.map((c) => c.sourceId)).toEqual(['a1']);
    expect(names(actors).filter((n) => n.includes('حسين'))).toEqual(['صدام حسين', 'مستشفى الملك حسين']);
  });

  it('leaves the titled person where no facility\'s head comes before the title', () => {
    expect(named(actorsOf('استقبل الملك حسين الوفد في القصر.'), 'حسين')?.type).toBe('person');
    expect(named(actorsOf('قال الملك فهد إن المملكة مستعدة.'), 'فهد')?.type).toBe('person');
    expect(named(actorsOf('وقال محمد الخامس إن الحكومة مستعدة.'), 'محمد الخامس')?.type).toBe('person');
    // A head that governs the person is no facility's: the king's palace is his own.
    expect(named(actorsOf('وصل الوفد إلى قصر الملك حسين أمس.'), 'حسين')?.type).toBe('person');
  });
});
