// A thread of the import's cleaning pool (clean-pool.ts): takes in its part of the batch, tells what the batch needs
// to find repeated lines, then cleans and prepares its documents. The documents stay here between the two steps, so
// each outlet found in the first step is remembered for the second (ingest/clean-article.ts); they are dropped when
// the batch ends and the pool keeps the thread for the next one.
import { parentPort } from 'node:worker_threads';
import { errorText } from '../files/error-text.ts';
import { PoolJob, type PoolAnswer } from './clean-pool-messages.ts';
import { cleanHeld, heldOnes, holdDocuments, linesOfHeld, type HeldDocument } from './clean-pool-work.ts';

const port = parentPort;
if (port === null) throw new Error('a cleaning thread runs as a worker thread only');

const held = new Map<number, HeldDocument>();

port.on('message', (message: unknown) => {
  const answer = (a: PoolAnswer, transfer: ArrayBuffer[] = []): void => port.postMessage(a, transfer);
  try {
    const job = PoolJob.parse(message);
    if (job.kind === 'forget') held.clear();
    else if (job.kind === 'lines') {
      holdDocuments(held, job.docs);
      answer({ kind: 'lines', docs: linesOfHeld(heldOnes(held, job.docs.filter((d) => d.lines))) });
    } else {
      const docs = cleanHeld(held, new Date(job.now), job.mode, job.docs);
      // The MinHash arrays are handed over rather than copied.
      const transfer = docs.flatMap((d) => (d.slot?.prepared ? [d.slot.prepared.shingles.buffer, d.slot.prepared.signature.buffer] : []));
      answer({ kind: 'cleaned', docs }, transfer as ArrayBuffer[]);
    }
  } catch (e) {
    answer({ kind: 'failed', message: errorText(e) });
  }
});
