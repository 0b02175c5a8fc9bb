import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { isTeamLibraryLocation } from '../../../main/library/workspace-location.ts';
import { tempDir } from './helpers.ts';

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

describe('workspace locations', () => {
  it('tells a PostgreSQL connection URL from a file, whatever its case', () => {
    for (const url of ['postgres://db/desk', 'postgresql://u:p@db:5432/desk', ' POSTGRES://db/desk']) expect(isTeamLibraryLocation(url), url).toBe(true);
    for (const file of ['workspace.mawjaz', '/home/a/postgres/w.mawjaz', 'postgres.mawjaz', 'postgres:/x', 'C:\\desk\\w.mawjaz']) expect(isTeamLibraryLocation(file), file).toBe(false);
  });

  it('never opens a URL as a local file: no file is created and the password is not repeated', () => {
    const dir = tempDir();
    process.chdir(dir);
    expect(() => openWorkspace('postgresql://analyst:hunter2@db.example/desk')).toThrow(/^the workspace names a team library \(postgres:\/\/…\), but a workspace file is needed here/);
    expect(() => openWorkspace('postgresql://analyst:hunter2@db.example/desk')).not.toThrow(/hunter2/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
