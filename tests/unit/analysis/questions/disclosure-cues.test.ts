import { describe, expect, it } from 'vitest';
import { findCues } from '../../../../main/analysis/questions/cue-pattern.ts';
import { DENIAL, UNKNOWN_BEFORE, UNKNOWN_STATE, UNNAMED } from '../../../../main/analysis/questions/cues.ts';
import { negatedForms } from '../../../../main/analysis/questions/disclosure-cues.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const cue = (text: string, patterns = UNKNOWN_BEFORE): string[] => {
  const tokens = tokenise(text);
  return findCues(tokens, patterns).map((c) => tokens.slice(c.from, c.to).map((t) => t.text).join(' '));
};

describe('negated disclosure (issue 14: what the articles say is unknown)', () => {
  it('conjugates a verb of disclosure in the persons reports use', () => {
    expect(negatedForms('فصح')).toEqual(expect.arrayContaining(['يفصح', 'تفصح', 'يفصحوا', 'تفصحا']));
  });

  it('ends the cue where what is kept back begins: after «عن», or after the word saying it is still awaited', () => {
    expect(cue('ولم يفصح المتحدث عن موعد الجولة المقبلة.')).toEqual(['ولم يفصح المتحدث عن']);
    expect(cue('ولم يكشفوا عن هويات المهاجمين.')).toEqual(['ولم يكشفوا عن']);
    expect(cue('ولم تُعلن البلدية حتى الآن موعد فتح الطريق.')).toEqual(['ولم تُعلن البلدية حتى الآن']);
    expect(cue('ولم يُعرف بعد مصير البحارة الثلاثة.')).toEqual(['ولم يُعرف بعد']);
    expect(cue('ولا تتوفر معلومات عن حجم الأضرار.')).toEqual(['ولا تتوفر معلومات عن']);
    expect(cue('ولم تتوافر بعد أرقام رسمية حول الخسائر.')).toEqual(['ولم تتوافر بعد أرقام رسمية حول']);
    // A pending word of two between the verb and what is lacking.
    expect(cue('ولا تتوفر حتى الآن معلومات عن عدد المفقودين.')).toEqual(['ولا تتوفر حتى الآن معلومات عن']);
    // …and «أي» after it (selection Q: events19).
    expect(cue('ولا تتوفر حتى الآن أي معلومات عن الجهة التي تقف وراء العملية.')).toEqual(['ولا تتوفر حتى الآن أي معلومات عن']);
    // Existence denied without a verb of availability: the negative copula and an adverb of existence.
    expect(cue('وليست هناك أرقام رسمية عن عدد الركاب.')).toEqual(['وليست هناك أرقام رسمية عن']);
    expect(cue('ليس ثمة معلومات حول مصيرهم.')).toEqual(['ليس ثمة معلومات حول']);
    expect(cue('ليست هناك مشكلة في ذلك.')).toEqual([]);
    // What comes to light takes no subject before «حتى الآن»: the unknown stays after the verb.
    expect(cue('ولم يتضح عدد الضحايا حتى الآن.')).toEqual(['ولم يتضح']);
  });

  it('reads a verification that could not be made of what follows, an answer denied, and an obscure picture', () => {
    expect(cue('ولم يتسن للصحيفة التحقق من صحة الوثائق.')).toEqual(['ولم يتسن للصحيفة التحقق من']);
    expect(cue('وتعذر التأكد من هوية الضحايا.')).toEqual(['وتعذر التأكد من']);
    // Of the claim before it: a hedge on that claim, nothing unknown after it.
    expect(cue('وقال شاهد إن المبنى انهار، ولم يتسن التحقق منه.')).toEqual([]);
    expect(cue('ولا إجابة حتى الآن عن سبب التأخير.')).toEqual(['ولا إجابة حتى الآن عن']);
    expect(cue('لا معلومات رسمية حول عدد الجرحى.')).toEqual(['لا معلومات رسمية حول']);
    expect(cue('ولا تزال الصورة ضبابية بشأن مصير الاتفاق.')).toEqual(['ولا تزال الصورة ضبابية بشأن']);
    expect(cue('ويبقى المشهد ملتبسا حول دور الوسطاء.')).toEqual(['ويبقى المشهد ملتبسا حول']);
    expect(cue('وكانت الرؤية ضبابية بسبب الغبار.')).toEqual([]);
  });

  it('reads what cannot yet be determined or settled, a few words of time between, before what is sought', () => {
    expect(cue('ولا يمكن في هذه المرحلة تحديد سبب الحريق.')).toEqual(['ولا يمكن في هذه المرحلة تحديد']);
    expect(cue('ويتعذر حتى الآن الجزم بما إذا كان الجسر آمنا.')).toEqual(['ويتعذر حتى الآن الجزم']);
    expect(cue('ويصعب حسم مصير الصفقة.')).toEqual(['ويصعب حسم']);
    // Possible, not impossible: nothing unknown.
    expect(cue('ويمكن تحديد موعد الجلسة غدا.')).toEqual([]);
    // Settling with no question after it is an assessment, not an unknown.
    expect(cue('ولا يمكن حسم المعركة عسكريا.')).toEqual([]);
    expect(cue('ويصعب حسم الخلاف دون وساطة.')).toEqual([]);
    expect(cue('ولا يمكن معرفة كيف وصل السلاح إلى المدينة.')).toEqual(['ولا يمكن معرفة']);
    expect(cue('ولا يمكن حتى الآن معرفة حجم الخسائر.')).toEqual(['ولا يمكن حتى الآن معرفة']);
  });

  it('reads a mouth that would not be named or gave only its post, and a refuting verb as a denial', () => {
    expect(cue('وروى أحد السكان، الذي لم يشأ أن يذكر اسمه، أن الماء غمر الطريق.', UNNAMED)).toEqual(['لم يشأ أن يذكر اسمه']);
    expect(cue('وقال موظف في البلدية، اكتفى بالإشارة إلى صفته، إن العمل توقف.', UNNAMED)).toEqual(['اكتفى بالإشارة إلى صفته']);
    // Appearing by one's name is told as naming is (selection Q: events19).
    expect(cue('وقال شخص مقرب من اللجنة، لم يرغب في الظهور باسمه، إن الخاطفين شبان.', UNNAMED)).toEqual(['لم يرغب في الظهور باسمه']);
    expect(cue('وقالت موظفة طلبت عدم التعريف باسمها إن العمل توقف.', UNNAMED)).toEqual(['طلبت عدم التعريف باسمها']);
    expect(cue('وقال المدير إنه يذكر اسمه جيدا.', UNNAMED)).toEqual([]);
    expect(cue('وتفند الوزارة ما تداولته الصفحات عن إغلاق المصنع.', DENIAL)).toEqual(['وتفند']);
  });

  it('asks what the verification could not reach as unknown, not the sentence as a hedged claim', () => {
    const a = articleRecord('a', 'ولم يتسن للصحيفة التحقق من صحة الوثائق المسربة.', { outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2024-03-10', publishedBasis: 'explicit', title: 'عنوان' });
    const qs = findOpenQuestions([a], { findDates: () => [] });
    expect(qs.map((q) => [q.kind, q.text])).toEqual([['unknown', 'ما صحة الوثائق المسربة؟ (لم يُعرف بعد بحسب صحيفة الشرق)']]);
  });

  it('leaves a verb of disclosure that is not negated, or negated without what it keeps back, alone', () => {
    expect(cue('وكشف المتحدث عن موعد الجولة المقبلة.')).toEqual([]);
    expect(cue('ولم تعلن الحكومة موقفها من المقترح.')).toEqual([]);
  });

  it('reads not being sure in every gender and number, and lacking information with no object', () => {
    expect(cue('وقالت إنها غير متأكدة من موعد الرحلة.', UNKNOWN_STATE)).toEqual(['غير متأكدة']);
    expect(cue('وقال السكان إنهم غير متأكدين مما جرى.', UNKNOWN_STATE)).toEqual(['غير متأكدين']);
    expect(cue('ولا تتوفر معلومات كافية.', UNKNOWN_STATE)).toEqual(['ولا تتوفر معلومات']);
  });

  it('reads what is not settled as not known: a negated verb of settling or completing, pending or not', () => {
    expect(cue('ولم تُحسم بعد مسألة إعادة السكان إلى قراهم.')).toEqual(['ولم تُحسم بعد']);
    expect(cue('ولم يتقرر موعد الانتخابات.')).toEqual(['ولم يتقرر']);
    expect(cue('ولم تكتمل حتى الآن التحقيقات في الحادث.')).toEqual(['ولم تكتمل حتى الآن']);
    // Settled, not negated: nothing open.
    expect(cue('وحسمت الحكومة مسألة إعادة السكان.')).toEqual([]);
  });

  it('reads «لا يزال / ما زال» with a predicate of what is still open, never with one of what goes on', () => {
    expect(cue('ولا يزال مصير المفقودين غير محسوم.', UNKNOWN_STATE)).toEqual(['ولا يزال مصير المفقودين غير محسوم']);
    expect(cue('وما زالت القضية قيد التحقيق.', UNKNOWN_STATE)).toEqual(['وما زالت القضية قيد التحقيق']);
    expect(cue('ولا تزال المفاوضات معلقة منذ أسبوع.', UNKNOWN_STATE)).toEqual(['ولا تزال المفاوضات معلقة']);
    expect(cue('مشيرة إلى أن التحقيق ما زال متواصلا.', UNKNOWN_STATE)).toEqual([]);
  });

  it('reads «لا يزال» with a hidden state in the accusative after a long subject, and asks for the subject', () => {
    const long = 'ولا يزال مصير ثلاثة صيادين خرجوا بقاربهم من ميناء الصيد مجهولا، فيما يتواصل البحث.';
    expect(cue(long, UNKNOWN_STATE)).toEqual(['ولا يزال مصير ثلاثة صيادين خرجوا بقاربهم من ميناء الصيد مجهولا']);
    // The feminine form may describe a noun inside the subject: «لا يزال» does not reach it past three words, so only
    // the adjective is a state of its own.
    expect(cue('ولا يزال التحقيق في ظروف وفاة امرأة مجهولة الهوية متواصلا.', UNKNOWN_STATE)).toEqual(['مجهولة']);
    const a = articleRecord('a', `وانتهت عمليات الإنقاذ الأولى مساء أمس.\n\n${long}`, {
      outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2024-03-10', publishedBasis: 'explicit', title: 'عنوان',
    });
    const qs = findOpenQuestions([a], { findDates: () => [] }).filter((q) => q.kind === 'unknown');
    expect(qs.map((q) => q.text)).toEqual(['ما مصير ثلاثة صيادين خرجوا بقاربهم من ميناء الصيد؟ (لم يُعرف بعد بحسب صحيفة الشرق)']);
  });

  it('reads «يظل» and «يبقى» as «لا يزال» is read, in the present only and never with a state that goes on', () => {
    expect(cue('وتبقى هوية الجهة الممولة مجهولة.', UNKNOWN_STATE)).toEqual(['وتبقى هوية الجهة الممولة مجهولة']);
    expect(cue('ويظل موعد التسليم غير محدد.', UNKNOWN_STATE)).toEqual(['ويظل موعد التسليم غير محدد']);
    // The past tells how a thing stood then; «مفتوح» after «يبقى» is a state, not an unknown.
    expect(cue('وظل مصير القافلة مجهولا يومين قبل وصولها.', UNKNOWN_STATE)).toEqual([]);
    expect(cue('ويبقى باب التفاوض مفتوحا أمام الطرفين.', UNKNOWN_STATE)).toEqual([]);
    const a = articleRecord('a', 'وانتهت المحاكمة مساء أمس.\n\nوتظل قيمة التعويضات التي طالب بها المتضررون معلقة، ما دام الحكم قابلا للطعن.', {
      outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2024-03-10', publishedBasis: 'explicit', title: 'عنوان',
    });
    const qs = findOpenQuestions([a], { findDates: () => [] }).filter((q) => q.kind === 'unknown');
    expect(qs.map((q) => q.text)).toEqual(['ما قيمة التعويضات التي طالب بها المتضررون؟ (لم يُعرف بعد بحسب صحيفة الشرق)']);
  });

  it('reads no one knowing as what is not known: «لا أحد يعلم متى …»، «ما من أحد يعرف …»', () => {
    expect(cue('ولا أحد يعلم حتى الآن متى يفتح الطريق.')).toEqual(['ولا أحد يعلم حتى الآن']);
    expect(cue('وما من أحد يعرف أين نقلت المعدات.')).toEqual(['وما من أحد يعرف']);
    expect(cue('ولا أحد يدري كم بقي من المخزون.')).toEqual(['ولا أحد يدري']);
    // Someone knowing, not no one: nothing open.
    expect(cue('وكل أحد يعرف أن الطريق مغلق.')).toEqual([]);
  });

  it('reads being known negated by the copula, «كان» or «عاد», before what is not known', () => {
    expect(cue('وليس معروفا بعد متى يعود التيار إلى الحي.')).toEqual(['وليس معروفا بعد']);
    expect(cue('ولم يعد واضحا من يدير المعبر.')).toEqual(['ولم يعد واضحا']);
    expect(cue('وليست مؤكدة حتى الآن أعداد الضحايا.')).toEqual(['وليست مؤكدة حتى الآن']);
    // Known, not negated: nothing open.
    expect(cue('ومن المعروف أن الطريق مغلق منذ أسبوع.')).toEqual([]);
    expect(cue('وكان واضحا أن الوفد لن يوقع.')).toEqual([]);
  });

  it('asks for what a source says it was not told', () => {
    const a = articleRecord('a', 'وانتهى الاجتماع في ساعة متأخرة من الليل.\n\nولم يفصح المتحدث عن موعد الجولة المقبلة من المحادثات.', {
      outlet: 'صحيفة الشرق', outletBasis: 'explicit', published: '2024-03-10', publishedBasis: 'explicit', title: 'عنوان',
    });
    const qs = findOpenQuestions([a], { findDates: () => [] }).filter((q) => q.kind === 'unknown');
    expect(qs.map((q) => q.text)).toEqual(['ما موعد الجولة المقبلة من المحادثات؟ (لم يُعرف بعد بحسب صحيفة الشرق)']);
  });
});
