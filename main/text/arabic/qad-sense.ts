import { normalise } from './normalise.ts';
import type { Token } from './tokenise.ts';

/**
 * The two senses of the particle «قد»: before an imperfect verb it makes a statement a possibility («قد يكون» «it may
 * be»); before a perfect it asserts what happened («قد أعلن» «he has announced»). Unvowelled text shows the
 * difference only in the verb's form, read here from its prefix and ending:
 *
 * - «ي» opens only imperfects (verbs whose root begins with «ي» are too rare to weigh);
 * - «أ» opens the perfects of forms IV, VII, VIII and X («أعلن», «انسحب», «اتفق», «استهدف») as well as the first person
 *   singular imperfect, which a brief's prose does not use: read as perfect, so «قد أعلن» asserts;
 * - «ن» opens the first person plural imperfect («قد نشهد») and perfects of roots in «ن» («قد نفى», «قد نقل»): a
 *   word of three letters, or with a perfect's ending, is a perfect;
 * - «ت» opens the imperfect of the third person feminine («قد تشهد») and the perfects of forms V and VI («قد تراجع»)
 *   and the passive perfect of form III («فقد توبع»);
 *   a perfect's ending («تمت», «توصلوا») settles it, and where the unvowelled form is both, the subject's gender does:
 *   a feminine subject, before «قد» or after the verb, takes «تـ» only in the imperfect («قد تراجع الحكومة قرارها»),
 *   a masculine one only in the perfect («قد تراجع الجيش»).
 */
export type QadSense = 'possibility' | 'assertion';

const QAD = new Set(['قد', 'وقد', 'فقد']);
// «لقد» only ever stands before a perfect.
const LAQAD = new Set(['لقد', 'ولقد', 'فلقد']);

// Perfects of form V (and a few of form I in «ت») that news prose uses and whose unvowelled form is also an
// imperfect: «تحدث» is «he spoke» and «it happens». Form VI («تراجع», «تصاعد») is told by its shape (tAmbiguous).
const T_PERFECTS = new Set(
  (
    'تحدث تقدم تحول تمكن تسلم تولى تلقى تعرض توصل تسبب تبنى تكفل ترأس تصدر تعهد توجه تدخل تحرك تمسك تضمن ' +
    'تكرر توقف تأخر تأثر تأكد تعذر تسلل تقرر تبين تعين تجدد تحقق تطلب تردد توفي تغير تمثل تسنى ترك تبع تلا'
  )
    .split(' ')
    .map(normalise),
);
// Enclitic pronouns on a perfect of three letters: «نقله», «نشرها».
const OBJECT_PRONOUN = /^(.{3})(?:ه|ها|هم|هما|هن|كم|نا)$/u;

export type Aspect = 'imperfect' | 'perfect';

function feminine(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const bare = token.text.replace(/\p{Mn}/gu, '');
  // Ta marbuta, the sound feminine plural (also the agreement of plurals of things: «قد تحدث تطورات»), or a feminine
  // demonstrative or pronoun.
  return /ة$/u.test(bare) || (token.key.length >= 4 && token.key.endsWith('ات')) || ['هذه', 'تلك', 'هي'].includes(token.key);
}

function tAmbiguous(key: string): boolean {
  // Form VI «تفاعل» (five letters or more, alef third) is also the form III imperfect «تحاول»; «توعل» of four letters is
  // the passive perfect of form III («توبع»، «عوقب»'s kin) or form V of a root in «و» («تورط»، «توفر») as well as an
  // imperfect of forms II and IV («تورط» she implicates, «توفر» she provides).
  return T_PERFECTS.has(key) || (key.length >= 5 && key[2] === 'ا') || (key.length === 4 && key[1] === 'و');
}

function tAspect(key: string, subjectFeminine: boolean): Aspect {
  // «تم» (and any two-letter word) is no imperfect: the prefix needs a stem of two letters at least.
  if (key.length <= 2) return 'perfect';
  if (key.startsWith('تت')) return 'imperfect';
  if (key.length >= 4 && key.endsWith('وا')) return 'perfect';
  // Hollow imperfects that end in a root «ت» («تموت», «تفوت») before the feminine perfect's «ـت» («تمت», «تلقت»).
  if (/^ت.[وي]ت$/u.test(key)) return 'imperfect';
  if (key.endsWith('ت')) return 'perfect';
  if (tAmbiguous(key)) return subjectFeminine ? 'imperfect' : 'perfect';
  return 'imperfect';
}

function nAspect(key: string): Aspect {
  if (key.length <= 3 || key.startsWith('نا') || key.endsWith('وا') || key.endsWith('ت') || OBJECT_PRONOUN.test(key)) return 'perfect';
  return 'imperfect';
}

/**
 * Whether the verb at `tokens[i]`, right after «قد», is imperfect or perfect; the tokens around it are read for the
 * subject's gender. Keys are matching keys (see normalise): hamza seats are folded, so «أ» reads as «ا».
 */
export function aspectAfterQad(tokens: readonly Token[], i: number): Aspect {
  const key = tokens[i]?.key ?? '';
  if (key.startsWith('ي')) return key.length >= 3 ? 'imperfect' : 'perfect';
  // The word before «قد» is its subject only when nothing is written on «قد»: «وقد»/«فقد» opens a clause of its own
  // («وبحسب النيابة، فقد توبع …»).
  const subjectBefore = tokens[i - 1]?.key === 'قد' ? tokens[i - 2] : undefined;
  if (key.startsWith('ت')) return tAspect(key, feminine(subjectBefore) || feminine(tokens[i + 1]));
  if (key.startsWith('ن')) return nAspect(key);
  return 'perfect';
}

/**
 * The sense of «قد» at `tokens[i]` (with «و» or «ف» written on, or «لقد»), or null when the token is not «قد» or
 * nothing follows it. «قد لا» is always a possibility: only an imperfect is negated so after «قد».
 */
export function qadSense(tokens: readonly Token[], i: number): QadSense | null {
  const key = tokens[i]?.key;
  if (key === undefined) return null;
  if (LAQAD.has(key)) return 'assertion';
  if (!QAD.has(key) || tokens[i + 1] === undefined) return null;
  if (tokens[i + 1]?.key === 'لا') return 'possibility';
  return aspectAfterQad(tokens, i + 1) === 'imperfect' ? 'possibility' : 'assertion';
}
