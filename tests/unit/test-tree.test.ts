import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The unit tree mirrors the source tree (the tests of main/x/y.ts are under tests/unit/x/) and DEVELOPERS.md's tree
// has a line per folder of main/, so a newcomer finds both; a folder moved in main/ fails here until its tests and
// its line follow.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UNIT = path.join(ROOT, 'tests/unit');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [path.relative(UNIT, p).split(path.sep).join('/')] : [];
  });
}

describe('the unit tree and DEVELOPERS.md follow main/', () => {
  it('puts every unit test in a folder that exists under main/', () => {
    const files = testFiles(UNIT);
    expect(files.length).toBeGreaterThan(50);
    const astray = files.filter((f) => !fs.existsSync(path.join(ROOT, 'main', path.posix.dirname(f))));
    expect(astray).toEqual([]);
  });

  it('is described by DEVELOPERS.md: every folder of main/ has its line, and each line names only subfolders that exist', () => {
    const text = fs.readFileSync(path.join(ROOT, 'DEVELOPERS.md'), 'utf8');
    const tree = text.slice(text.indexOf('\nmain/ '), text.indexOf('\nrenderer/ ')).split('\n').slice(2);
    // "  name/   what it holds", continued on lines indented further.
    const entries = new Map<string, string>();
    let current = '';
    for (const line of tree) {
      const entry = /^ {2}(\S+)\s+(.*)$/.exec(line);
      if (entry !== null) entries.set((current = (entry[1] ?? '').replace(/\/$/, '')), entry[2] ?? '');
      else entries.set(current, `${entries.get(current) ?? ''} ${line.trim()}`);
    }
    const onDisk = fs.readdirSync(path.join(ROOT, 'main'), { withFileTypes: true }).filter((e) => e.isDirectory() || e.name.endsWith('.ts')).map((e) => e.name);
    expect([...entries.keys()].sort()).toEqual(onDisk.sort());
    const missing = [...entries].flatMap(([folder, says]) =>
      [...says.matchAll(/(?:^|[\s,(;])([a-z][a-z0-9-]*)\/(?=[\s,);]|$)/g)].map((m) => `${folder}/${m[1] ?? ''}`).filter((sub) => !fs.existsSync(path.join(ROOT, 'main', sub))));
    expect(missing).toEqual([]);
  });
});
