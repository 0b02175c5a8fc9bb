import { z } from 'zod';
import { normalise } from './normalise.ts';
import { particleReadings } from './clitics.ts';
import type { Token } from './tokenise.ts';
import sensesData from './event-senses.json' with { type: 'json' };

/**
 * Event senses (issue 14): one development is told with different verbs by different outlets — «أعلنت» / «أقرت»,
 * «انطلقت» / «بدأت», «قتل» / «أودى بحياة» — and word overlap alone keeps such reports apart. The lexicon maps the
 * verbs and verbal nouns of one sense to one key. Forms are written out (past, present, verbal noun) rather than
 * stemmed: Light10 would fold «إعلان» and «أعلى» into one stem. A word is read with its conjunction, preposition and
 * article dropped (particleReadings), so «وبدأت» and «بالإعلان» are found. Reporting verbs («قال», «أكد») are left
 * out on purpose: nearly every quoted sentence has one, so they tell no event apart.
 */

const SenseData = z
  .object({
    senses: z.array(z.object({ sense: z.string().regex(/^[a-z]+$/u), forms: z.array(z.string().regex(/^\p{Script=Arabic}+$/u)).min(1) }).strict()),
  })
  .strict();

/** Matching key of a form → its sense; refuses, at load, a form (by its key) listed under two senses. */
function loadSenses(): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  for (const { sense, forms } of SenseData.parse(sensesData).senses) {
    for (const form of forms) {
      const key = normalise(form);
      const other = byKey.get(key);
      if (other !== undefined && other !== sense) throw new Error(`event-senses.json: «${form}» is listed under ${other} and ${sense}`);
      byKey.set(key, sense);
    }
  }
  return byKey;
}

const SENSES = loadSenses();

/** The sense of one word (its matching key), or null: the first of its readings without clitics that the lexicon lists. */
export function senseOfWord(key: string): string | null {
  for (const r of particleReadings(key, true)) {
    const sense = SENSES.get(r);
    if (sense !== undefined) return sense;
  }
  return null;
}

/** The senses a sentence's words tell, each with the keys of the words that tell it. */
export function eventSenses(tokens: readonly Token[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of tokens) {
    const sense = senseOfWord(t.key);
    if (sense === null) continue;
    const words = out.get(sense) ?? [];
    words.push(t.key);
    out.set(sense, words);
  }
  return out;
}
