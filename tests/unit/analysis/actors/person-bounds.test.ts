import { describe, expect, it } from 'vitest';
import { personBounds } from '../../../../main/analysis/actors/person-bounds.ts';
import { SentenceScan } from '../../../../main/analysis/actors/sentence-scan.ts';
import { WordMargins } from '../../../../main/analysis/actors/word-margins.ts';
import { sentenceWords } from '../../../../main/analysis/words/sentence-tokens.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();

/**
 * The words personBounds keeps of the span [from, to) of a one-sentence text, the tagger sure of every word (margins
 * −100) unless `margin` says how unsure it is (−20: inside its name, but not sure enough for the word tests to yield).
 */
function bounded(text: string, from: number, to: number, margin = -100): string {
  const sw = sentenceWords(text)[0];
  if (sw === undefined) throw new Error('no sentence');
  const scan = { words: sw.words, claimed: sw.words.map(() => false), gazetteer, known: null, sentenceText: sw.sentence.text, sentenceStart: sw.sentence.start };
  const s = new SentenceScan(scan, 'a1', sw.sentence);
  const bounds = personBounds(s, from, to, new WordMargins(new Float64Array(sw.words.length).fill(margin)));
  return bounds === null ? '' : sw.words.slice(bounds[0], bounds[1]).map((w) => w.text).join(' ');
}

describe('personBounds', () => {
  it('leaves out the «و» + verb that opens the clause, however sure the tagger is of it («وكرر بوش», «وأصر رافاران»)', () => {
    expect(bounded('وكرر بوش القول إن هدف الحرب هو الأمن.', 0, 2)).toBe('بوش');
    expect(bounded('قالت الصحيفة إنه غادر، وأصر رافاران على موقفه.', 4, 6)).toBe('رافاران');
  });

  it('keeps a first word that is «و» and a given name or a name link, or that follows another word («وفايز السعيد», «وأبو محمد»)', () => {
    expect(bounded('وفايز السعيد غنى في الحفل.', 0, 2)).toBe('وفايز السعيد');
    expect(bounded('وأبو محمد الجولاني قائد الهيئة.', 0, 3)).toBe('وأبو محمد الجولاني');
    expect(bounded('غنى وليد توفيق ووديع الصافي في الحفل.', 1, 3)).toBe('وليد توفيق');
  });

  it('ends a name before «و» and a definite word, and keeps a surname that opens with «و» («سعد بن أبي وقاص»)', () => {
    expect(bounded('وتألق نجماه رونالدينيو والأرجنتيني ميسي.', 2, 4)).toBe('رونالدينيو');
    expect(bounded('ويقع ضريح سعد بن أبي وقاص هناك.', 2, 6)).toBe('سعد بن أبي وقاص');
  });

  it('keeps a given name the tagger reads though it is also a common word, or a function word but for its hamza («هناء», «بهاء»)', () => {
    expect(bounded('وقالت هناء المسماري، وهي مهندسة، إن المشروع تأخر.', 1, 3, -20)).toBe('هناء المسماري');
    expect(bounded('وقال القيادي بهاء الأعرجي إن الائتلاف سيشارك.', 2, 4, -20)).toBe('بهاء الأعرجي');
    // The preposition and the verb with a given name's key go (the names are written «علي», «دعاء»).
    expect(bounded('وقال المتحدث على بنكيران إن الأرقام صحيحة.', 2, 4, -20)).toBe('بنكيران');
    expect(bounded('وكان السيد حسن نصرالله دعا يوم الجمعة إلى الهدوء.', 2, 5, -20)).toBe('حسن نصرالله');
  });

  it('ends a name before a verbal noun with a preposition or an accusative participle the tagger ran on into', () => {
    expect(bounded('وطالب العضو فهد أبو راشد باستجواب رئيس الهيئة.', 2, 6, -20)).toBe('فهد أبو راشد');
    expect(bounded('ولا يزال القبطان ناصر أبو حمدان موقوفا، فيما تنظر النيابة في القضية.', 3, 7)).toBe('ناصر أبو حمدان');
    // A name written with a final alef is no participle, and a word opening with «ب» no verbal noun.
    expect(bounded('وقال الرئيس لويس إيناسيو لولا دا سيلفا إن البلاد تنمو.', 2, 7)).toBe('لويس إيناسيو لولا دا سيلفا');
    expect(bounded('وقال الوزير محمد بشير إن الحكومة ستعلن موقفها.', 2, 4, -20)).toBe('محمد بشير');
  });

  it('leaves out a given name\'s word with the article before a name («الناجي عبد الرحمن …»: the survivor), or alone', () => {
    expect(bounded('وقال الناجي عبد الرحمن أبو شامة إن الماء ارتفع.', 1, 6, -20)).toBe('عبد الرحمن أبو شامة');
    expect(bounded('وقال الفائز إن السباق كان صعبا.', 1, 2, -20)).toBe('');
    // Not a word the tagger is sure of, nor one before a word that opens no given name («الحبيب بورقيبة»).
    expect(bounded('وقال الناجي عبد الرحمن أبو شامة إن الماء ارتفع.', 1, 6)).toBe('الناجي عبد الرحمن أبو شامة');
    expect(bounded('وكان الحبيب بورقيبة رئيسا للبلاد.', 1, 3, -20)).toBe('الحبيب بورقيبة');
  });

  it('keeps a kunya word that opens a name though «أم» is also «or», and not alone', () => {
    expect(bounded('وتقول أم يوسف، وهي أم لثلاثة، إن الوضع صعب.', 1, 3, -20)).toBe('أم يوسف');
    expect(bounded('هل يأتي أم يذهب؟', 2, 3, -20)).toBe('');
  });

  it('keeps the family name with its article that closes a lineage, not an adjective after a name', () => {
    expect(bounded('استقبل الأمير مشعل الأحمد الجابر الصباح الوفد.', 2, 6, -20)).toBe('مشعل الأحمد الجابر الصباح');
    expect(bounded('التقى الوفد مراد علي حسين السابق أمس.', 2, 6, -20)).toBe('مراد علي حسين');
  });

  it('keeps a regnal ordinal closing a name the tagger read («تشارلز الأول», «ليو الرابع عشر», «إليزابيث الثانية»)', () => {
    expect(bounded('وكان الملك تشارلز الأول قد حكم البلاد.', 2, 4, -20)).toBe('تشارلز الأول');
    expect(bounded('وقال البابا ليو الرابع عشر إن السلام ممكن.', 2, 5, -20)).toBe('ليو الرابع عشر');
    expect(bounded('وحلت إليزابيث الثانية ضيفة على الحفل.', 1, 3, -20)).toBe('إليزابيث الثانية');
    // After two words it is a rank, unless a reigning title stands before the name.
    expect(bounded('وجاء اللاعب أحمد حسن الثالث في السباق.', 2, 5, -20)).toBe('أحمد حسن');
    expect(bounded('ووقع الإمبراطور فرانز جوزيف الأول المرسوم.', 2, 5, -20)).toBe('فرانز جوزيف الأول');
    expect(bounded('واستقبل عبد الله الثاني الوفد.', 1, 4, -20)).toBe('عبد الله الثاني');
  });

  it('keeps a Maghrebi surname written with «ب» before the article («أحمد بالقاسم»); only «لل» opens none', () => {
    expect(bounded('وصرح كمال بالطيب بأن المشروع تأخر.', 1, 3, -20)).toBe('كمال بالطيب');
    expect(bounded('وأضاف أحمد بالقاسم أن الفريق جاهز.', 1, 3, -20)).toBe('أحمد بالقاسم');
    expect(bounded('وقال سالم بن حمد للصحافيين إن الفريق تعب.', 1, 5, -20)).toBe('سالم بن حمد');
  });

  it('ends a lineage run on before a time word, a weekday or a direction («محمد بن زايد الأحد»)', () => {
    expect(bounded('استقبل محمد بن زايد الأحد الوفد الزائر.', 1, 5, -20)).toBe('محمد بن زايد');
    expect(bounded('وصل خالد بن سلمان الماضي إلى المدينة.', 1, 5, -20)).toBe('خالد بن سلمان');
    expect(bounded('زار سعيد بن راشد الشمالية أمس.', 1, 5, -20)).toBe('سعيد بن راشد');
    expect(bounded('وصل خالد بن سلمان الغربي إلى المدينة.', 1, 5, -20)).toBe('خالد بن سلمان الغربي');
  });

  it('reads «أم» as a kunya only before a given name («أم يوسف»), not as «or» between two names («ترامب أم بايدن»)', () => {
    expect(bounded('من سيفوز، ترامب أم بايدن؟', 3, 5, -20)).toBe('بايدن');
    expect(bounded('وتقول أم يوسف إن الوضع صعب.', 1, 3, -20)).toBe('أم يوسف');
  });

  it('ends a name before a preposition written on the article («جابر للصحافيين»)', () => {
    expect(bounded('وقالت جابر للصحافيين إن الفريق تعب.', 1, 3, -20)).toBe('جابر');
  });
});
