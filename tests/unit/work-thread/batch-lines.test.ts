import { describe, expect, it } from 'vitest';
import { batchLinesOf, batchOutletOf } from '../../../main/ingest/clean-article.ts';
import type { RawDocument } from '../../../main/model/raw-document.ts';
import { batchLines, LINES_DOCUMENTS, shareOut } from '../../../main/work-thread/clean-pool.ts';
import { localLane, type Lane, type LaneDocument } from '../../../main/work-thread/clean-pool-lanes.ts';
import type { HeldDocument } from '../../../main/work-thread/clean-pool-work.ts';

// The pool's first step (clean-pool.ts batchLines): lanes find the batch's lines as they are free. Stand-in lanes
// here: the calling thread's own, and a slow one in the place of a thread, each the real lane answering late.

function raw(file: string, text: string): RawDocument {
  return { file, format: 'txt', encoding: 'utf-8', text, declared: {} };
}

// Texts of our own; every fourth names its newsroom in a dateline, so the outlets handed over are not all empty.
function docs(count: number): HeldDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const head = i % 4 === 0 ? `بغداد - شفق نيوز\n\n` : '';
    const text = `${head}عنوان الخبر رقم ${String(i)}\n\nوقال رئيس اللجنة إن العمل سيبدأ بعد شهرين من الآن في المدينة، وأضاف أن التجار طالبوا بمواقف للسيارات ${String(i)}.`;
    return { index: i, file: `a-${String(i)}.txt`, raw: raw(`a-${String(i)}.txt`, text) };
  });
}

/** A lane answering after `ms`, recording what it was sent. */
function slowLane(ms: number, sent: LaneDocument[][]): Lane {
  const inner = localLane();
  return {
    lines: async (job) => {
      sent.push([...job]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return inner.lines(job);
    },
    clean: (now, mode, job) => inner.clean(now, mode, job),
  };
}

describe("the batch's lines, found by whichever lane is free", () => {
  it('finds every document once, with the outlet its reader reads, and sends a slow lane each text once', async () => {
    const batch = docs(4 * LINES_DOCUMENTS);
    const parts = shareOut(batch, 2, [0.55, 1]);
    const sent: LaneDocument[][] = [];
    const found = await batchLines([localLane(), slowLane(30, sent)], true, batch, parts);
    expect([...found.keys()].sort((a, b) => a - b)).toEqual(batch.map((d) => d.index));
    for (const d of batch) {
      expect(found.get(d.index)?.lines).toEqual(batchLinesOf(d.raw));
      const { value, basis } = batchOutletOf(d.raw);
      expect(found.get(d.index)?.outlet).toEqual({ value, basis });
    }
    // The slow lane found the last documents' lines, the calling thread the rest, its part's beyond: those are handed over.
    expect(found.get(batch.length - 1)?.lane).toBe(1);
    const part = new Set((parts[1] ?? []).map((d) => d.index));
    expect(batch.some((d) => part.has(d.index) && found.get(d.index)?.lane === 0)).toBe(true);
    // The slow lane holds its part, each text sent once.
    const withText = sent.flat().filter((d) => d.raw !== undefined).map((d) => d.index);
    expect(new Set(withText).size).toBe(withText.length);
    expect([...part].every((i) => withText.includes(i))).toBe(true);
    expect(found.get(4)?.outlet?.value).not.toBeNull();
  });

  it('fails when a lane fails', async () => {
    const batch = docs(2 * LINES_DOCUMENTS);
    const failing: Lane = { lines: () => Promise.reject(new Error('the thread died')), clean: () => Promise.resolve([]) };
    await expect(batchLines([localLane(), failing], true, batch, shareOut(batch, 2, [0.55, 1]))).rejects.toThrow('the thread died');
  });
});
