import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshLibrary, useCluster } from '../../../helpers/pg-suite.ts';
import { seedTexts, tempDir } from '../../library/helpers.ts';
import { runCli } from '../../../helpers/cli-io.ts';

// The command line on a team library (a real, throwaway PostgreSQL server): `--workspace postgres://…` with the
// password in MAWJAZ_LIBRARY_PASSWORD imports, lists, searches and keeps topics as a workspace file does, and the
// same commands on a workspace file and on the library answer alike.

afterEach(() => {
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
});

describe('mawjaz on a team library', () => {
  const cluster = useCluster();

  it('imports, lists, searches and keeps topics as a workspace file does', async () => {
    const library = await freshLibrary(cluster, 'cli');
    const dir = tempDir();
    seedTexts().forEach((t, i) => fs.writeFileSync(path.join(dir, `seed-${String(i)}.txt`), t));
    const file = path.join(tempDir(), 'w.mawjaz');

    const answers = async (workspace: string): Promise<unknown[]> => {
      const imported = await runCli(['import', dir, '--workspace', workspace, '--date', '2025-04-10']);
      await runCli(['topic', 'add', 'الحشد', '--workspace', workspace]);
      const listed = JSON.parse((await runCli(['list', '--workspace', workspace, '--json'])).join('\n')) as { id: string }[];
      await runCli(['topic', 'assign', 'الحشد', listed[0]!.id, '--workspace', workspace]);
      const found = JSON.parse((await runCli(['search', 'الحشد', 'الشعبي', '--workspace', workspace, '--json'])).join('\n')) as { hits: { id: string }[] };
      return [
        imported.filter((l) => l.startsWith('imported ')).length,
        listed.map((a) => a.id),
        found.hits.map((h) => h.id).sort(),
        await runCli(['topic', 'list', '--workspace', workspace]),
      ];
    };
    const local = await answers(file);
    const team = await answers(library);
    expect(local[0]).toBe(5);
    expect(team).toEqual(local);
    // The password is in no output.
    expect(JSON.stringify(team)).not.toContain(cluster().password);
  });
});
