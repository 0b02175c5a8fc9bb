import { describe, expect, it } from 'vitest';
import { definiteAfterPreposition, encliticReadings, lookupWithClitics, normalise, particleReadings, procliticReadings, searchForms } from '../../../../main/text/arabic/index.ts';

const lexicon = new Set(['الرييس', 'العراق', 'لبنان', 'وزاره', 'دمشق', 'حكومه', 'الحشد'].map(normalise));
const known = (k: string): boolean => lexicon.has(k);

describe('proclitics', () => {
  it('gives the same readings on every call (memoised), and they cannot be changed by a caller', () => {
    const key = normalise('وبالحكومة');
    const first = procliticReadings(key);
    expect(procliticReadings(key)).toEqual(['وبالحكومه', 'بالحكومه', 'الحكومه', 'حكومه']);
    expect(procliticReadings(key)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('drops only what is written onto the word, keeping the article unless asked', () => {
    const k = (w: string) => normalise(w);
    expect(particleReadings(k('والعراق'))).toEqual([k('والعراق'), k('العراق')]);
    expect(particleReadings(k('بدمشق'))).toEqual([k('بدمشق'), k('دمشق')]);
    expect(particleReadings(k('والعراق'), true)).toEqual([k('والعراق'), k('العراق'), k('عراق')]);
    // «للرئيس» is ل + ال with the alef dropped: «الرئيس» is not an ending of it, so it is not a reading here.
    expect(particleReadings(k('للرئيس'), true)).not.toContain(k('الرئيس'));
    expect(Object.isFrozen(particleReadings(k('والعراق')))).toBe(true);
  });

  it('lists readings from the most literal', () => {
    expect(procliticReadings(normalise('وللرئيس')).slice(0, 4)).toEqual(['وللرييس', 'للرييس', 'الرييس', 'لرييس']);
  });

  it.each([
    ['وللرئيس', 'الرييس'],
    ['بدمشق', 'دمشق'],
    ['والعراق', 'العراق'],
    ['للعراق', 'العراق'],
    ['ولبنان', 'لبنان'],
    ['بالحشد', 'الحشد'],
  ])('%s resolves to the known word %s', (word, expected) => {
    expect(lookupWithClitics(normalise(word), known)).toBe(expected);
  });

  it('does not strip letters that belong to the word', () => {
    // «وزارة» is not و + «زارة», «لبنان» is not ل + «بنان»: the literal form is known and wins.
    expect(lookupWithClitics(normalise('وزارة'), known)).toBe('وزاره');
    expect(lookupWithClitics(normalise('لبنان'), known)).toBe('لبنان');
    expect(lookupWithClitics(normalise('بشار'), known)).toBeNull();
  });

  it('strips enclitic pronouns only onto known words', () => {
    expect(encliticReadings(normalise('حكومته'))).toContain('حكومه');
    expect(lookupWithClitics(normalise('وحكومته'), known)).toBe('حكومه');
    expect(lookupWithClitics(normalise('كتابهم'), known)).toBeNull();
  });

  it('indexes a word under its stripped forms for search', () => {
    expect(searchForms(normalise('والحشد'))).toContain('الحشد');
    expect(searchForms(normalise('بالحشد'))).toContain('الحشد');
    expect(searchForms(normalise('الحشد'))).toContain('حشد');
  });
});

describe('definiteAfterPreposition', () => {
  it('reads the article\'s word behind «ب», «ك» and «ل» (whose alef the article drops), and nothing else', () => {
    const read = (w: string, min = 5): string | null => definiteAfterPreposition(normalise(w), min);
    expect(read('بالأسد')).toBe(normalise('الأسد'));
    expect(read('كالأسد')).toBe(normalise('الأسد'));
    expect(read('للأسد')).toBe(normalise('الأسد'));
    // A conjunction before the preposition is another reading's business; a bare definite word has no preposition.
    expect(read('وبالأسد')).toBeNull();
    expect(read('الأسد')).toBeNull();
    // Shorter than asked: a foreign word's own letters more often than a preposition («بالاك»).
    expect(read('بالاك')).toBeNull();
    expect(read('بالاك', 4)).toBe(normalise('الاك'));
  });
});
