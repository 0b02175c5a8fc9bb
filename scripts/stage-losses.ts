// `npm run tune:ner-stage -- --losses`: what the actors stage loses against its own tagger, counted per tune block
// and pooled, by class: a gold entity the tagger had exactly right that the stage dropped, re-cut or re-typed, and a
// span the stage emitted wrong where the tagger had no such span (added, or made by re-cutting or re-typing one of
// the tagger's); each by the passes that made the change (stage-changes.ts). A spurious organisation that is a state
// body over words the annotation leaves O (tests/eval/state-bodies.ts) is its own class, as the eval scores it apart.
import { SCORED_TYPES } from '../main/analysis/ner/entity-scores.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { isStateBody } from '../tests/eval/state-bodies.ts';
import type { Example } from './stage-change-report.ts';

interface LossClass {
  perBlock: number[];
  examples: string[];
}

/** The class names of one change: one per lost gold span and one per spurious stage span (scored types only). */
export function lossClasses(e: Example): string[] {
  const { change } = e;
  const words = (x: EntitySpan): string[] => e.tokens.slice(x.start, x.end) as string[];
  const scored = (x: EntitySpan): boolean => SCORED_TYPES.includes(x.type);
  const lost = change.lost.filter(scored).map((x) => `lost ${x.type} (${change.kind}) by ${change.cause}`);
  const spurious = change.spurious.filter(scored).map((x) => {
    const body = x.type === 'ORG' && change.tagger.length === 0 && isStateBody(words(x)) ? ' state body' : '';
    return `spurious ${x.type}${body} (${change.kind}) by ${change.cause}`;
  });
  return [...lost, ...spurious];
}

/** Prints the classes, the most frequent first, with a count per block and pooled, and `examples` of each. */
export function printLosses(blocks: readonly string[], perBlock: readonly (readonly Example[])[], examples: number): void {
  const classes = new Map<string, LossClass>();
  perBlock.forEach((list, b) => {
    for (const e of list) {
      for (const name of lossClasses(e)) {
        const c = classes.get(name) ?? { perBlock: blocks.map(() => 0), examples: [] };
        c.perBlock[b] = (c.perBlock[b] ?? 0) + 1;
        if (c.examples.length < examples) c.examples.push(e.text);
        classes.set(name, c);
      }
    }
  });
  const total = (c: LossClass): number => c.perBlock.reduce((a, n) => a + n, 0);
  const sum = (prefix: string): number => [...classes].filter(([k]) => k.startsWith(prefix)).reduce((n, [, c]) => n + total(c), 0);
  console.log(`\nwhat the stage loses against its tagger: ${sum('lost')} gold spans the tagger had exactly, ${sum('spurious')} wrong spans it had not (${sum('spurious ORG state body')} of them state bodies)`);
  console.log(`  ${blocks.map((b) => b.padStart(6)).join(' ')} pooled  class`);
  for (const [name, c] of [...classes].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))) {
    console.log(`  ${c.perBlock.map((n) => String(n).padStart(6)).join(' ')} ${String(total(c)).padStart(6)}  ${name}`);
    for (const x of c.examples) console.log(`          ${x}`);
  }
}
