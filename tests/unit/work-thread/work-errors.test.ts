import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../main/ingest/readers/ingest-error.ts';
import { TemplateError } from '../../../main/render/load-template.ts';
import { seconds, threadError, WorkTimedOutError } from '../../../main/work-thread/work-errors.ts';

const failed = (fields: Record<string, string>) => ({ kind: 'failed' as const, id: 1, message: 'it failed', ...fields });

describe('errors of the work thread', () => {
  it('rebuilds a bad template and a refused file as the errors they were in the thread', () => {
    expect(threadError(failed({ name: 'TemplateError' }))).toBeInstanceOf(TemplateError);
    const refused = threadError(failed({ name: 'IngestError', code: 'timed-out', file: 'a.pdf', problem: 'too slow' }));
    expect(refused).toBeInstanceOf(IngestError);
    expect(refused.message).toContain('a.pdf');
  });

  it('keeps the code of any other error, and rebuilds an IngestError with an unknown code as a plain one', () => {
    expect(threadError(failed({ code: 'ENOENT' }))).toMatchObject({ message: 'it failed', code: 'ENOENT' });
    expect(threadError(failed({ name: 'IngestError', code: 'no-such-code', file: 'a.txt' }))).not.toBeInstanceOf(IngestError);
  });

  it('says durations in seconds', () => {
    expect(seconds(60_000)).toBe('60');
    expect(seconds(300)).toBe('0.3');
    expect(new WorkTimedOutError('reading', 1500).message).toBe('the reading took longer than 1.5 s and was stopped');
  });
});
