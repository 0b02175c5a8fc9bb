import { describe, expect, it } from 'vitest';
import { answerListener } from '../../../main/work-thread/answer-listener.ts';

function listen(id: number): { heard: string[]; listener: (message: unknown) => void } {
  const heard: string[] = [];
  const listener = answerListener(id, {
    malformed: (e) => heard.push(`malformed: ${e.message.split(':')[0] ?? ''}`),
    stage: (stage) => heard.push(`stage ${stage}`),
    started: () => heard.push('started'),
    settled: (answer) => heard.push(`settled ${answer.kind}`),
  });
  return { heard, listener };
}

describe('the answer listener', () => {
  it('hands on its own job\'s stages, start and outcome', () => {
    const { heard, listener } = listen(3);
    listener({ kind: 'stage', id: 3, stage: 'summary' });
    listener({ kind: 'started', id: 3 });
    listener({ kind: 'failed', id: 3, message: 'no such template' });
    expect(heard).toEqual(['stage summary', 'started', 'settled failed']);
  });

  it('ignores the thread\'s ready signal and the answers of other jobs', () => {
    const { heard, listener } = listen(3);
    listener({ kind: 'ready', id: 0 });
    listener({ kind: 'started', id: 2 });
    listener({ kind: 'failed', id: 4, message: 'x' });
    expect(heard).toEqual([]);
  });

  it('reports what is not a work answer as malformed, even with the job\'s id', () => {
    const { heard, listener } = listen(3);
    listener({ kind: 'exported', id: 3, bytes: 'not bytes' });
    listener('hello');
    expect(heard).toEqual(['malformed: the work thread sent a malformed answer', 'malformed: the work thread sent a malformed answer']);
  });
});
