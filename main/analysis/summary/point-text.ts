import { normalise, procliticReadings, tokenise } from '../arabic/index.ts';

// Words that can follow a connective «و» at the start of a sentence and stay a sentence without it:
// prepositions, particles and common perfect verbs of news prose. Anything else keeps its «و», since
// «وزارة» or «وليد» begin with a letter و that is no conjunction.
const AFTER_CONNECTIVE = new Set(
  [
    'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'منذ', 'بحسب', 'حسب', 'وفق', 'وفقا', 'بين', 'عند', 'لدى',
    'قد', 'لم', 'لن', 'كان', 'كانت', 'كانوا', 'قال', 'قالت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'شهد', 'شهدت',
    'بلغ', 'بلغت', 'دخل', 'دخلت', 'تم', 'جاء', 'جاءت', 'يأتي', 'تأتي', 'أفاد', 'أفادت', 'نقل', 'نقلت', 'تعد', 'يعد',
    'رغم', 'بينما', 'إثر', 'عقب', 'لا', 'ما', 'هو', 'هي', 'هم', 'ذلك', 'أمس', 'اليوم',
  ].map(normalise),
);

/**
 * The text of a summary point: the sentence as written, without a leading connective «و» where that is
 * safe (§4 step 8). The citation keeps the sentence verbatim; only the point text is tidied.
 */
export function pointText(sentence: string): string {
  const first = tokenise(sentence)[0];
  if (!first || first.start !== 0 || !first.key.startsWith('و')) return sentence;
  const rest = first.key.slice(1);
  const known = AFTER_CONNECTIVE.has(rest) || (rest.startsWith('ال') && !rest.startsWith('الد') && rest.length >= 5 && procliticReadings(first.key).includes(rest));
  if (!known) return sentence;
  // Drop «و» and any diacritic on it.
  let cut = 1;
  while (cut < first.text.length && normalise(first.text[cut] ?? '') === '') cut++;
  return sentence.slice(cut);
}
