import { z } from 'zod';
import { normalise } from './normalise.ts';
import { withoutAccusativeAlef } from './accusative-alef.ts';
import { encliticReadings, particleReadings } from './clitics.ts';
import type { Token } from './tokenise.ts';
import sensesData from './event-senses.json' with { type: 'json' };

/**
 * Event senses (issue 14): one development is told with different verbs by different outlets — «أعلنت» / «أقرت»,
 * «انطلقت» / «بدأت», «قتل» / «أودى بحياة» — and word overlap alone keeps such reports apart. The lexicon maps the
 * verbs and verbal nouns of one sense to one key. Forms are written out (past, present, verbal noun) rather than
 * stemmed: Light10 would fold «إعلان» and «أعلى» into one stem. A word is read with its conjunction, preposition and
 * article dropped (particleReadings), so «وبدأت» and «بالإعلان» are found. Reporting verbs («قال», «أكد») are left
 * out on purpose: nearly every quoted sentence has one, so they tell no event apart.
 *
 * The one lexicon of event verbs: events are grouped by it and figures are told apart by it. A sense that `counts`
 * says what a figure beside it counts (the fled, the dead, the held: «لجأ نحو 1000 عنصر» and «فرار 2000 جندي» may be
 * one report, «اعتقلت 300» and «فرّ 300» cannot). `besideFigure` forms tell their sense only next to a figure:
 * alone they mostly mean something else («عبر» via, «نشر» published, «دفع» paid, «عاد» again). `beforeObject` forms tell
 * their sense only when a noun of that sense follows them as their object, past a subject however long: «وقع» alone is
 * mostly "happened" («وقع انفجار»), «وقع وزير النقل … اتفاقا» signed. A sense's `objects` are nouns that tell it only as
 * such a verb's object, as its own nouns do there: «أخلى الخاطفون فجر الأحد سبيل الرهائن» and «استعاد العمال حريتهم»
 * were released, while «أخلت» alone is evacuated, «سبيل» a way and «حرية» freedom.
 */

/**
 * The lexicon file's schema, built when the lexicon is first read rather than with the module: every command that
 * loads the Arabic text layer loads this module (`mawjaz render` among them), and building these zod schemas was half
 * of the layer's load (≈ 5 ms of CPU).
 */
function senseData() {
  const Form = z.string().regex(/^\p{Script=Arabic}+$/u);
  return z
    .object({
      senses: z.array(
        z
          .object({
            sense: z.string().regex(/^[a-z]+$/u),
            counts: z.literal(true).optional(),
            forms: z.array(Form),
            besideFigure: z.array(Form).min(1).optional(),
            beforeObject: z.array(Form).min(1).optional(),
            objects: z.array(Form).min(1).optional(),
          })
          .strict()
          .refine((s) => s.forms.length > 0 || s.besideFigure !== undefined, { message: 'a sense needs at least one form' }),
      ),
    })
    .strict();
}

/** The lexicon read: each form's sense by matching key, the forms that tell it only beside a figure, the senses that count. */
export interface SenseLexicon {
  byKey: ReadonlyMap<string, string>;
  besideFigure: ReadonlySet<string>;
  counting: ReadonlySet<string>;
  /** Forms that tell their sense only before an object of it (`beforeObject`), by key. */
  beforeObject: ReadonlyMap<string, string>;
  /** Nouns that tell their sense only as the object of one of its `beforeObject` verbs (`objects`), by key. */
  objects: ReadonlyMap<string, string>;
}

/** Parses the lexicon's data; refuses a form (by its matching key) listed under two senses. */
export function readSenses(data: unknown): SenseLexicon {
  const byKey = new Map<string, string>();
  const besideFigure = new Set<string>();
  const counting = new Set<string>();
  const beforeObject = new Map<string, string>();
  const objects = new Map<string, string>();
  const parsed = senseData().parse(data).senses;
  for (const { sense, counts, forms, besideFigure: near = [] } of parsed) {
    if (counts === true) counting.add(sense);
    for (const [form, alone] of [...forms.map((f): [string, boolean] => [f, true]), ...near.map((f): [string, boolean] => [f, false])]) {
      const key = normalise(form);
      const other = byKey.get(key);
      // Two spellings of one word («نفى», «نفي») share a key within a sense; across two senses a word is ambiguous.
      if (other !== undefined && other !== sense) throw new Error(`event-senses.json: «${form}» is listed under ${other} and ${sense}`);
      byKey.set(key, sense);
      // A sense's own forms come first: a key it lists alone stays alone when a spelling of it recurs beside figures.
      if (!alone && other === undefined) besideFigure.add(key);
    }
  }
  const addTo = (into: Map<string, string>, forms: readonly string[], sense: string): void => {
    for (const form of forms) {
      const key = normalise(form);
      const other = byKey.get(key) ?? beforeObject.get(key) ?? objects.get(key);
      if (other !== undefined && other !== sense) throw new Error(`event-senses.json: «${form}» is listed under ${other} and ${sense}`);
      if (!byKey.has(key)) into.set(key, sense);
    }
  };
  for (const { sense, beforeObject: verbs = [], objects: nouns = [] } of parsed) {
    addTo(beforeObject, verbs, sense);
    addTo(objects, nouns, sense);
  }
  return { byKey, besideFigure, counting, beforeObject, objects };
}

let read: SenseLexicon | undefined;

/**
 * The shipped lexicon, read on its first use rather than with the module: every command that loads the Arabic text
 * layer loads this module (`mawjaz --help` and `render` among them), and only assembling a brief asks for a sense.
 */
function lexicon(): SenseLexicon {
  return (read ??= readSenses(sensesData));
}

/** The matching key of every form the lexicon lists, whatever it tells and wherever: the event verbs by their words. */
export function lexiconForms(): string[] {
  const { byKey, beforeObject } = lexicon();
  return [...byKey.keys(), ...beforeObject.keys()];
}

/** The sense of one word (its matching key), or null: the first of its readings without clitics that the lexicon lists as telling it alone. */
export function senseOfWord(key: string): string | null {
  const { byKey, besideFigure } = lexicon();
  for (const r of particleReadings(key, true)) {
    const sense = byKey.get(r);
    if (sense !== undefined && !besideFigure.has(r)) return sense;
  }
  return null;
}

/**
 * The counting sense of one token (read after a conjunction or preposition: «ولجأ»، «بفرار»), any of its forms, or
 * null: what a figure beside the word counts.
 */
export function countingSenseOf(tok: Token): string | null {
  const { byKey, counting } = lexicon();
  for (const r of particleReadings(tok.key, true)) {
    const sense = byKey.get(r);
    if (sense !== undefined && counting.has(sense)) return sense;
  }
  return null;
}

/**
 * The counting sense of the word nearest to tokens[from, to) within `window` tokens on either side (the verb of «لجأ
 * نحو 1000 عنصر»), the nearer before the later at one distance, or null when none is near.
 */
export function nearestCountingSense(tokens: readonly Token[], from: number, to: number, window = 6): { sense: string; at: number } | null {
  for (let d = 1; d <= window; d++) {
    for (const i of [from - d, to - 1 + d]) {
      const tok = tokens[i];
      const sense = tok ? countingSenseOf(tok) : null;
      if (sense) return { sense, at: i };
    }
  }
  return null;
}

// How far after an object-taking verb its object may stand: past a subject of a minister and a union's secretary
// general («وقع وزير النقل والكاتب العام للجامعة العامة للنقل أمس الجمعة اتفاقا»).
const OBJECT_WINDOW = 12;

/**
 * Whether `key` reads as a noun of `sense` or one of its objects, in the accusative too («اتفاقا»), an object with its
 * pronoun too («سبيلهم», «حريتها»).
 */
function nounOf(key: string, sense: string): boolean {
  const { byKey, objects } = lexicon();
  const of = (r: string): boolean => byKey.get(r) === sense || objects.get(r) === sense;
  return particleReadings(key, true).some((r) => of(r) || of(withoutAccusativeAlef(r, 4)) || encliticReadings(r).some((e) => objects.get(e) === sense));
}

/** The sense an object-taking verb at tokens[i] tells when a noun of its sense follows within OBJECT_WINDOW, or null. */
function senseBeforeObject(tokens: readonly Token[], i: number): string | null {
  const { beforeObject } = lexicon();
  const sense = particleReadings(tokens[i]?.key ?? '', true).map((r) => beforeObject.get(r)).find((s) => s !== undefined);
  if (sense === undefined) return null;
  return tokens.slice(i + 1, i + 1 + OBJECT_WINDOW).some((t) => nounOf(t.key, sense)) ? sense : null;
}

/**
 * The senses a sentence's words tell, each with the keys of the words that tell it: of its first `within` words (all
 * by default), an object-taking verb's object looked for in the whole sentence.
 */
export function eventSenses(tokens: readonly Token[], within = tokens.length): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [i, t] of tokens.slice(0, within).entries()) {
    const sense = senseOfWord(t.key) ?? senseBeforeObject(tokens, i);
    if (sense === null) continue;
    const words = out.get(sense) ?? [];
    words.push(t.key);
    out.set(sense, words);
  }
  return out;
}
