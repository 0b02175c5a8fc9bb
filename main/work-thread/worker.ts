// The work thread: reads and cleans imports, assembles briefs and renders documents away from the thread that answers the API, so the app
// keeps answering (searching, saving) during long work, and a cancel can stop it at once.
import { parentPort } from 'node:worker_threads';
import { assembleBrief } from '../briefing/assemble.ts';
import { errorText } from '../files/error-text.ts';
import { isIngestError } from '../ingest/readers/ingest-error.ts';
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
    } else if (job.kind === 'read') {
      // The readers (pdf.js, mammoth, linkedom) load on the first import, as the renderers do on the first export.
      const { readDocument } = await import('../ingest/read-document.ts');
      answer({ kind: 'started', id });
      answer({ kind: 'document', id, raw: await readDocument(job.file, { maxBytes: job.maxBytes }) });
    } else if (job.kind === 'prepare') {
      // A large batch is shared with a pool of threads of this thread's own, stopped with it on a cancel.
      const { prepareInPool } = await import('./clean-pool.ts');
      answer({ kind: 'started', id });
      answer({ kind: 'prepared', id, slots: await prepareInPool(job.slots, new Date(job.now)) });
    } else {
      // The renderers (pdfkit, docx, HarfBuzz) load on the first export, so the thread is ready sooner to assemble.
      const { exportBrief } = await import('../render/export/export-brief.ts');
      const bytes = await exportBrief(job.brief, job.format, { template: job.template });
      // Copied into a buffer of its own, which is handed over rather than cloned.
      const own = new Uint8Array(bytes);
      answer({ kind: 'exported', id, bytes: own }, [own.buffer]);
    }
  })().catch((e: unknown) => {
    const name = e instanceof Error ? e.name : undefined;
    const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    const refused = isIngestError(e) ? { file: e.file, problem: e.problem } : {};
    answer({ kind: 'failed', id, message: errorText(e), name, code, ...refused });
  });
});
