import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import { freshLibrary, useCluster } from '../../../helpers/pg-suite.ts';
import { seedTexts, tempDir } from '../../library/helpers.ts';
import { captureIo, runCli } from '../../../helpers/cli-io.ts';

// `mawjaz library copy` and `send`: a topic of a team library (a real, throwaway server) into a workspace file and
// new work back, the password from MAWJAZ_LIBRARY_PASSWORD and in no output.

afterEach(() => {
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
});

describe('mawjaz library', () => {
  const cluster = useCluster();

  it('copies a topic into a workspace file and sends a new article back, printing the report', async () => {
    const library = await freshLibrary(cluster, 'cli_exchange');
    const texts = seedTexts();
    const dir = tempDir();
    texts.slice(0, 3).forEach((t, i) => fs.writeFileSync(path.join(dir, `seed-${String(i)}.txt`), t));
    await runCli(['import', dir, '--workspace', library, '--date', '2025-04-10']);
    await runCli(['topic', 'add', 'الحشد', '--workspace', library]);
    const listed = JSON.parse((await runCli(['list', '--workspace', library, '--json'])).join('\n')) as { id: string }[];
    await runCli(['topic', 'assign', 'الحشد', listed[0]!.id, listed[1]!.id, '--workspace', library]);

    const file = path.join(tempDir(), 'laptop.mawjaz');
    const copied = await runCli(['library', 'copy', '--from', library, '--to', file, '--topic', 'الحشد']);
    expect(copied[0]).toMatch(/^copied from 127\.0\.0\.1:\d+\/cli_exchange into .*laptop\.mawjaz$/);
    expect(copied).toContain('  article: 2 new, 0 updated, 0 already there, 0 conflicts, 0 skipped');
    expect(copied).toContain('  topic memberships added: 2');

    const more = tempDir();
    fs.writeFileSync(path.join(more, 'new.txt'), texts[3]!);
    await runCli(['import', more, '--workspace', file, '--date', '2025-04-11']);
    const sent = JSON.parse((await runCli(['library', 'send', '--from', file, '--to', library, '--json'])).join('\n')) as { counts: { article: { new: number } } };
    expect(sent.counts.article.new).toBe(1);
    expect((JSON.parse((await runCli(['list', '--workspace', library, '--json'])).join('\n')) as unknown[]).length).toBe(4);
    expect(JSON.stringify([copied, sent])).not.toContain(cluster().password);
  });
});

describe('mawjaz library without a server', () => {
  it('refuses a copy whose --from is not a team library, or a send missing its --to, as a usage error', async () => {
    const io = captureIo();
    expect(await main(['library', 'copy', '--from', 'a.mawjaz', '--to', 'b.mawjaz'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--from must be a team library/);
    const io2 = captureIo();
    expect(await main(['library', 'send', '--from', 'a.mawjaz'], io2)).toBe(2);
    expect(io2.stderr.join('\n')).toMatch(/needs --from and --to/);
  });
});
