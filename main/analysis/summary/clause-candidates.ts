import { tokenise } from '../../text/arabic/index.ts';
import type { Candidate } from './candidates.ts';
import { clauseText, eventClauses } from './event-clauses.ts';

/**
 * The candidates with every sentence that tells two events (event-clauses.ts) in two parts: its own development
 * and the clause that tells the other event, each grouped into events on its own words and each citing the whole
 * sentence. The clause about the other event leans on the sentence (it is marked anaphoric): it states an event
 * only when nothing else does.
 */
export function splitTwoEventSentences(candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    const parts = eventClauses(c.text, c.tokens);
    if (!parts) return [c];
    const main = clauseText(c.text, c.tokens, parts.main);
    const reference = clauseText(c.text, c.tokens, [parts.reference]);
    return [
      { ...c, text: main, tokens: tokenise(main), clause: 'main' as const },
      { ...c, text: reference, tokens: tokenise(reference), clause: 'reference' as const, anaphoric: true },
    ];
  });
}
