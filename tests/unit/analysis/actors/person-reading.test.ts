import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { personReading } from '../../../../main/analysis/actors/person-bounds.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { names } from './helpers.ts';

const read = (word: string): string => personReading(normalise(word));

describe('personReading', () => {
  it('drops a preposition written before a surname\'s article («للأسد», «بالأسد», «كالأسد», «وللأسد»)', () => {
    for (const w of ['للأسد', 'بالأسد', 'كالأسد', 'وللأسد', 'وبالأسد']) expect(read(w)).toBe(normalise('الأسد'));
    expect(read('للسيستاني')).toBe(normalise('السيستاني'));
  });

  it('keeps a word whose letters are its own («بالاك», «الأسد»), and still reads a conjunction or a preposition on a given name', () => {
    expect(read('بالاك')).toBe(normalise('بالاك'));
    expect(read('الأسد')).toBe(normalise('الأسد'));
    expect(read('ومحمد')).toBe(normalise('محمد'));
    expect(read('لمحمد')).toBe(normalise('محمد'));
    expect(read('وليد')).toBe(normalise('وليد'));
  });
});

// rev27 finding 2: «كريم» read as «ك» + «ريم», «ويليامز» as «و» + «يليامز», made two invented people.
describe('personReading keeps a first letter that belongs to a name known whole', () => {
  it('keeps a given name that a proclitic reading would shorten to another («كريم», not «ريم»)', () => {
    expect(read('كريم')).toBe(normalise('كريم'));
    expect(read('وسام')).toBe(normalise('وسام'));
    // The clitic still goes where the word written whole is no name.
    expect(read('كمحمد')).toBe(normalise('محمد'));
    expect(read('بمحمد')).toBe(normalise('محمد'));
    expect(read('وكريم')).toBe(normalise('كريم'));
  });

  it('keeps a foreign name the lists know («ويليامز»), and still drops a «و» written before one', () => {
    expect(read('ويليامز')).toBe(normalise('ويليامز'));
    expect(read('وويليامز')).toBe(normalise('ويليامز'));
  });

  it('keeps a word the selection gives whole in a full name or as a surname, and drops «و» without that evidence', () => {
    const key = normalise('ويندلمار');
    expect(personReading(key)).toBe(normalise('يندلمار'));
    expect(personReading(key, { full: new Set([`${normalise('سارة')} ${key}`]), surnames: new Set() })).toBe(key);
    expect(personReading(key, { full: new Set(), surnames: new Set([key]) })).toBe(key);
    expect(personReading(normalise('ومحمد'), { full: new Set([`${normalise('سارة')} ${key}`]), surnames: new Set() })).toBe(normalise('محمد'));
  });
});

describe('a name with a first letter that reads as a proclitic, through the actors stage', () => {
  it('is one person, named as written («كريم جواد الخفاجي», «بحسب ويليامز» after «سارة ويليامز»)', () => {
    const actors = extractActors([
      articleRecord('a1', 'وقال مدير الشركة العامة للموانئ، كريم جواد الخفاجي، إن الدفعة تغطي جميع العمال الدائمين.'),
      articleRecord('a2', 'وقالت الباحثة في المعهد، سارة ويليامز، إن توقف الموانئ كان كافياً لدفع الدينار إلى الهبوط. ويبقى السؤال، بحسب ويليامز: هل تملك الحكومة المال؟'),
    ]);
    const found = names(actors);
    expect(found).toContain('كريم جواد الخفاجي');
    expect(found).toContain('سارة ويليامز');
    expect(found).not.toContain('ريم جواد الخفاجي');
    expect(found).not.toContain('يليامز');
  });

  it('still reads «و» as the conjunction before a name that starts a clause («وقال محمد …», «ولبنان»)', () => {
    const found = names(extractActors([articleRecord('a1', 'وقال محمد جواد الساعدي إن الوفد وصل إلى بيروت وزار سوريا ولبنان أمس.')]));
    expect(found).toContain('محمد جواد الساعدي');
    expect(found).toContain('لبنان');
    expect(found.some((n) => n.startsWith('و'))).toBe(false);
  });
});
