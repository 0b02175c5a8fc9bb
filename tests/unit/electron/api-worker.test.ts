import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../../main/electron/api-messages.ts';

// The worker runs for its effects on Electron's `process.parentPort`: a stand-in port is put there before it is
// imported, and the tests talk to it as the main process does (api-process.ts), with a real API on a temporary
// workspace behind it.

const listeners: ((e: { data: WorkerRequest }) => void)[] = [];
const replies: WorkerReply[] = [];
const port = {
  on: (_event: 'message', listener: (e: { data: WorkerRequest }) => void) => listeners.push(listener),
  postMessage: (message: WorkerReply) => replies.push(message),
};

/** Posts `message` to the worker and waits for its reply of `type` (with the same id when it has one). */
async function ask(message: WorkerRequest, type: WorkerReply['type']): Promise<WorkerReply> {
  const from = replies.length;
  for (const listener of listeners) listener({ data: message });
  const id = 'id' in message ? message.id : undefined;
  return vi.waitFor(() => {
    const reply = replies.slice(from).find((r) => r.type === type && (id === undefined || !('id' in r) || r.id === id));
    if (!reply) throw new Error(`no ${type} reply yet`);
    return reply;
  }, { timeout: 20_000 });
}

let dir: string;
let exit: ReturnType<typeof vi.spyOn>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-api-worker-'));
  (process as unknown as { parentPort: typeof port }).parentPort = port;
  exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  await import('../../../main/electron/api-worker.ts');
});
afterAll(() => {
  exit.mockRestore();
  delete (process as unknown as { parentPort?: unknown }).parentPort;
  rmSync(dir, { recursive: true, force: true });
});

describe('the API utility process', () => {
  it('answers a call before any workspace is open with an error, not silence', async () => {
    expect(await ask({ type: 'call', id: 1, method: 'workspace:info', request: {} }, 'result')).toEqual({
      type: 'result', id: 1, result: { ok: false, error: { code: 'internal', message: 'no workspace is open' } },
    });
  });

  it('says why a workspace cannot be opened', async () => {
    const notAWorkspace = path.join(dir, 'text.mawjaz');
    writeFileSync(notAWorkspace, 'this is not a database, only text long enough to look like a file');
    const reply = await ask({ type: 'open', id: 2, workspace: notAWorkspace, exportsDir: path.join(dir, 'exports') }, 'open-failed');
    expect(reply).toMatchObject({ type: 'open-failed', id: 2 });
    expect((reply as { message: string }).message).toContain('text.mawjaz');
  });

  it('opens a workspace and answers the API\'s calls through it', async () => {
    const workspace = path.join(dir, 'w.mawjaz');
    expect(await ask({ type: 'open', id: 3, workspace, exportsDir: path.join(dir, 'exports') }, 'opened')).toEqual({ type: 'opened', id: 3, workspace });
    expect(existsSync(workspace)).toBe(true);
    const info = await ask({ type: 'call', id: 4, method: 'workspace:info', request: {} }, 'result');
    expect(info).toMatchObject({ type: 'result', id: 4, result: { ok: true, value: { articles: 0 } } });
    // The request is parsed by the API's contract behind the worker: a malformed one is refused, not run.
    const bad = await ask({ type: 'call', id: 5, method: 'articles:get', request: { id: 42 } }, 'result');
    expect(bad).toMatchObject({ type: 'result', id: 5, result: { ok: false, error: { code: 'invalid-request' } } });
  });

  it('closes the workspace and exits when asked', async () => {
    for (const listener of listeners) listener({ data: { type: 'close' } });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });
});
