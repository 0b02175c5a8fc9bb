/**
 * The event line of a date: the clause its date belongs to. A sentence with one date is one event;
 * a sentence with several is cut between them at the strongest clause boundary («؛», then «،», then a
 * word joined by «و»), so that «زار دمشق في 3 مارس، ثم عاد إلى بغداد في 5 مارس» gives two events.
 */
import { conjunctionReading, isClauseConnective, isStopword, tokenise } from '../../text/arabic/index.ts';

export interface Span {
  start: number;
  end: number;
}

/** Offsets in `sentence` where a clause may end, with their strength. */
function boundaries(sentence: string, from: number, to: number): Array<{ at: number; strength: number }> {
  const out: Array<{ at: number; strength: number }> = [];
  const wordAt = new Map(tokenise(sentence).map((t) => [t.start, t]));
  for (let i = from; i < to; i++) {
    const c = sentence[i] ?? '';
    if (c === '؛' || c === ';') out.push({ at: i + 1, strength: 3 });
    else if (c === '،' || c === ',') out.push({ at: i + 1, strength: 2 });
    else if (/\s/u.test(c) && sentence[i + 1] === 'و') {
      // Any reading of the «و» as the conjunction will do: a boundary too many only offers one more cut.
      const word = wordAt.get(i + 1);
      if (word !== undefined && conjunctionReading(word.key) !== null) out.push({ at: i + 1, strength: 1 });
    }
  }
  return out;
}

function contentWordCount(s: string): number {
  return tokenise(s).filter((t) => !isStopword(t.key)).length;
}

/**
 * The clause of each date span in a sentence (spans sorted, not overlapping). With one span the clause
 * is the whole sentence. Between two spans, the cut goes at the strongest boundary of the gap; among
 * boundaries of that strength, the first that leaves the left clause at least two content words besides
 * its date (a date that opens its clause, «في 3 مارس، زار ...», keeps its verb).
 */
export function clausesFor(sentence: string, spans: readonly Span[]): Span[] {
  if (spans.length <= 1) return spans.map(() => ({ start: 0, end: sentence.length }));
  const cuts: number[] = [];
  let clauseStart = 0;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as Span;
    const b = spans[i + 1] as Span;
    const found = boundaries(sentence, a.end, b.start);
    const strongest = Math.max(0, ...found.map((f) => f.strength));
    const best = found.filter((f) => f.strength === strongest);
    const withVerb = best.find((f) => contentWordCount(sentence.slice(clauseStart, a.start) + ' ' + sentence.slice(a.end, f.at)) >= 2);
    const cut = (withVerb ?? best[best.length - 1])?.at ?? null;
    // No boundary in the gap: the two dates share their clause.
    cuts.push(cut ?? -1);
    if (cut !== null) clauseStart = cut;
  }
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    let start = 0;
    for (let j = i - 1; j >= 0; j--) {
      const c = cuts[j] ?? -1;
      if (c >= 0) {
        start = c;
        break;
      }
    }
    let end = sentence.length;
    for (let j = i; j < cuts.length; j++) {
      const c = cuts[j] ?? -1;
      if (c >= 0) {
        end = c;
        break;
      }
    }
    out.push({ start, end });
  }
  return out;
}

/** A clause as an event line: trimmed of punctuation at its edges and of the connectives that open it. */
export function eventLine(clause: string): string {
  let s = clause.trim();
  for (let guard = 0; guard < 4; guard++) {
    s = s.replace(/^[\s،,؛;:.\-–—]+/u, '');
    const first = tokenise(s)[0];
    if (first?.start !== 0) break;
    if (isClauseConnective(first.key)) {
      s = s.slice(first.text.length);
      continue;
    }
    if (conjunctionReading(first.key) !== null) s = s.slice(1);
    break;
  }
  return s.replace(/[\s،,؛;:.\-–—]+$/u, '').trim();
}
