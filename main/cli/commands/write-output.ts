import { writeFileAtomic } from '../../files/write-file-atomic.ts';

/**
 * Writes a command's own output (the JSON of `clean` and `brief`) atomically; a write that fails says so in one line
 * naming the file and the problem as the API says it of an export («…: cannot write this file here (read-only file
 * system)»), not as node's «EROFS: …, open '…'». The problem's names load only on a failure: they pull in zod, which
 * `--help` must not load (tests/unit/cli/lazy-loading.test.ts).
 */
export async function writeOutput(file: string, data: string): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    const { OUTPUT_PROBLEM_TEXT, storageProblemOf } = await import('../../library/storage-problem.ts');
    const problem = storageProblemOf(e);
    if (problem === null) throw e;
    throw new Error(`${file}: ${OUTPUT_PROBLEM_TEXT[problem]}`, { cause: e });
  }
}
