import { describe, expect, it } from 'vitest';
import { barestReading, definiteAfterPreposition, dropsArticle, dropsPreposition, encliticReadings, lookupWithClitics, mayCarryProclitic, normalise, particleReadings, procliticReadings, queryForms, searchForms, wordKeys } from '../../../../main/text/arabic/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

  it('reads a word barest without taking a name\'s own first letter for a particle where too little is left', () => {
    const k = (w: string): string => normalise(w);
    expect(barestReading(k('وبوش'), 3)).toBe(k('بوش'));
    expect(barestReading(k('بوش'), 3)).toBe(k('بوش'));
    expect(barestReading(k('لوب'), 3)).toBe(k('لوب'));
    expect(barestReading(k('والعراق'), 3)).toBe(k('العراق'));
    expect(barestReading(k('بوش'), 2)).toBe(k('وش'));
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

describe('queryForms', () => {
  const forms = (w: string, whole = true): string[] => queryForms(normalise(w), whole);

  it('reads a conjunction or preposition off a searched word and keeps its article', () => {
    expect(forms('والحشد')).toEqual(['والحشد', 'الحشد']);
    expect(forms('فالحشد')).toEqual(['فالحشد', 'الحشد']);
    expect(forms('بالحشد')).toEqual(['بالحشد', 'الحشد']);
    expect(forms('كالحشد')).toEqual(['كالحشد', 'الحشد']);
    expect(forms('للحشد')).toContain('الحشد');
    expect(forms('وسوريا')).toEqual(['وسوريا', 'سوريا']);
    // Every bare form is one the index holds for the word written with its clitics.
    for (const w of ['والحشد', 'للحشد', 'وبالحشد', 'وسوريا']) for (const f of forms(w)) expect(searchForms(normalise(w))).toContain(f);
  });

  it('never drops the article: the bare word stands for itself', () => {
    expect(forms('الحشد')).toEqual(['الحشد']);
    expect(forms('الحكومة')).toEqual([normalise('الحكومة')]);
    expect(forms('التي')).toEqual(['التي']);
  });

  it('reads an attached pronoun off a whole word without the article, a ta marbuta restored', () => {
    expect(forms('حكومته')).toEqual([normalise('حكومته'), normalise('حكومة'), 'حكومت']);
    expect(forms('وحكومتها')).toContain(normalise('حكومة'));
    expect(forms('مواقعهم')).toContain('مواقع');
    // One letter is a pronoun only after a ta: «عربي» is a nisba, «مدينة» folds to «مدينه», «بنك» is a bank.
    expect(forms('عربي')).toEqual(['عربي']);
    expect(forms('مدينة')).toEqual([normalise('مدينة')]);
    expect(forms('بنك')).not.toContain('بن');
    // Not while the word is being typed: «حكومته» may be the start of a longer word.
    expect(forms('حكومته', false)).toEqual([normalise('حكومته')]);
    // Typed so far, only a clitic before the article comes off: «بغد» is «بغداد» being typed more often than «ب» + «غد…».
    expect(forms('بغد', false)).toEqual(['بغد']);
    expect(forms('والح', false)).toEqual(['والح', 'الح']);
    expect(forms('وال', false)).toEqual(['وال']);
  });

  it('says whether a reading drops a preposition written on the word, not only a conjunction or the article', () => {
    expect(dropsPreposition('لصالح', 'صالح')).toBe(true);
    expect(dropsPreposition('ولصالح', 'صالح')).toBe(true);
    expect(dropsPreposition(normalise('بالأسد'), normalise('أسد'))).toBe(true);
    expect(dropsPreposition(normalise('للأسد'), normalise('الأسد'))).toBe(true);
    expect(dropsPreposition('وصالح', 'صالح')).toBe(false);
    expect(dropsPreposition('الصالح', 'صالح')).toBe(false);
    expect(dropsPreposition('صالح', 'صالح')).toBe(false);
  });

  it('says whether a reading drops the article written before it', () => {
    expect(dropsArticle('النقل', 'نقل')).toBe(true);
    expect(dropsArticle('والناجي', 'ناجي')).toBe(true);
    expect(dropsArticle('ونقل', 'نقل')).toBe(false);
    expect(dropsArticle('النقل', 'النقل')).toBe(false);
  });
});

describe('mayCarryProclitic', () => {
  it('is false only for keys whose readings are the key alone, over every word of the seeds and short edge cases', () => {
    const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seeds');
    const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seeds, f), 'utf8'));
    const keys = new Set(texts.flatMap((t) => wordKeys(t)));
    for (const k of ['و', 'وا', 'وال', 'ال', 'الا', 'لل', 'للا', 'بك', 'بكم', 'فك', 'كل', 'كلم', 'ا', 'اب', 'ابن', 'x', 'abc']) keys.add(normalise(k));
    let carrying = 0;
    for (const key of keys) {
      const alone = procliticReadings(key).length === 1;
      if (!mayCarryProclitic(key)) expect([key, procliticReadings(key)]).toEqual([key, [key]]);
      if (!alone) carrying++;
    }
    // The seeds hold both kinds, so the check above was asked of keys with readings too.
    expect(carrying).toBeGreaterThan(100);
    expect([...keys].filter((k) => !mayCarryProclitic(k)).length).toBeGreaterThan(100);
  });
});
