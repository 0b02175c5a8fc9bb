import { describe, expect, it } from 'vitest';
import { wordClasses } from '../../../../main/analysis/ner/word-classes.ts';
import { isStopword, normalise } from '../../../../main/text/arabic/index.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../../../main/text/gazetteer/foreign-names.ts';
import givenNames from '../../../../main/text/gazetteer/given-names.json' with { type: 'json' };

describe('foreign given names and surnames', () => {
  it('hold names as Arabic news spells them, several spellings of one name where it varies', () => {
    for (const name of ['فلاديمير', 'إيمانويل', 'ايمانويل', 'ناريندرا', 'فولوديمير']) expect(FOREIGN_GIVEN_NAMES.has(normalise(name))).toBe(true);
    for (const name of ['زيلينسكي', 'ماكرون', 'شولتس', 'شولز', 'أردوغان', 'غوتيريش', 'غوتيريس']) expect(FOREIGN_SURNAMES.has(normalise(name))).toBe(true);
  });

  it('leave out Arabic given names and words that are also common Arabic words', () => {
    const arab = new Set([...givenNames.male, ...givenNames.female].map(normalise));
    for (const key of [...FOREIGN_GIVEN_NAMES, ...FOREIGN_SURNAMES]) {
      expect(arab.has(key), key).toBe(false);
      expect(isStopword(key), key).toBe(false);
    }
    for (const word of ['كان', 'جامع', 'بيت', 'غالي']) expect(FOREIGN_SURNAMES.has(normalise(word)) || FOREIGN_GIVEN_NAMES.has(normalise(word))).toBe(false);
  });

  it('are word classes of the tagger, read under proclitics too', () => {
    const g = loadGazetteer();
    expect(wordClasses(normalise('زيلينسكي'), g)).toContain('foreign-surname');
    expect(wordClasses(normalise('وزيلينسكي'), g)).toContain('foreign-surname~');
    expect(wordClasses(normalise('فلاديمير'), g)).toContain('foreign-given');
    expect(wordClasses(normalise('الحكومة'), g).some((c) => c.startsWith('foreign'))).toBe(false);
  });
});
