import { describe, expect, it } from 'vitest';
import { jobQueue } from '../../../main/work-thread/job-queue.ts';
import { WorkCancelledError } from '../../../main/work-thread/work-errors.ts';

/** A job that finishes when the test says so, noting when it starts. */
function gate(log: string[], name: string): { start: () => Promise<string>; open: () => void } {
  let open = (): void => undefined;
  const done = new Promise<string>((resolve) => {
    open = () => resolve(name);
  });
  return { start: () => (log.push(`start ${name}`), done), open };
}

describe('the job queue', () => {
  it('runs jobs one at a time, in the order asked', async () => {
    const queue = jobQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const first = queue.enqueue('assemble', a.start);
    const second = queue.enqueue('export', b.start);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    a.open();
    expect(await first).toBe('a');
    b.open();
    expect(await second).toBe('b');
    expect(log).toEqual(['start a', 'start b']);
  });

  it('rejects a waiting job of the kind cancelled at once, never starting it, and goes on with the rest', async () => {
    const queue = jobQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const c = gate(log, 'c');
    const first = queue.enqueue('assemble', a.start);
    const second = queue.enqueue('export', b.start);
    const third = queue.enqueue('read', c.start);
    expect(queue.cancelWaiting('export')).toBe(true);
    await expect(second).rejects.toThrow(new WorkCancelledError('export'));
    expect(queue.cancelWaiting('export')).toBe(false);
    a.open();
    c.open();
    expect([await first, await third]).toEqual(['a', 'c']);
    expect(log).toEqual(['start a', 'start c']);
  });

  it('goes on after a job fails', async () => {
    const queue = jobQueue();
    await expect(queue.enqueue('read', () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(await queue.enqueue('read', () => Promise.resolve('next'))).toBe('next');
  });

  it('once closed, rejects every waiting job and takes no new one', async () => {
    const queue = jobQueue();
    const log: string[] = [];
    const a = gate(log, 'a');
    // Closed in the same tick, before the first job had its turn: neither job starts.
    const first = queue.enqueue('assemble', a.start);
    const waiting = queue.enqueue('prepare', () => Promise.resolve('never'));
    queue.close();
    expect(queue.closed).toBe(true);
    await expect(first).rejects.toThrow(WorkCancelledError);
    await expect(waiting).rejects.toThrow(new WorkCancelledError('import'));
    expect(log).toEqual([]);
    await expect(queue.enqueue('export', () => Promise.resolve('late'))).rejects.toThrow(WorkCancelledError);
  });
});
