// The assembly thread: runs assembleBrief away from the thread that answers the API, so the app keeps answering
// (searching, saving) while a large brief is assembled, and a cancel can stop it at once.
import { parentPort } from 'node:worker_threads';
import { errorText } from '../files/error-text.ts';
import { assembleBrief } from './assemble.ts';
import { AssemblyJob, type AssemblyAnswer } from './assembly-messages.ts';

const port = parentPort;
if (port === null) throw new Error('assemble-worker runs as a worker thread only');

port.on('message', (message: unknown) => {
  const id = typeof message === 'object' && message !== null && 'id' in message && typeof message.id === 'number' ? message.id : -1;
  const answer = (a: AssemblyAnswer): void => port.postMessage(a);
  try {
    const job = AssemblyJob.parse(message);
    const brief = assembleBrief(job.articles, { ...job.options, onStage: (stage) => answer({ kind: 'stage', id, stage }) });
    answer({ kind: 'done', id, brief });
  } catch (e) {
    answer({ kind: 'failed', id, message: errorText(e) });
  }
});
