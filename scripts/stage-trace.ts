// An observer of the actors stage (main/analysis/actors/pass-trace.ts) that keeps, per mention, the pass that made
// it and the passes that moved its bounds or changed its type, and the mentions passes and filters removed and
// the tagger entities a pass left out, each with its body offsets: what scripts/tune-ner-stage.ts attributes the
// stage's changes to.
import type { Mention } from '../main/analysis/actors/mention.ts';
import type { PassObserver } from '../main/analysis/actors/pass-trace.ts';
import type { SentenceScan } from '../main/analysis/actors/sentence-scan.ts';

/** Something a pass or filter did to words at body offsets [start, end) of article `sourceId`. */
export interface TraceEvent {
  sourceId: string;
  start: number;
  end: number;
  /** «dropVetoed removed findPlaces's place», «findTagged skipped: name evidence». */
  cause: string;
}

interface Seen {
  from: number;
  to: number;
  type: Mention['type'];
}

export class StageTrace implements PassObserver {
  /** Per mention: its maker first, then «pass:bounds» and «pass:type» for each later change. */
  readonly history = new Map<Mention, string[]>();
  readonly removed: TraceEvent[] = [];
  readonly skips: TraceEvent[] = [];
  private readonly seen = new Map<Mention, Seen>();
  private readonly alive = new WeakMap<SentenceScan, Set<Mention>>();

  afterPass(pass: string, s: SentenceScan): void {
    const now = new Set<Mention>();
    for (const f of s.found) {
      const m = f.mention;
      now.add(m);
      const before = this.seen.get(m);
      if (before === undefined) this.history.set(m, [pass]);
      else {
        const h = this.history.get(m) ?? [];
        if (before.from !== f.from || before.to !== f.to) h.push(`${pass}:bounds`);
        if (before.type !== m.type) h.push(`${pass}:type`);
      }
      this.seen.set(m, { from: f.from, to: f.to, type: m.type });
    }
    for (const m of this.alive.get(s) ?? []) {
      if (now.has(m)) continue;
      const at = this.seen.get(m);
      const from = s.words[at?.from ?? 0];
      const to = s.words[(at?.to ?? 1) - 1];
      if (from !== undefined && to !== undefined && !m.roleOnly) this.removed.push({ sourceId: m.sourceId, start: from.start, end: to.end, cause: `${pass} removed ${this.maker(m)}'s ${m.type}` });
    }
    this.alive.set(s, now);
  }

  skipped(pass: string, s: SentenceScan, from: number, to: number, reason: string): void {
    const a = s.words[from];
    const b = s.words[to - 1];
    if (a !== undefined && b !== undefined) this.skips.push({ sourceId: s.sourceId, start: a.start, end: b.end, cause: `${pass} skipped: ${reason}` });
  }

  afterFilter(filter: string, before: readonly Mention[], after: readonly Mention[]): void {
    if (before.length === after.length) {
      before.forEach((m, i) => {
        const n = after[i];
        if (n === undefined || n === m) return;
        this.history.set(n, [...(this.history.get(m) ?? []), ...(n.type === m.type ? [] : [`${filter}:type`])]);
      });
      return;
    }
    const kept = new Set(after);
    for (const m of before) if (!kept.has(m) && !m.roleOnly) this.removed.push({ sourceId: m.sourceId, start: m.start, end: m.end, cause: `${filter} removed ${this.maker(m)}'s ${m.type}` });
  }

  /** The pass that made a mention. */
  maker(m: Mention): string {
    return this.history.get(m)?.[0] ?? '?';
  }
}
