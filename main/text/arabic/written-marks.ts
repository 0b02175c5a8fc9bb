import { normalise } from './normalise.ts';

/** A letter and the marks written on it («مّ»: mim and shadda). */
interface Cluster { letter: string; marks: string }

function clusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  for (const ch of text.normalize('NFC')) {
    const last = out[out.length - 1];
    if (/\p{Mn}/u.test(ch)) { if (last !== undefined) last.marks += ch; continue; }
    const letter = normalise(ch);
    // Tatweel and the controls the key drops are no letter.
    if (letter.length > 0) out.push({ letter, marks: '' });
  }
  return out;
}

/**
 * Whether `written` is `form` and carries every mark `form` is written with, on the same letters: «عمَّان» carries
 * «عمّان» (the shadda of Amman), «عمان» and «عُمان» do not. Matching folds marks away (normalise.ts), so two
 * names that differ only by a mark («عمّان», «عُمان») meet at one key; the marks a writer gave tell them apart. A
 * form without marks is carried by nothing: it tells nothing apart.
 */
export function carriesMarksOf(written: string, form: string): boolean {
  const w = clusters(written);
  const f = clusters(form);
  if (w.length !== f.length || !f.some((c) => c.marks.length > 0)) return false;
  return f.every((c, k) => c.letter === w[k]?.letter && [...c.marks].every((m) => w[k]?.marks.includes(m) === true));
}
