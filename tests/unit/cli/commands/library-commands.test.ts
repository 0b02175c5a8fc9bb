import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/commands/command.ts';
import { main } from '../../../../main/cli/main.ts';
import { markRanges } from '../../../../main/cli/commands/format-hit.ts';
import { LIST_PAGE, listLimit } from '../../../../main/cli/commands/list.ts';
import { seedTexts, tempDir } from '../../library/helpers.ts';

function capture(isTty = false, signal: AbortSignal = new AbortController().signal): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTty, signal };
}

function folderOfSeeds(): string {
  const dir = tempDir();
  seedTexts().forEach((t, i) => fs.writeFileSync(path.join(dir, `seed-${String(i)}.txt`), t));
  fs.writeFileSync(path.join(dir, 'seed-9-empty.txt'), '');
  return dir;
}

describe('mawjaz import / list / search / topic', () => {
  it('imports with a line per file and a summary, then lists and searches', async () => {
    const dir = folderOfSeeds();
    const ws = path.join(tempDir(), 'w.mawjaz');
    const io = capture();
    expect(await main(['import', dir, '--workspace', ws, '--date', '2025-04-10'], io)).toBe(1);
    expect(io.stdout.filter((l) => l.startsWith('imported '))).toHaveLength(5);
    expect(io.stdout).toContain(`failed ${path.join(dir, 'seed-9-empty.txt')}: the file is empty`);
    expect(io.stdout.at(-1)).toBe(`5 imported, 0 duplicate, 0 near-duplicate, 1 failed (6 files) into ${ws}`);
    expect(io.stderr).toEqual([]);

    const again = capture();
    expect(await main(['import', path.join(dir, 'seed-0.txt'), '--workspace', ws], again)).toBe(0);
    expect(again.stdout[0]).toMatch(/^duplicate .*seed-0\.txt \(of [0-9a-f]{16}\)$/u);

    const list = capture();
    expect(await main(['list', '--workspace', ws, '--json'], list)).toBe(0);
    const listed = JSON.parse(list.stdout.join('\n')) as { id: string; importedAt: string }[];
    expect(listed).toHaveLength(5);
    expect(listed[0]?.importedAt).toBe('2025-04-10T00:00:00.000Z');
    const page = capture();
    expect(await main(['list', '--workspace', ws, '--limit', '2'], page)).toBe(0);
    expect(page.stdout).toHaveLength(3);
    expect(page.stdout.at(-1)).toBe('5 articles (showing 2)');
    const all = capture();
    expect(await main(['list', '--workspace', ws, '--all'], all)).toBe(0);
    expect(all.stdout.slice(0, 2)).toEqual(page.stdout.slice(0, 2));
    expect(all.stdout.at(-1)).toBe('5 articles');
    const both = capture();
    expect(await main(['list', '--workspace', ws, '--all', '--limit', '2'], both)).toBe(2);
    expect(both.stderr.join('\n')).toContain('give --limit or --all, not both');

    const search = capture();
    expect(await main(['search', 'الحشد', 'الشعبي', '--workspace', ws, '--limit', '2'], search)).toBe(0);
    expect(search.stdout.filter((l) => /^\d+\. /u.test(l))).toHaveLength(2);
    expect(search.stdout.some((l) => l.includes('«الحشد الشعبي»'))).toBe(true);
    expect(search.stdout.at(-1)).toMatch(/^\d+ articles found \(showing 2\)$/u);
  });

  it('draws a progress bar on a terminal and marks matches in bold', async () => {
    const ws = path.join(tempDir(), 'w.mawjaz');
    const io = capture(true);
    await main(['import', folderOfSeeds(), '--workspace', ws], io);
    expect(io.stderr.some((l) => /reading \[[█░]+\] \d\/6/u.test(l))).toBe(true);
    expect(io.stderr.some((l) => l.startsWith('\u001b[1A\u001b[2K'))).toBe(true);
    const search = capture(true);
    await main(['search', 'دمشق', '--workspace', ws], search);
    expect(search.stdout.some((l) => l.includes('\u001b[1mدمشق\u001b[22m'))).toBe(true);
  });

  it('cancels on Ctrl-C and leaves the workspace as it was', async () => {
    const ws = path.join(tempDir(), 'w.mawjaz');
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user (Ctrl-C)'));
    const io = capture(false, controller.signal);
    expect(await main(['import', folderOfSeeds(), '--workspace', ws], io)).toBe(130);
    expect(io.stderr[0]).toMatch(/import cancelled: nothing of this batch was written/u);
    const list = capture();
    await main(['list', '--workspace', ws], list);
    expect(list.stdout).toEqual(['0 articles']);
  });

  it('manages topics by name', async () => {
    const ws = path.join(tempDir(), 'w.mawjaz');
    await main(['import', folderOfSeeds(), '--workspace', ws], capture());
    const run = async (...args: string[]) => {
      const io = capture();
      const code = await main(['topic', ...args, '--workspace', ws], io);
      return { code, out: io.stdout, err: io.stderr };
    };
    expect((await run('add', 'العلاقات مع سوريا', '--keywords', 'الشطري، البوكمال')).out).toEqual(['created topic العلاقات مع سوريا with keywords الشطري، البوكمال']);
    const suggest = await run('suggest', 'العلاقات مع سوريا', '--json');
    const ids = (JSON.parse(suggest.out.join('\n')) as { article: { id: string } }[]).map((h) => h.article.id);
    expect(ids.length).toBeGreaterThan(0);
    expect((await run('assign', 'العلاقات مع سوريا', ...ids)).out).toEqual([`assigned ${String(ids.length)} article${ids.length === 1 ? '' : 's'} to العلاقات مع سوريا`]);
    expect((await run('suggest', 'العلاقات مع سوريا', '--json')).out.join('')).toBe('[]');
    expect((await run('rename', 'العلاقات مع سوريا', 'سوريا')).out).toEqual(['renamed topic العلاقات مع سوريا to سوريا']);
    const listIo = capture();
    await main(['list', '--topic', 'سوريا', '--workspace', ws], listIo);
    expect(listIo.stdout.at(-1)).toBe(`${String(ids.length)} article${ids.length === 1 ? '' : 's'}`);
    expect((await run('list')).out).toEqual([`سوريا  (${String(ids.length)} article${ids.length === 1 ? '' : 's'})  keywords: الشطري، البوكمال`]);
    const missing = await run('delete', 'غير موجود');
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toBe('mawjaz topic: no topic named "غير موجود" (topics: سوريا)');
    expect((await run('delete', 'سوريا')).out[0]).toMatch(/^deleted topic سوريا; its \d+ articles? stay in the library$/u);
    expect((await run('list')).out).toEqual(['no topics yet; create one with `mawjaz topic add NAME`']);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('reports an unusable workspace path clearly', async () => {
    const blocker = path.join(tempDir(), 'file');
    fs.writeFileSync(blocker, 'x');
    const io = capture();
    expect(await main(['list', '--workspace', path.join(blocker, 'w.mawjaz')], io)).toBe(1);
    expect(io.stderr).toEqual([`mawjaz list: ${path.join(blocker, 'w.mawjaz')}: cannot create the workspace: a file stands where its folder should be`]);
  });
});

describe('markRanges', () => {
  it('marks adjacent matched words as one run and flattens whitespace', () => {
    expect(markRanges('قادة الحشد\nالشعبي اليوم', [{ start: 5, end: 10 }, { start: 11, end: 17 }], false)).toBe('قادة «الحشد الشعبي» اليوم');
  });
});

describe('the page `mawjaz list` prints', () => {
  it('is one screenful unless --limit or --all; --json lists every article, as scripts expect', () => {
    expect(listLimit({})).toEqual({ limit: LIST_PAGE });
    expect(listLimit({ limit: '7' })).toEqual({ limit: 7 });
    expect(listLimit({ all: true })).toEqual({});
    expect(listLimit({ json: true })).toEqual({});
    expect(listLimit({ json: true, limit: '3' })).toEqual({ limit: 3 });
    expect(() => listLimit({ all: true, limit: '3' })).toThrow('give --limit or --all, not both');
  });
});
