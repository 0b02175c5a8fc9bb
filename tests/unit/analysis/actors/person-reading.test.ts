import { describe, expect, it } from 'vitest';
import { personReading } from '../../../../main/analysis/actors/person-bounds.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';

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
