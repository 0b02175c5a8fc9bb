import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations, type Migration } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { makeRecord, seedTexts, tempDir } from './helpers.ts';

describe('migrations', () => {
  it('upgrades an existing older workspace in place, keeping its articles', async () => {
    const file = path.join(tempDir(), 'old.mawjaz');
    const v1 = openWorkspace(file, { migrations: migrations.slice(0, 1) });
    expect(v1.schemaVersion).toBe(1);
    const record = makeRecord(seedTexts()[0] ?? '');
    await v1.addArticle(record);
    await v1.close();
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'briefs'").pluck().get()).toBe(0);
    db.close();

    const current = openWorkspace(file);
    expect(current.schemaVersion).toBe(migrations.at(-1)?.version);
    expect((await current.getArticle(record.id))?.body).toBe(record.body);
    expect((await current.saveBrief({ id: 'b1', title: 'موجز', json: { points: [] } })).id).toBe('b1');
    await current.close();
  });

  it('is idempotent: reopening a current workspace runs nothing', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    await openWorkspace(file).close();
    let ran = 0;
    const counting: Migration[] = migrations.map((m) => ({ ...m, up: (db) => (ran++, m.up(db)) }));
    await openWorkspace(file, { migrations: counting }).close();
    expect(ran).toBe(0);
  });

  it('rolls back a failing migration whole and leaves the version where it was', () => {
    const db = new Database(':memory:');
    const failing: Migration[] = [
      { version: 1, description: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        description: 'fails halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['a']);
    db.close();
  });

  it('applies each step once when two processes open an old workspace at once', async () => {
    const file = path.join(tempDir(), 'old.mawjaz');
    await openWorkspace(file, { migrations: migrations.slice(0, 8) }).close();
    const first = new Database(file);
    const second = new Database(file);
    try {
      // The second opening migrates after the first has read the version and before it applies a step: migrate reads
      // its list (spreads it) right after that read.
      class MigratedMeanwhile extends Array<Migration> {
        override *[Symbol.iterator](): ArrayIterator<Migration> {
          migrate(second);
          yield* migrations;
        }
      }
      const list = MigratedMeanwhile.from(migrations) as Migration[];
      expect(migrate(first, list)).toBe(migrations.at(-1)?.version);
      expect(second.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    } finally {
      first.close();
      second.close();
    }
  });

  it('numbers migrations 1, 2, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
