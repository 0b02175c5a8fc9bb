import { describe, expect, it } from 'vitest';
import { lastLocalWorkspace, workspaceName } from '../../../main/electron/workspace-choice.ts';

describe('workspaceName', () => {
  it('names a file by its name and a team library by host:port/database, never its user', () => {
    expect(workspaceName('/home/ana/desk/workspace.mawjaz')).toBe('workspace.mawjaz');
    expect(workspaceName('postgres://ana@db.desk/stories')).toBe('db.desk:5432/stories');
    expect(workspaceName('postgresql://ana@10.0.0.4:6543/stories')).toBe('10.0.0.4:6543/stories');
  });
});

describe('lastLocalWorkspace', () => {
  it('goes back to the newest workspace file, past the team libraries, else to the default', () => {
    expect(lastLocalWorkspace(['postgres://ana@db/x', '/a/one.mawjaz', '/a/two.mawjaz'], '/d/workspace.mawjaz')).toBe('/a/one.mawjaz');
    expect(lastLocalWorkspace(['postgres://ana@db/x'], '/d/workspace.mawjaz')).toBe('/d/workspace.mawjaz');
    expect(lastLocalWorkspace([], '/d/workspace.mawjaz')).toBe('/d/workspace.mawjaz');
  });
});
