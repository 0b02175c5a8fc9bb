import { describe, expect, it } from 'vitest';
import { eventSenses, normalise, senseOfWord, tokenise } from '../../../../main/text/arabic/index.ts';

describe('event senses', () => {
  it('gives verbs and verbal nouns of one sense one key, with their clitics', () => {
    expect(senseOfWord(normalise('أعلنت'))).toBe('announce');
    expect(senseOfWord(normalise('وأقرت'))).toBe('announce');
    expect(senseOfWord(normalise('بالإعلان'))).toBe('announce');
    expect(senseOfWord(normalise('وانطلقت'))).toBe('start');
    expect(senseOfWord(normalise('بدء'))).toBe('start');
    expect(senseOfWord(normalise('والاعتقالات'))).toBe('arrest');
  });

  it('reads whole forms, not light stems: «أعلى» is no announcement, «قال» no event', () => {
    expect(senseOfWord(normalise('أعلى'))).toBeNull();
    expect(senseOfWord(normalise('الأعلى'))).toBeNull();
    expect(senseOfWord(normalise('وقال'))).toBeNull();
    expect(senseOfWord(normalise('وأكد'))).toBeNull();
  });

  it('lists the senses of a sentence with the words that tell them', () => {
    const senses = eventSenses(tokenise('أقرت البلدية بانقطاع المياه قبل أن تبدأ أعمال الصيانة وتعلن موعد انتهائها'));
    expect([...senses.keys()]).toEqual(['announce', 'start']);
    expect(senses.get('announce')).toEqual([normalise('أقرت'), normalise('وتعلن')]);
  });
});
