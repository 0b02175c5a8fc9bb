// The actors stage's changes against its tagger in one sentence, each attributed to the passes that made it and
// judged against the gold spans. The spans of the tagger and of the stage that do not match exactly are grouped
// by overlap; a group is one change: spans dropped (the stage has nothing there), spans added (the tagger had
// nothing), a type changed (same bounds), or bounds moved (anything else: cut, extended, merged, split). A MISC
// span the stage drops is no change (MISC is no actor and no part of the micro average).
import type { Mention } from '../main/analysis/actors/mention.ts';
import { SCORED_TYPES } from '../main/analysis/ner/entity-scores.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import type { TraceEvent } from './stage-trace.ts';

export type ChangeKind = 'dropped' | 'added' | 'retyped' | 'bounds';

export interface Change {
  kind: ChangeKind;
  /** The tagger's type where it had a span, else the stage's. */
  type: string;
  /** The passes (and filters) that made it, sorted and joined. */
  cause: string;
  /** Exact gold spans among the stage's spans of the change minus those among the tagger's: +1 a wrong answer made right. */
  net: number;
  /** The same for persons, organisations and places only (the micro average's), and the change in spans found. */
  dCorrect: number;
  dFound: number;
  tagger: EntitySpan[];
  stage: EntitySpan[];
  /** The tagger's spans of the change that are gold exactly (of any type): what the stage lost, re-cut or re-typed. */
  lost: EntitySpan[];
  /** The stage's spans of the change that are not gold: what it emitted wrong where the tagger had no such span. */
  spurious: EntitySpan[];
}

/** A stage span with the mention it comes from. */
export type StageSpan = EntitySpan & { mention: Mention };

const key = (e: EntitySpan): string => `${e.type}:${e.start}:${e.end}`;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Why a stage span differs from the tagger's: its maker when a rule made it, and the passes that moved or retyped it. */
function stageCause(s: StageSpan, history: ReadonlyMap<Mention, string[]>, kind: ChangeKind): string[] {
  const h = history.get(s.mention) ?? ['?'];
  const changes = h.slice(1).filter((c) => kind !== 'retyped' || c.endsWith(':type'));
  if (changes.length > 0) return h[0] === 'findTagged' ? changes : [`${h[0] ?? '?'}`, ...changes];
  return [h[0] === 'findTagged' && kind === 'bounds' ? 'findTagged:bounds' : (h[0] ?? '?')];
}

/**
 * The changes of one sentence: `tagger` the tagger's spans, `stage` the stage's, `gold` the annotation's, and the
 * trace's removals and skips already mapped to this sentence's tokens.
 */
export function sentenceChanges(tagger: readonly EntitySpan[], stage: readonly StageSpan[], gold: readonly EntitySpan[], history: ReadonlyMap<Mention, string[]>, events: readonly (TraceEvent & { from: number; to: number })[]): Change[] {
  const tagKeys = new Set(tagger.map(key));
  const stageKeys = new Set(stage.map(key));
  const goldKeys = new Set(gold.map(key));
  const t = tagger.filter((e) => !stageKeys.has(key(e)));
  const s = stage.filter((e) => !tagKeys.has(key(e)));
  const out: Change[] = [];
  const usedT = new Set<EntitySpan>();
  const usedS = new Set<EntitySpan>();
  for (const seed of [...t, ...s]) {
    if (usedT.has(seed) || usedS.has(seed)) continue;
    // Grow the group of spans that overlap one another.
    const groupT: EntitySpan[] = [];
    const groupS: StageSpan[] = [];
    const queue: EntitySpan[] = [seed];
    while (queue.length > 0) {
      const x = queue.pop();
      if (x === undefined) break;
      for (const y of t) if (!usedT.has(y) && (y === x || overlap(x, y))) { usedT.add(y); groupT.push(y); queue.push(y); }
      for (const y of s) if (!usedS.has(y) && (y === x || overlap(x, y))) { usedS.add(y); groupS.push(y); queue.push(y); }
    }
    const a = groupT[0];
    const b = groupS[0];
    const kind: ChangeKind = b === undefined ? 'dropped' : a === undefined ? 'added'
      : groupT.length === 1 && groupS.length === 1 && a.start === b.start && a.end === b.end ? 'retyped' : 'bounds';
    let causes: string[];
    if (kind === 'dropped') {
      const why = events.filter((ev) => groupT.some((g) => ev.from < g.end && g.start < ev.to)).map((ev) => ev.cause);
      causes = why.length > 0 ? [...new Set(why)] : ['unexplained'];
    } else causes = groupS.flatMap((x) => stageCause(x, history, kind));
    if (kind === 'dropped' && groupT.every((x) => !SCORED_TYPES.includes(x.type))) continue;
    const right = (spans: readonly EntitySpan[]): number => spans.filter((x) => goldKeys.has(key(x))).length;
    const scored = (spans: readonly EntitySpan[]): EntitySpan[] => spans.filter((x) => SCORED_TYPES.includes(x.type));
    out.push({
      kind, type: (a ?? b)?.type ?? '?', cause: [...new Set(causes)].sort().join(' + '), net: right(groupS) - right(groupT),
      dCorrect: right(scored(groupS)) - right(scored(groupT)), dFound: scored(groupS).length - scored(groupT).length, tagger: groupT, stage: groupS,
      lost: groupT.filter((x) => goldKeys.has(key(x))), spurious: groupS.filter((x) => !goldKeys.has(key(x))),
    });
  }
  return out;
}
