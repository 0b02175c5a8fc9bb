import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInProcessWork } from '../../../main/work-thread/in-process.ts';
import { WorkCancelledError } from '../../../main/work-thread/work-thread.ts';

const seed = path.resolve('tests/fixtures/seeds', fs.readdirSync('tests/fixtures/seeds').filter((f) => f.endsWith('.txt'))[0] ?? '');

describe('the work thread\'s jobs in process (the CLI)', () => {
  it('reads a file and cleans it as the thread does', async () => {
    const work = createInProcessWork();
    const raw = await work.readDocument(seed);
    expect(raw.file).toBe(seed);
    const [prepared] = await work.prepareImport([{ file: seed, raw }], new Date('2025-04-10T00:00:00Z'));
    expect(prepared?.prepared?.record.body.length).toBeGreaterThan(200);
  });

  it('refuses every job of a kind once it is cancelled, and stops a read under way', async () => {
    const work = createInProcessWork();
    expect(work.cancel('assemble')).toBe(false);
    await expect(work.assemble([], { now: '2025-04-10' })).rejects.toBeInstanceOf(WorkCancelledError);
    const reading = work.readDocument(seed);
    expect(work.cancel('read')).toBe(true);
    await expect(reading).rejects.toThrow();
    await expect(work.readDocument(seed)).rejects.toBeInstanceOf(WorkCancelledError);
  });
});
