import { describe, expect, it, vi } from 'vitest';
import { WorkerReply, WorkerRequest, parseMessage } from '../../../main/electron/api-messages.ts';

describe('messages between the main process and the API process are parsed', () => {
  it('takes well-formed messages as they are', () => {
    const call = { type: 'call', id: 1, method: 'articles:list', request: { limit: 5 } };
    expect(parseMessage(WorkerRequest, call, 'test')).toEqual(call);
    const reply = { type: 'result', id: 1, result: { ok: false, error: { code: 'not-found', message: 'no article' } } };
    expect(parseMessage(WorkerReply, reply, 'test')).toEqual(reply);
  });

  it('drops a call of a method the contract lacks, a result without its shape, a progress without numbers', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(parseMessage(WorkerRequest, { type: 'call', id: 1, method: 'shell:exec', request: {} }, 'test')).toBeNull();
    expect(parseMessage(WorkerReply, { type: 'result', id: 1, result: { ok: false, error: 'boom' } }, 'test')).toBeNull();
    expect(parseMessage(WorkerReply, { type: 'progress', progress: { task: 'import', done: '1' } }, 'test')).toBeNull();
    expect(error).toHaveBeenCalledTimes(3);
    error.mockRestore();
  });
});
