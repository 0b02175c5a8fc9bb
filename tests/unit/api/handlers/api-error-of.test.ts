import { describe, expect, it } from 'vitest';
import { apiErrorOf } from '../../../../main/api/handlers/api-error-of.ts';

/** A file-system error as node:fs throws it. */
function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${file}'`), { code, path: file });
}

describe('a storage failure as the API reports it', () => {
  const workspace = '/home/a/briefs.mawjaz';

  it('words a failure on an export as the file it is, not as a workspace', () => {
    expect(apiErrorOf(fsError('EACCES', '/srv/ro/brief.pdf'), workspace)).toEqual({
      code: 'unwritable', message: '/srv/ro/brief.pdf: cannot write this file here (permission denied)', file: '/srv/ro/brief.pdf', problem: 'permission-denied',
    });
    // A host without a workspace names the output it writes, as a file, even when the error carries no path.
    expect(apiErrorOf(Object.assign(new Error('EROFS'), { code: 'EROFS' }), '/mnt/cd/brief.docx', 'output').message)
      .toBe('/mnt/cd/brief.docx: cannot write this file here (read-only file system)');
  });

  it('keeps the workspace\'s wording for the workspace file and its side files', () => {
    expect(apiErrorOf(fsError('EACCES', workspace), workspace).message).toBe(`${workspace}: cannot create or write the workspace here (permission denied)`);
    // A side file is known by the workspace's path as its prefix. Its problems are ones the two tables word
    // differently, so these fail if the prefix is not read (a full disk is worded alike for both: no proof).
    expect(apiErrorOf(fsError('EACCES', `${workspace}-wal`), workspace).message).toBe(`${workspace}-wal: cannot create or write the workspace here (permission denied)`);
    expect(apiErrorOf(fsError('EROFS', `${workspace}-journal`), workspace).message).toBe(`${workspace}-journal: cannot write the workspace here (read-only file system)`);
    expect(apiErrorOf(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }), workspace).message).toBe(`${workspace}: the workspace is busy: another Mawjaz is writing to it`);
  });
});
