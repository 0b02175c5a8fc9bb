import { shell, utilityProcess, type UtilityProcess } from 'electron';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { findExport } from '../files/exports-folder.ts';
import type { ApiCaller } from '../api/api-caller.ts';
import { OpenFailedError } from './open-failed-error.ts';
import { parseMessage, WorkerReply, type WorkerRequest } from './api-messages.ts';

export interface ApiProcess extends ApiCaller {
  readonly workspace: string;
  close: () => void;
}

/**
 * Starts the API in a utility process (api-worker.js) and opens the workspace there. Calls are matched to their
 * answers by id; if the process dies, pending calls are answered with an error instead of hanging.
 */
export function startApiProcess(workerFile: string, workspace: string, exportsDir: string, password?: string | null): Promise<ApiProcess> {
  const child: UtilityProcess = utilityProcess.fork(workerFile, [], { serviceName: 'Mawjaz API', stdio: 'inherit' });
  const events = new EventEmitter();
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let next = 0;
  let alive = true;
  const send = (message: WorkerRequest): void => child.postMessage(message);
  const ask = (build: (id: number) => WorkerRequest): Promise<WorkerReply> =>
    new Promise((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      send(build(id));
    });

  child.on('message', (message: unknown) => {
    const reply = parseMessage(WorkerReply, message, 'the API process');
    if (reply === null) return;
    if (reply.type === 'progress') return void events.emit('progress', reply.progress);
    if (reply.type === 'open-path') {
      // Checked again here, where the shell is: only an existing export (a regular file of this workspace's exports
      // folder, links resolved) is handed to shell.openPath, which takes it as one path, never as a command line.
      void findExport(exportsDir, path.basename(reply.path))
        .then((file) => (file !== null && file === reply.path ? shell.openPath(file) : 'not an exported file'))
        .then((error) => send({ type: 'open-path-done', id: reply.id, opened: error === '' }));
      return;
    }
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  child.on('exit', () => {
    alive = false;
    for (const resolve of pending.values()) resolve({ type: 'open-failed', id: -1, message: 'the API process stopped' });
    pending.clear();
  });

  return ask((id) => ({ type: 'open', id, workspace, exportsDir, ...(password === undefined ? {} : { password }) })).then((reply) => {
    if (reply.type !== 'opened') {
      child.kill();
      if (reply.type === 'open-failed') throw new OpenFailedError(reply.message, reply.library);
      throw new Error('the API process did not open the workspace');
    }
    return {
      workspace: reply.workspace,
      async call(method, request) {
        if (!alive) return { ok: false, error: { code: 'internal', message: 'the API process stopped; restart Mawjaz' } };
        const answer = await ask((id) => ({ type: 'call', id, method, request }));
        return answer.type === 'result' ? answer.result : { ok: false, error: { code: 'internal', message: 'the API process stopped; restart Mawjaz' } };
      },
      onProgress(listener) {
        events.on('progress', listener);
        return () => events.off('progress', listener);
      },
      close() {
        if (alive) send({ type: 'close' });
      },
    };
  });
}
