import { describe, expect, it } from 'vitest';
import { wordClasses } from '../../../../main/analysis/ner/word-classes.ts';
import { isStopword, normalise } from '../../../../main/text/arabic/index.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../../../main/text/gazetteer/foreign-names.ts';
import { GIVEN_NAMES, isGivenName } from '../../../../main/text/gazetteer/given-names.ts';
import { parseTaggerGivenNames, TAGGER_GIVEN_NAMES, TAGGER_GIVEN_NAMES_FILE } from '../../../../main/text/gazetteer/tagger-given-names.ts';

describe("the tagger's own Arabic given names", () => {
  it('hold names the actor finder does not know, none of them a stopword or a foreign name', () => {
    for (const name of ['طحنون', 'شوكت', 'نواف', 'كيرلس']) expect(TAGGER_GIVEN_NAMES.has(normalise(name)), name).toBe(true);
    for (const key of TAGGER_GIVEN_NAMES) {
      expect(GIVEN_NAMES.has(key), key).toBe(false);
      expect(isStopword(key), key).toBe(false);
      expect(FOREIGN_GIVEN_NAMES.has(key) || FOREIGN_SURNAMES.has(key), key).toBe(false);
    }
  });

  it("are the tagger's «given» class, under proclitics too, and not the rules' given names", () => {
    const g = loadGazetteer();
    expect(wordClasses(normalise('طحنون'), g)).toContain('given');
    expect(wordClasses(normalise('وطحنون'), g)).toContain('given~');
    expect(isGivenName(normalise('طحنون'))).toBe(false);
  });

  it('refuse a damaged list in one sentence naming the file', () => {
    const bad = (data: unknown): string => {
      try {
        parseTaggerGivenNames(data, TAGGER_GIVEN_NAMES_FILE);
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    for (const data of [null, { about: 'x', male: ['طحنون'] }, { about: 'x', male: ['عبد الله'], female: ['منيرة'] }]) {
      const message = bad(data);
      expect(message).toMatch(/^main\/text\/gazetteer\/tagger-given-names\.json is not a list of given names/u);
      expect(message.split(/\.\s/u)).toHaveLength(1);
    }
    expect(parseTaggerGivenNames({ about: 'x', male: ['طحنون'], female: ['منيرة'] }, 'f').size).toBe(2);
  });
});
