// The work thread: assembles briefs and renders documents away from the thread that answers the API, so the app
// keeps answering (searching, saving) during long work, and a cancel can stop it at once.
import { parentPort } from 'node:worker_threads';
import { assembleBrief } from '../briefing/assemble.ts';
import { errorText } from '../files/error-text.ts';
import { WorkJob, type WorkAnswer } from './messages.ts';

const port = parentPort;
if (port === null) throw new Error('the work thread runs as a worker thread only');

port.postMessage({ kind: 'ready', id: 0 } satisfies WorkAnswer);

port.on('message', (message: unknown) => {
  const id = typeof message === 'object' && message !== null && 'id' in message && typeof message.id === 'number' ? message.id : -1;
  const answer = (a: WorkAnswer, transfer: ArrayBuffer[] = []): void => port.postMessage(a, transfer);
  void (async () => {
    const job = WorkJob.parse(message);
    if (job.kind === 'assemble') {
      const brief = assembleBrief(job.articles, { ...job.options, onStage: (stage) => answer({ kind: 'stage', id, stage }) });
      answer({ kind: 'assembled', id, brief });
    } else {
      // The renderers (pdfkit, docx, HarfBuzz) load on the first export, so the thread is ready sooner to assemble.
      const { exportBrief } = await import('../render/export-brief.ts');
      const bytes = await exportBrief(job.brief, job.format, { template: job.template });
      // Copied into a buffer of its own, which is handed over rather than cloned.
      const own = new Uint8Array(bytes);
      answer({ kind: 'exported', id, bytes: own }, [own.buffer]);
    }
  })().catch((e: unknown) => {
    const name = e instanceof Error ? e.name : undefined;
    const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    answer({ kind: 'failed', id, message: errorText(e), name, code });
  });
});
