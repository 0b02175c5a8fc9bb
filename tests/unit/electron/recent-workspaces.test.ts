import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recentWorkspaces, rememberWorkspace } from '../../../main/electron/recent-workspaces.ts';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-recent-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('the recent workspaces', () => {
  it('are empty at first, then newest first without repeats, ten at most', () => {
    expect(recentWorkspaces(userData)).toEqual([]);
    for (let i = 0; i < 12; i++) rememberWorkspace(userData, `/w/${String(i)}.mawjaz`);
    rememberWorkspace(userData, '/w/5.mawjaz');
    const list = recentWorkspaces(userData);
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3)).toEqual(['/w/5.mawjaz', '/w/11.mawjaz', '/w/10.mawjaz']);
    expect(new Set(list).size).toBe(10);
    expect(readdirSync(userData)).toEqual(['recent-workspaces.json']);
  });

  it('read a damaged or foreign list as an empty one, and write over it', () => {
    for (const text of ['{not json', '{"a": 1}', '[1, 2]', JSON.stringify(Array.from({ length: 11 }, (_, i) => `/w/${String(i)}`))]) {
      writeFileSync(path.join(userData, 'recent-workspaces.json'), text);
      expect(recentWorkspaces(userData), text).toEqual([]);
    }
    rememberWorkspace(userData, '/w/a.mawjaz');
    expect(JSON.parse(readFileSync(path.join(userData, 'recent-workspaces.json'), 'utf8'))).toEqual(['/w/a.mawjaz']);
  });
});
