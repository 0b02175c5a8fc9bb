import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../main/ingest/expand-paths.ts';
import { makeTempDir } from './readers/temp-dir.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('expand');
  for (const folder of ['news', 'news/b-sub', 'news/a-sub', 'news/.git', 'news/.hidden-dir', 'news/a-sub/deep']) await mkdir(join(temp.dir, folder), { recursive: true });
  for (const file of [
    'news/z.txt', 'news/B.md', 'news/a.HTML', 'news/photo.png', 'news/notes.doc', 'news/.hidden.txt',
    'news/.git/config.txt', 'news/.hidden-dir/x.pdf', 'news/b-sub/report.pdf', 'news/b-sub/letter.docx',
    'news/a-sub/page.htm', 'news/a-sub/deep/n.markdown', 'news/a-sub/deep/data.json', 'single.txt', 'sheet.xlsx',
  ]) {
    await temp.write(file, 'x');
  }
  // A link back up the tree must not loop.
  await symlink(join(temp.dir, 'news'), join(temp.dir, 'news/a-sub/loop'));
});
afterAll(async () => {
  await temp.cleanup();
});

describe('expandPaths', () => {
  it('walks folders recursively in a fixed order, keeping supported, visible files only', async () => {
    const news = join(temp.dir, 'news');
    const { files, errors } = await expandPaths([news]);
    expect(errors).toEqual([]);
    expect(files).toEqual([
      join(news, 'B.md'),
      join(news, 'a-sub/deep/n.markdown'),
      join(news, 'a-sub/page.htm'),
      join(news, 'a.HTML'),
      join(news, 'b-sub/letter.docx'),
      join(news, 'b-sub/report.pdf'),
      join(news, 'z.txt'),
    ]);
    expect((await expandPaths([news])).files).toEqual(files);
  });

  it('keeps named files, lists each file once, and reports missing and unsupported paths', async () => {
    const single = join(temp.dir, 'single.txt');
    const missing = join(temp.dir, 'nope');
    const sheet = join(temp.dir, 'sheet.xlsx');
    const { files, errors } = await expandPaths([single, missing, join(temp.dir, 'news/b-sub'), sheet, single, join(temp.dir, 'news/b-sub/report.pdf')]);
    expect(files).toEqual([single, join(temp.dir, 'news/b-sub/letter.docx'), join(temp.dir, 'news/b-sub/report.pdf')]);
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      [missing, 'not-found'],
      [sheet, 'unsupported'],
    ]);
  });

  it('returns nothing for an empty list', async () => {
    expect(await expandPaths([])).toEqual({ files: [], errors: [] });
  });
});
