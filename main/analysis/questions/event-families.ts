import { normalise, particleReadings, type Token } from '../../text/arabic/index.ts';

/**
 * Families of event words (verbs in the common persons and their verbal nouns): two figures reported
 * with words of the same family («لجأ نحو 1000 عنصر إلى العراق»، «فرار نحو 2000 جندي إلى العراق») can be
 * about the same event; figures with words of different families («اعتقلت 300»، «فرّ 300») cannot (§5.1
 * step 2, the event cue of the key). Written out form by form: a stemmer would merge «عبر» and «عبرة».
 */
const FAMILIES: [string, string[]][] = [
  [
    'movement',
    [
      'لجأ', 'لجأت', 'لجأوا', 'لجؤوا', 'يلجأ', 'يلجؤون', 'لجوء',
      'فر', 'فرت', 'فروا', 'يفر', 'يفرون', 'فرار',
      'هرب', 'هربت', 'هربوا', 'يهرب', 'يهربون', 'هروب',
      'نزح', 'نزحت', 'نزحوا', 'ينزح', 'ينزحون', 'نزوح',
      'عبر', 'عبرت', 'عبروا', 'يعبر', 'يعبرون', 'عبور',
      'دخل', 'دخلت', 'دخلوا', 'يدخل', 'يدخلون', 'دخول',
      'انشق', 'انشقت', 'انشقوا', 'ينشق', 'ينشقون', 'انشقاق',
      'تسلل', 'تسللت', 'تسللوا', 'يتسلل', 'يتسللون',
      'هاجر', 'هاجروا', 'يهاجرون', 'هجرة', 'لاذ', 'لاذوا',
    ],
  ],
  ['return', ['عاد', 'عادت', 'عادوا', 'يعود', 'يعودون', 'عودة']],
  [
    'killing',
    ['قتل', 'قتلت', 'قتلوا', 'يقتل', 'مقتل', 'لقي', 'لقوا', 'حتفه', 'حتفهم', 'استشهد', 'استشهدوا', 'استشهاد', 'توفي', 'وفاة'],
  ],
  ['wounding', ['أصيب', 'أصيبت', 'أصيبوا', 'يصاب', 'إصابة', 'جرح', 'جرحوا', 'إصابات']],
  ['arrest', ['اعتقل', 'اعتقلت', 'اعتقلوا', 'اعتقال', 'احتجز', 'احتجزت', 'احتجاز', 'أوقف', 'أوقفت', 'توقيف', 'القبض']],
  ['release', ['أفرج', 'أفرجت', 'أفرجوا', 'الإفراج', 'إفراج', 'سراح']],
  ['deployment', ['أرسل', 'أرسلت', 'أرسلوا', 'إرسال', 'نشر', 'نشرت', 'نشروا', 'دفع', 'دفعت', 'انتشار', 'استقدم', 'استقدمت']],
];

const FAMILY_OF = new Map<string, string>(FAMILIES.flatMap(([f, words]) => words.map((w): [string, string] => [normalise(w), f])));

/** The event family of one token, read after a conjunction or preposition («ولجأ»، «بفرار»)، or null. */
export function familyOf(tok: Token): string | null {
  for (const r of particleReadings(tok.key, true)) {
    const f = FAMILY_OF.get(r);
    if (f) return f;
  }
  return null;
}

/**
 * The event family of the words nearest to tokens[from, to) within `window` tokens on either side (the
 * verb of «لجأ نحو 1000 عنصر»), or null when none is near.
 */
export function nearestFamily(tokens: readonly Token[], from: number, to: number, window = 6): { family: string; at: number } | null {
  for (let d = 1; d <= window; d++) {
    for (const i of [from - d, to - 1 + d]) {
      const tok = tokens[i];
      const family = tok ? familyOf(tok) : null;
      if (family) return { family, at: i };
    }
  }
  return null;
}
