import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../../../main/analysis/estimative/check-language.ts';
import { checkSentence } from '../../../../main/analysis/estimative/check-sentence.ts';
import { sentenceLanguage } from '../../../../main/analysis/estimative/sentence-language.ts';

/** The flagged words and kinds of a text. */
function flagged(text: string): [string, string][] {
  return checkLanguage(text).map((f) => [f.kind, f.text]);
}

describe('vague hedges in Arabic', () => {
  it.each([
    ['قد يكون الهجوم رداً على الغارة.', 'قد يكون'],
    ['وقد يؤدي القرار إلى احتجاجات.', 'وقد يؤدي'],
    ['ربما ينسحب الوفد من المحادثات.', 'ربما'],
    ['وربّما تتأخر الانتخابات.', 'وربّما'],
    ['يُحتمل أن تستأنف المفاوضات الشهر المقبل.', 'يُحتمل'],
    ['ويحتمل أن يعلن الوزير استقالته.', 'ويحتمل'],
    ['من الممكن أن يتوسع القتال شمالاً.', 'من الممكن'],
    ['ومن المحتمل أن تُغلق المعابر.', 'ومن المحتمل'],
    ['لعل الوساطة تنجح هذه المرة.', 'لعل'],
    ['ولعلّه يعود إلى طاولة الحوار.', 'ولعلّه'],
    ['قد لا تصمد الهدنة طويلاً.', 'قد لا'],
  ])('flags «%s» at «%s»', (sentence, hedge) => {
    expect(flagged(sentence)).toEqual([['vague-hedge', hedge]]);
  });

  it('gives the span of the hedge in the text, and an Arabic suggestion that names the scale', () => {
    const text = 'أعلنت الحكومة خطتها. وقد يؤدي ذلك إلى احتجاجات.';
    const [flag] = checkLanguage(text);
    expect(flag).toBeDefined();
    expect(text.slice(flag!.start, flag!.end)).toBe('وقد يؤدي');
    expect(flag!.language).toBe('ar');
    expect(flag!.suggestion).toContain('«وقد يؤدي»');
    expect(flag!.suggestion).toContain('شبه مستحيل، مستبعد جداً، غير مرجّح، احتمال متكافئ، مرجّح، مرجّح جداً، شبه مؤكد');
  });

  it.each([
    'قد أعلن الجيش انسحابه من البلدة.',
    'وقد أكدت الوزارة الخبر.',
    'فقد أشار التقرير إلى ارتفاع الأسعار.',
    'لقد انتهت المهلة دون اتفاق.',
    'وقد تم توقيع الاتفاق أمس.',
    'وقد نفى المتحدث وجود مفاوضات سرية.',
    'وقد تصاعد القصف على الأحياء الشرقية.',
    'الوضع لا يحتمل مزيداً من التأجيل.',
    'زار الوفد القدس وقدم مقترحاً.',
    'من المرجّح أن تُستأنف المحادثات.',
    'وصلت شحنة من الممكنات الصناعية.',
  ])('does not flag «%s»', (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });
});

describe('vague hedges in English', () => {
  it.each([
    ['The ceasefire may collapse.', 'may'],
    ['Talks might resume next week.', 'might'],
    ['The strike could widen the conflict.', 'could'],
    ['The group possibly moved its fighters.', 'possibly'],
    ['Perhaps the envoy will return.', 'Perhaps'],
    ['May the talks resume? Nobody knows.', 'May'],
  ])('flags "%s" at "%s"', (sentence, hedge) => {
    expect(flagged(sentence)).toEqual([['vague-hedge', hedge]]);
  });

  it('answers in English for an English sentence', () => {
    const [flag] = checkSentence('The ceasefire may collapse.');
    expect(flag).toMatchObject({ language: 'en', start: 14, end: 17 });
    expect(flag!.suggestion).toBe('"may" names no probability: choose a likelihood band (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain).');
  });

  it.each([
    'The talks resumed in May.',
    'Fighting stopped on 3 May.',
    'May 2025 saw the first exchange of prisoners.',
    'Officials could not confirm the figure.',
    'The convoy crossed the border at dawn.',
    'It is likely that the talks resume.',
  ])('does not flag "%s"', (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });
});

describe('a likelihood and a confidence level in one sentence', () => {
  it('flags the whole sentence in Arabic, naming the band and the level, whatever the spelling', () => {
    for (const [sentence, band, level] of [
      ['نقدّر بثقة عالية أنه من المرجّح جداً أن ينهار الاتفاق.', 'very-likely', 'high'],
      ['من غير المرجح أن تنسحب القوات، ونقول ذلك بثقة متوسطه.', 'unlikely', 'moderate'],
      ['عودة المفاوضات شبه موكدة وبثقة منخفضة.', 'almost-certain', 'low'],
      ['إِنْهِيَارُ الهُدْنَةِ مُسْتَبْعَدٌ جِدّاً بِثِقَةٍ عَالِيَةٍ.', 'very-unlikely', 'high'],
      ['الانسحاب إحتمال متكافىء، بثقة منخفضة.', 'roughly-even-chance', 'low'],
    ] as const) {
      const flags = checkSentence(sentence);
      expect(flags).toEqual([expect.objectContaining({ kind: 'likelihood-with-confidence', start: 0, end: sentence.length, band, confidence: level, language: 'ar' })]);
    }
  });

  it('flags it in English and suggests separating them', () => {
    const [flag] = checkSentence('We assess with moderate confidence that the truce is very likely to hold.');
    expect(flag).toMatchObject({ kind: 'likelihood-with-confidence', band: 'very-likely', confidence: 'moderate', language: 'en' });
    expect(flag!.suggestion).toBe('The sentence states a likelihood ("very likely") and a confidence level ("moderate confidence") together: state them in separate sentences.');
    expect(checkSentence('The army will almost certainly withdraw; we hold this with low confidence.')).toEqual([
      expect.objectContaining({ band: 'almost-certain', confidence: 'low' }),
    ]);
  });

  it('does not flag a likelihood and a confidence level stated in separate sentences', () => {
    expect(checkLanguage('من المرجّح أن ينهار الاتفاق. ونقول ذلك بثقة عالية.')).toEqual([]);
    expect(checkLanguage('The truce is likely to hold. We hold this judgment with high confidence.')).toEqual([]);
    expect(checkLanguage('ثقة الشارع عالية بالحكومة.')).toEqual([]);
  });

  it('flags a hedge and the mixing in one sentence, in text order, with offsets into the whole text', () => {
    const text = 'مقدمة قصيرة. ربما يكون الانهيار مرجّحاً بثقة عالية.';
    const flags = checkLanguage(text);
    expect(flags.map((f) => f.kind)).toEqual(['vague-hedge', 'likelihood-with-confidence']);
    expect(flags.map((f) => text.slice(f.start, f.end))).toEqual(['ربما', 'ربما يكون الانهيار مرجّحاً بثقة عالية.']);
  });
});

describe('the language of a sentence', () => {
  it('is the script of most of its letters', () => {
    expect(sentenceLanguage('قال المتحدث إن الوفد (UN) وصل.')).toBe('ar');
    expect(sentenceLanguage('The envoy met «الشرع» in Damascus.')).toBe('en');
  });
});
