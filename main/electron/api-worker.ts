// The API in an Electron utility process: importing, cleaning, assembling and exporting run here, so the main
// process (menus, dialogs, window) never waits on them. The main process talks to it through api-process.ts.
import { createApi, type AppApi } from '../api/handlers/create-api.ts';
import { libraryFailureOf } from '../api/library-failure.ts';
import { parseMessage, WorkerRequest, type WorkerReply } from './api-messages.ts';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: WorkerReply): void;
}

const port = (process as unknown as { parentPort: ParentPort }).parentPort;
let api: AppApi | null = null;
let openCalls = 0;
const pendingOpens = new Map<number, (opened: boolean) => void>();

port.on('message', ({ data }) => {
  const message = parseMessage(WorkerRequest, data, 'the main process');
  if (message !== null) void handle(message);
});

async function handle(message: WorkerRequest): Promise<void> {
  switch (message.type) {
    case 'open': {
      try {
        // Each workspace gets a fresh utility process, so there is never an earlier API to close here.
        api = await createApi({
          workspace: message.workspace,
          exportsDir: message.exportsDir,
          ...(message.password === undefined ? {} : { password: message.password }),
          // Opening a file with the system viewer needs Electron's shell, which lives in the main process.
          openPath: (path) =>
            new Promise<boolean>((resolve) => {
              const id = ++openCalls;
              pendingOpens.set(id, resolve);
              port.postMessage({ type: 'open-path', id, path });
            }),
        });
        api.onProgress((progress) => port.postMessage({ type: 'progress', progress }));
        port.postMessage({ type: 'opened', id: message.id, workspace: api.workspace });
      } catch (e) {
        const library = libraryFailureOf(e);
        port.postMessage({ type: 'open-failed', id: message.id, message: e instanceof Error ? e.message : String(e), ...(library === null ? {} : { library }) });
      }
      return;
    }
    case 'call': {
      const result = api
        ? await api.call(message.method, message.request)
        : { ok: false as const, error: { code: 'internal' as const, message: 'no workspace is open' } };
      port.postMessage({ type: 'result', id: message.id, result });
      return;
    }
    case 'open-path-done': {
      pendingOpens.get(message.id)?.(message.opened);
      pendingOpens.delete(message.id);
      return;
    }
    case 'close': {
      const closing = api;
      api = null;
      // The workspace closes once a transaction under way (an import's batch) has ended, then the process goes.
      try {
        await closing?.close();
      } finally {
        process.exit(0);
      }
    }
  }
}
