import { conjunctionReading, normalise, tokenise } from '../../text/arabic/index.ts';
import { placeDatelineEnd } from '../../text/gazetteer/place-dateline.ts';

/**
 * The text of a summary point: the sentence as written, without a place's dateline glued to its start («بغداد - …»,
 * which says where it was filed: review 27, finding 10) and without a leading connective «و» where that is safe (§4
 * step 8). The citation keeps the sentence verbatim; only the point text is tidied.
 */
export function pointText(sentence: string): string {
  return withoutConnective(sentence.slice(placeDatelineEnd(sentence)));
}

function withoutConnective(sentence: string): string {
  const first = tokenise(sentence)[0];
  if (first?.start !== 0) return sentence;
  // Only on firm evidence: a wrong cut here is visible («وليد» losing its «و»), unlike a clause boundary.
  const basis = conjunctionReading(first.key)?.basis;
  if (basis !== 'word' && basis !== 'article') return sentence;
  // Drop «و» and any diacritic on it.
  let cut = 1;
  while (cut < first.text.length && normalise(first.text[cut] ?? '') === '') cut++;
  return sentence.slice(cut);
}
