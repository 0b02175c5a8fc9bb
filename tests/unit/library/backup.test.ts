import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.ts';
import type { CliIo } from '../../../main/cli/commands/command.ts';
import { LATEST_SCHEMA, backupWorkspace, restoreWorkspace } from '../../../main/library/backup.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';

let dir: string;
let workspace: string;

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), isTty: false, signal: new AbortController().signal };
}

async function topicsIn(file: string): Promise<string[]> {
  const store = openWorkspace(file);
  try {
    return (await store.listTopics()).map((t) => t.name);
  } finally {
    await store.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-backup-'));
  workspace = path.join(dir, 'w.mawjaz');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backup', () => {
  it('copies what the running app has written, still in its write-ahead log, into one self-contained file', async () => {
    const app = openWorkspace(workspace);
    try {
      await app.createTopic('الحدود');
      expect(existsSync(`${workspace}-wal`)).toBe(true);
      const cli = io();
      expect(await main(['backup', '--workspace', workspace, path.join(dir, 'copy.mawjaz')], cli)).toBe(0);
      expect(cli.lines[0]).toMatch(/^wrote .*copy\.mawjaz \(\d+ KB\)$/);
      // The app goes on writing meanwhile.
      await app.createTopic('بعد النسخ');
    } finally {
      await app.close();
    }
    // The backup alone, moved elsewhere without any -wal file, holds the topic.
    const moved = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-backup-moved-'));
    try {
      copyFileSync(path.join(dir, 'copy.mawjaz'), path.join(moved, 'copy.mawjaz'));
      expect(await topicsIn(path.join(moved, 'copy.mawjaz'))).toEqual(['الحدود']);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces a file unasked, and refuses what is not a workspace', async () => {
    await openWorkspace(workspace).close();
    const out = path.join(dir, 'taken.mawjaz');
    writeFileSync(out, 'precious');
    const cli = io();
    expect(await main(['backup', '--workspace', workspace, out], cli)).toBe(1);
    expect(cli.errors[0]).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(await main(['backup', '--workspace', workspace, out, '--force'], io())).toBe(0);
    expect(await topicsIn(out)).toEqual([]);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a database at all, just some text '.repeat(200));
    await expect(backupWorkspace(path.join(dir, 'notes.txt'), path.join(dir, 'b.mawjaz'))).rejects.toThrow(/notes\.txt: damaged or not a Mawjaz workspace/);
    await expect(backupWorkspace(path.join(dir, 'missing.mawjaz'), path.join(dir, 'b.mawjaz'))).rejects.toThrow(/missing\.mawjaz: no such file/);
    expect(existsSync(path.join(dir, 'b.mawjaz'))).toBe(false);
  });

  it('never replaces the workspace it copies, however it is named, even with --force', async () => {
    await openWorkspace(workspace).close();
    const before = readFileSync(workspace);
    symlinkSync(workspace, path.join(dir, 'link.mawjaz'));
    for (const out of [workspace, path.join(dir, 'link.mawjaz')]) {
      await expect(backupWorkspace(workspace, out, { overwrite: true })).rejects.toThrow('a backup cannot replace the workspace it copies');
    }
    expect(readFileSync(workspace).equals(before)).toBe(true);
    expect(await main(['backup', '--workspace', workspace, path.join(dir, 'copy.mawjaz')], io())).toBe(0);
  });
});

describe('restore', () => {
  async function backedUp(): Promise<string> {
    const store = openWorkspace(workspace);
    await store.createTopic('قبل');
    await store.close();
    const backup = path.join(dir, 'backup.mawjaz');
    await backupWorkspace(workspace, backup);
    const later = openWorkspace(workspace);
    await later.createTopic('بعد');
    await later.close();
    return backup;
  }

  it('brings the workspace back as it was backed up, keeping the workspace as it stood beside it', async () => {
    const backup = await backedUp();
    const cli = io();
    expect(await main(['restore', '--workspace', workspace, backup], cli)).toBe(0);
    expect(await topicsIn(workspace)).toEqual(['قبل']);
    const kept = readdirSync(dir).find((f) => f.startsWith('w-before-restore-'));
    expect(kept).toBeDefined();
    expect((await topicsIn(path.join(dir, kept ?? ''))).sort()).toEqual(['بعد', 'قبل'].sort());
    expect(cli.errors.join('\n')).toContain(kept);
  });

  it('restores into a workspace the app holds open, which then reads the restored content', async () => {
    const backup = await backedUp();
    const app = openWorkspace(workspace);
    try {
      expect(await app.listTopics()).toHaveLength(2);
      await restoreWorkspace(backup, workspace, null);
      expect((await app.listTopics()).map((t) => t.name)).toEqual(['قبل']);
    } finally {
      await app.close();
    }
  });

  it('refuses a damaged backup and leaves the workspace untouched', async () => {
    const backup = await backedUp();
    const before = readFileSync(workspace);
    // Garbage over a few pages in the middle of the file: the header still says SQLite.
    const fd = openSync(backup, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, 4 * 4096);
    closeSync(fd);
    const cli = io();
    expect(await main(['restore', '--workspace', workspace, backup], cli)).toBe(1);
    expect(cli.errors[0]).toMatch(/backup\.mawjaz: (damaged|.*not a Mawjaz workspace)/);
    expect(readFileSync(workspace).equals(before)).toBe(true);
    expect(readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false);
  });

  it('refuses a backup from a newer Mawjaz, and a file that is no workspace', async () => {
    const backup = await backedUp();
    const db = new Database(backup);
    db.pragma(`user_version = ${LATEST_SCHEMA + 1}`);
    db.close();
    await expect(restoreWorkspace(backup, workspace, null)).rejects.toThrow(/written by a newer Mawjaz/);
    expect((await topicsIn(workspace)).sort()).toEqual(['بعد', 'قبل'].sort());
    const empty = path.join(dir, 'empty.sqlite');
    new Database(empty).close();
    await expect(restoreWorkspace(empty, workspace, null)).rejects.toThrow(/not a Mawjaz workspace/);
    writeFileSync(path.join(dir, 'text.mawjaz'), 'hello');
    await expect(restoreWorkspace(path.join(dir, 'text.mawjaz'), workspace, null)).rejects.toThrow(/text\.mawjaz/);
    expect((await topicsIn(workspace)).sort()).toEqual(['بعد', 'قبل'].sort());
  });
});
