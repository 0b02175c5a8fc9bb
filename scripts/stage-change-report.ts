// What scripts/tune-ner-stage.ts and scripts/studied-stage-changes.ts share: the actors stage run beside its own
// tagger over annotated documents, both scored at exact-span level per type, and every change the stage makes to
// the tagger's spans attributed to the passes that made it (stage-changes.ts, stage-trace.ts) and printed.
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { countSpans, prf } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import type { NerModel } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import type { Gazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { mentionSpans, tokenSpan } from '../tests/eval/entity-docs.ts';
import type { Doc } from '../tests/eval/entity-docs.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { countClasses } from './stage-classes.ts';
import type { ClassCount, ClassName } from './stage-classes.ts';
import { sentenceChanges } from './stage-changes.ts';
import type { Change } from './stage-changes.ts';
import { StageTrace } from './stage-trace.ts';

const TYPES = ['micro', 'PERS', 'ORG', 'LOC'] as const;

/** One line of P/R/F1 per type. */
export const line = (t: ScoreTable): string => TYPES.map((k) => { const p = prf(t[k]); return `${k} ${p.precision.toFixed(1)}/${p.recall.toFixed(1)}/${p.f1.toFixed(2)}`; }).join('  ');

/** One change of the stage to the tagger's spans, with the sentence it was made in. */
export interface Example {
  change: Change;
  text: string;
  /** The sentence's tokens, which the change's spans index. */
  tokens: readonly string[];
}

/**
 * Tagger and stage scores of one block (or set) of documents, and the stage's changes to the tagger's spans, added to
 * `found` and returned (this block's alone, for a count per block).
 */
export function runBlock(docs: readonly Doc[], model: NerModel, gazetteer: Gazetteer, tagger: ScoreTable, stage: ScoreTable, found: Example[], classes: Map<ClassName, ClassCount>): Example[] {
  const blockChanges: Example[] = [];
  const articles = docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const trace = new StageTrace();
  const mentions = selectionMentions(articles, gazetteer, model, trace);
  docs.forEach((doc, d) => {
    const id = `doc-${d}`;
    const tagged = findDocumentEntities(model, doc.sentences.map((s) => s.tokens), gazetteer);
    const staged = mentionSpans(doc, mentions.filter((m) => m.sourceId === id));
    const events = [...trace.removed, ...trace.skips].filter((e) => e.sourceId === id).flatMap((e) => {
      const span = tokenSpan(doc, e.start, e.end);
      return span === null ? [] : [{ ...e, ...span }];
    });
    doc.sentences.forEach((s, i) => {
      const gold = spansFromTags(s.tags);
      const mine = tagged[i] ?? [];
      const theirs = staged[i] ?? [];
      countSpans(tagger, gold, mine);
      countSpans(stage, gold, theirs);
      countClasses(classes, s.tokens, gold, mine, theirs);
      const text = (e: EntitySpan): string => `${e.type}[${s.tokens.slice(e.start, e.end).join(' ')}]`;
      for (const change of sentenceChanges(mine, theirs, gold, trace.history, events.filter((e) => e.sentence === i))) {
        const from = Math.min(...[...change.tagger, ...change.stage].map((e) => e.start));
        const to = Math.max(...[...change.tagger, ...change.stage].map((e) => e.end));
        const goldHere = gold.filter((g) => g.start < to && from < g.end).map(text).join(' ') || '-';
        blockChanges.push({ change, tokens: s.tokens, text: `tagger ${change.tagger.map(text).join(' ') || '-'} → stage ${change.stage.map(text).join(' ') || '-'}; gold ${goldHere} | ${s.tokens.slice(Math.max(0, from - 4), to + 3).join(' ')}` });
      }
    });
  });
  found.push(...blockChanges);
  return blockChanges;
}

/** The changes by kind, type and cause, the costliest first, against the pooled stage scores `pooled` they were made in; `examples` of each. */
export function printChanges(title: string, list: readonly Example[], pooled: ScoreTable, examples: number): void {
  const groups = new Map<string, Example[]>();
  for (const e of list) {
    const k = `${e.change.kind} ${e.change.type} by ${e.change.cause}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  // What a group of changes costs: the pooled micro F1 of the stage minus what it would be with them undone.
  const micro = pooled.micro;
  const f1 = (correct: number, found: number): number => (found + micro.gold === 0 ? 0 : (200 * correct) / (found + micro.gold));
  const cost = (group: readonly Example[]): number => f1(micro.correct, micro.found) - f1(micro.correct - group.reduce((n, e) => n + e.change.dCorrect, 0), micro.found - group.reduce((n, e) => n + e.change.dFound, 0));
  console.log(`\n${title}, costliest first: micro F1 they move, count, right→wrong, wrong→right, neither (wrong→wrong, or a span added or dropped that is wrong either way)`);
  for (const [k, group] of [...groups].sort((a, b) => cost(a[1]) - cost(b[1]) || b[1].length - a[1].length)) {
    const worse = group.filter((e) => e.change.net < 0).length;
    const better = group.filter((e) => e.change.net > 0).length;
    console.log(`${cost(group).toFixed(2).padStart(6)} ${String(group.length).padStart(5)} ${String(worse).padStart(4)} ${String(better).padStart(4)} ${String(group.length - worse - better).padStart(4)}  ${k}`);
    const shown = [...group.filter((x) => x.change.net < 0), ...group.filter((x) => x.change.net === 0 && x.change.dFound > 0), ...group.filter((x) => x.change.net > 0)];
    for (const e of shown.slice(0, examples)) console.log(`        ${e.change.net < 0 ? '−' : e.change.net > 0 ? '+' : '~'} ${e.text}`);
  }
}
