import { describe, expect, it } from 'vitest';
import { countingSenseOf, eventSenses, nearestCountingSense, normalise, readSenses, senseOfWord, tokenise } from '../../../../main/text/arabic/index.ts';

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

describe('the one lexicon of event verbs', () => {
  it('refuses at load a word listed under two senses', () => {
    const data = { senses: [{ sense: 'arrest', forms: ['أوقف'] }, { sense: 'suspend', forms: ['أوقف'] }] };
    expect(() => readSenses(data)).toThrow(/أوقف.*arrest and suspend/u);
    expect(() => readSenses({ senses: [{ sense: 'deny', forms: ['نفى', 'نفي'] }] })).not.toThrow();
    expect(() => readSenses({ senses: [{ sense: 'empty', forms: [] }] })).toThrow();
  });

  it('tells a sense by a form listed beside figures only when a figure is near', () => {
    // «عبر» is mostly "via": no event sense alone, the movement of the people a figure beside it counts.
    expect(senseOfWord(normalise('عبر'))).toBeNull();
    const tokens = tokenise('عبر نحو 300 شخص الحدود عبر معبر رسمي');
    expect(nearestCountingSense(tokens, 2, 4)).toEqual({ sense: 'movement', at: 0 });
    expect(countingSenseOf(tokenise('وأعلنت')[0]!)).toBeNull();
    expect(countingSenseOf(tokenise('وقتلى')[0]!)).toBe('death');
  });
});

describe('a verb that tells its sense only before an object of it («وقع»)', () => {
  it('signs when a noun of the agreement follows, past a long subject and in the accusative', () => {
    const senses = eventSenses(tokenise('وقع رئيس البلدية ومدير الشركة الوطنية للمياه صباح الخميس اتفاقا لتجديد الشبكة'), 6);
    expect([...senses.keys()]).toEqual(['agree']);
    expect(senses.get('agree')).toEqual([normalise('وقع')]);
    expect([...eventSenses(tokenise('ووقعت الوزارتان بعد أشهر من المفاوضات اتفاقية للتعاون')).keys()]).toEqual(['agree']);
  });

  it('tells nothing when it means "happened" («وقع انفجار»), or when the agreement is too far to be its object', () => {
    expect([...eventSenses(tokenise('وقع انفجار قرب محطة الحافلات صباح اليوم')).keys()]).toEqual([]);
    expect(senseOfWord(normalise('وقع'))).toBeNull();
    const far = tokenise('وقعت اشتباكات بين الشرطة ومحتجين في ساحة المدينة مساء أمس بعد أن رفض السكان ما ورد في بنود الاتفاق');
    // Read in its first words, as the summary reads a sentence's own event: the agreement named at its end is no object of «وقعت».
    expect([...eventSenses(far, 8).keys()]).toEqual([]);
  });

  it('tells a release by a verb whose object only it takes («أخلى … سبيل», «استعاد … حريتهم»), not by either word alone', () => {
    expect([...eventSenses(tokenise('أخلى الخاطفون فجر الأحد سبيل الرهائن في منطقة رملية')).keys()]).toEqual(['release']);
    expect([...eventSenses(tokenise('واستعاد العمال الستة حريتهم أمس السبت')).keys()]).toEqual(['release']);
    // The object with its pronoun, read off by the clitic reader rather than listed: «سبيلهما», «حريتها».
    expect([...eventSenses(tokenise('وأخلى المسلحون سبيلهما فجر اليوم')).keys()]).toEqual(['release']);
    expect([...eventSenses(tokenise('استعادت الصحفية حريتها أمس')).keys()]).toEqual(['release']);
    expect([...eventSenses(tokenise('أخلت السلطات المبنى بعد الحريق')).keys()]).toEqual([]);
    expect([...eventSenses(tokenise('طالب المحتجون بحرية التعبير في سبيل إصلاح الإعلام')).keys()]).toEqual([]);
    expect(() => readSenses({ senses: [{ sense: 'release', forms: ['سراح'], beforeObject: ['أخلى'], objects: ['سبيل'] }, { sense: 'emerge', forms: ['سبيل'] }] })).toThrow(/سبيل/u);
  });

  it('refuses at load an object-taking verb listed under another sense', () => {
    expect(() => readSenses({ senses: [{ sense: 'agree', forms: ['اتفاق'], beforeObject: ['وقع'] }, { sense: 'emerge', forms: ['وقع'] }] })).toThrow(/وقع/u);
  });
});

