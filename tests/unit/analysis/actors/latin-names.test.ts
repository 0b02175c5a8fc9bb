import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../main/analysis/actors/index.ts';
import { isLatinNonName } from '../../../../main/analysis/actors/latin-names.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

describe('Latin words as a name', () => {
  it('takes capitalised words, acronyms and the particles inside a name', () => {
    expect(isLatinNonName(['CNN'])).toBe(false);
    expect(isLatinNonName(['Bank', 'of', 'America'])).toBe(false);
    expect(isLatinNonName(['Marco', 'van', 'Basten'])).toBe(false);
    expect(isLatinNonName(['G20'])).toBe(false);
    // A brand's capital inside the word.
    expect(isLatinNonName(['eBay'])).toBe(false);
    expect(isLatinNonName(['iPhone'])).toBe(false);
    expect(isLatinNonName(['بوتين'])).toBe(false);
  });

  it('refuses a lower-case word, a particle at an end, and a run too long for a name', () => {
    expect(isLatinNonName(['The', 'ministers', 'agreed'])).toBe(true);
    expect(isLatinNonName(['officials', 'said'])).toBe(true);
    expect(isLatinNonName(['said', 'iPhone'])).toBe(true);
    expect(isLatinNonName(['of', 'America'])).toBe(true);
    expect(isLatinNonName(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'])).toBe(true);
  });
});

// Names written in Latin letters that the tagger leaves untagged (find-latin-names.ts), in sentences written for
// these tests with invented names where a list could know them.
describe('a name in Latin letters after its cue', () => {
  const actors = (body: string): string[][] => extractActors([articleRecord('a1', body)], {}).map((a) => [a.type, a.name]);

  it('is a body after an organisation\'s head, a platform or an app, the head left out («منصة Zorvik», «شركته Quillon Labs»)', () => {
    expect(actors('وأكدت منصة Zorvik في بيان أنها ستطعن في القرار.')).toEqual([['organization', 'Zorvik']]);
    expect(actors('وقال المستثمر إن شركته Quillon Labs ستفتتح فرعا جديدا.')).toContainEqual(['organization', 'Quillon Labs']);
  });

  it('is no body after «جهاز», a device before a Latin name («جهاز GPS»), nor a ship after its prefix («MV Sea Star»)', () => {
    expect(actors('وشكلت الشركة لجنة لفحص بيانات جهاز GPS على متن السفينة.').map(([, n]) => n)).not.toContain('GPS');
    expect(actors('غرقت عبارة تحمل اسم «نجمة البحر» (MV Sea Star) قرب الساحل.').map(([, n]) => n)).not.toContain('MV Sea Star');
    expect(isLatinNonName(['MV', 'Sea', 'Star'])).toBe(true);
    // A body's head still names one, and «MV» alone or a name that only starts like a prefix is still a name.
    expect(actors('وأكدت وكالة Zorvik في بيان أنها ستطعن في القرار.')).toContainEqual(['organization', 'Zorvik']);
    expect(isLatinNonName(['MV'])).toBe(false);
    expect(isLatinNonName(['MSF', 'Holland'])).toBe(false);
  });

  it('is a person after a reporting verb when it is two to four capitalised words («قال Tomas Brevik»)', () => {
    expect(actors('وقال Tomas Brevik في تغريدة إن الإطلاق تأجل.')).toEqual([['person', 'Tomas Brevik']]);
  });

  it('is no body when two capitalised words follow a feminine verb that does not report («ووصلت Ingrid Solberg»)', () => {
    expect(actors('ووصلت Ingrid Solberg إلى المطار صباح الأحد.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(actors('ووصلت Ingrid إلى المطار صباح الأحد.').filter(([type]) => type === 'organization')).toEqual([['organization', 'Ingrid']]);
  });

  it('is nothing without a cue, nor when the run is prose or a hashtag', () => {
    expect(actors('وانتشر وسم SaveTheRiver على نطاق واسع.')).toEqual([]);
    expect(actors('وكتب على لافتة the people want change بالإنجليزية.')).toEqual([]);
  });
});
