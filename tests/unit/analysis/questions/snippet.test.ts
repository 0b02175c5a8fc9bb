import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { clauseFrom, phrase, snippet, thatClause } from '../../../../main/analysis/questions/snippet.ts';

describe('the clause of a report', () => {
  it('opens after «أن» and after its forms with a pronoun («أنه»، «بأنها»)', () => {
    for (const text of ['وقال المصدر إن المعبر مغلق', 'وأضاف المصدر أنه لا وجود لأنشطة معادية', 'وأفادت بأنها لن تشارك']) {
      const tokens = tokenise(text);
      const at = thatClause(tokens, 0);
      expect(at, text).toBeGreaterThan(0);
      expect(['المعبر', 'لا', 'لن']).toContain(tokens[at]?.text);
    }
    expect(thatClause(tokenise('وقال المصدر كلاما آخر'), 0)).toBe(-1);
  });
});

describe('a phrase of a sentence', () => {
  it('is the words exactly as written, closing punctuation dropped, shortened past twenty words', () => {
    const text = 'نفت الحكومة وجود «معسكرات» للتدريب، لكنها أقرت بغير ذلك.';
    const tokens = tokenise(text);
    expect(phrase(text, tokens, 2, 5)).toBe('وجود «معسكرات» للتدريب');
    const long = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' ');
    expect(phrase(long, tokenise(long), 0, 30).endsWith('…')).toBe(true);
  });
});

describe('a clause of a claim', () => {
  it('ends at the first clause boundary past a subject, putting back a straight quote that closed it', () => {
    const text = 'إن البلدية، أغلقت سوق الخضار في وسط "المدينة القديمة"، ونقلت الباعة إلى ساحة مؤقتة قرب المحطة.';
    const tokens = tokenise(text);
    expect(clauseFrom(text, tokens, 1)).toBe('البلدية، أغلقت سوق الخضار في وسط "المدينة القديمة"');
  });

  it('is the snippet when no boundary comes within its words', () => {
    const text = 'إن المجلس البلدي قرر تأجيل التصويت على الموازنة إلى الأسبوع المقبل بسبب غياب أكثر من نصف الأعضاء عن الجلسة المسائية أمس.';
    const tokens = tokenise(text);
    expect(clauseFrom(text, tokens, 1, 8)).toBe('المجلس البلدي قرر تأجيل التصويت على الموازنة…');
  });
});

describe('a shortened claim', () => {
  it('runs on to the end of its clause when that comes a few words past the limit, never stopping inside a place\'s name', () => {
    const text = 'قالت مصادر محلية إن ثلاث قوافل تابعة للفصائل المسلحة في المنطقة الشرقية تعرضت لقصف جوي عنيف في ريف حمص الشرقي، محملة الجيش المسؤولية.';
    expect(snippet(text, tokenise(text), 4, 14)).toBe('ثلاث قوافل تابعة للفصائل المسلحة في المنطقة الشرقية تعرضت لقصف جوي عنيف في ريف حمص الشرقي…');
  });

  it('ends where a phrase ends when no clause ends near: not on a construct\'s head, a place\'s kind or a toponym\'s head', () => {
    const words = 'أكد شهود أن دوريات الشرطة انتشرت منذ الصباح الباكر قرب مكاتب البلدية القديمة في بلدة دير الزور وسط الأسواق المزدحمة بالمتسوقين والباعة المتجولين بين الأحياء الشعبية';
    const tokens = tokenise(words);
    // Cut after «دير» by the limit: the quote ends before the place's kind instead.
    const out = snippet(words, tokens, 3, 13);
    expect(out).toBe('دوريات الشرطة انتشرت منذ الصباح الباكر قرب مكاتب البلدية القديمة…');
    // Before a relative clause, bare or after «و».
    const rel = 'قال مصدر إن الوفد الذي وصل أمس يضم خبراء من وزارة الطاقة والذي سيبقى أسبوعا كاملا في العاصمة لبحث الملفات العالقة بين البلدين منذ سنوات طويلة';
    expect(snippet(rel, tokenise(rel), 3, 12)).toBe('الوفد الذي وصل أمس يضم خبراء من وزارة الطاقة…');
  });
});

describe('a shortened claim never ends inside a phrase or before what it claims', () => {
  it('does not end on a verbal noun after «ل/ب», nor on a word an indefinite noun completes', () => {
    const text = 'قال مصدر إن وفدا حكوميا رفيعا وصل إلى مدينة درعا لبحث ملف تسوية أوضاع المطلوبين مع وجهاء المنطقة وقادة الفصائل المحلية في الجنوب السوري.';
    expect(snippet(text, tokenise(text), 2, 10)).toBe('إن وفدا حكوميا رفيعا وصل إلى مدينة درعا…');
    const halt = 'ذكر شهود أن الشرطة أغلقت مكتب الجمعية مؤقتا في وسط بغداد لمنع استمرار تسجيل المتطوعين الراغبين في السفر عبر الحدود الشمالية.';
    expect(snippet(halt, tokenise(halt), 3, 9)).toBe('الشرطة أغلقت مكتب الجمعية مؤقتا في وسط بغداد…');
  });

  it('runs on to its predicate when its words so far only describe the subject, keeping a quoted label\'s marks', () => {
    const text = 'وقال مصدر محلي إن رجلا يدعى أبو سامر، وصفه بأنه “أبرز وجه في تجارة الوقود بالمنطقة” والذي “يتنقل بين المدن” لكنه كان مسؤولا عن المعبر الحدودي، وقد غادر البلاد.';
    const out = snippet(text, tokenise(text), 4, 16);
    expect(out).toContain('“أبرز وجه في تجارة الوقود بالمنطقة”');
    expect(out).toContain('كان مسؤولا عن المعبر الحدودي');
  });

  it('keeps a closing quotation mark that the cut reaches, rather than dropping both marks', () => {
    const text = 'قال مسؤول إن المدير وصف الخطة بأنها “خطوة أولى نحو الإصلاح” والتي ستطبق خلال الأشهر المقبلة في كل الدوائر الحكومية والمؤسسات العامة.';
    expect(snippet(text, tokenise(text), 2, 10)).toBe('إن المدير وصف الخطة بأنها “خطوة أولى نحو الإصلاح”…');
  });
});
