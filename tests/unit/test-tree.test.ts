import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The unit tree mirrors the source tree: the tests of main/x/y.ts are found under tests/unit/x/, so a newcomer
// finds them, and a folder moved in main/ shows up here until its tests follow.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UNIT = path.join(ROOT, 'tests/unit');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [path.relative(UNIT, p).split(path.sep).join('/')] : [];
  });
}

/**
 * Test files whose folder has no counterpart in main/ when this test was written. They are being moved beside the
 * code they test on another branch (the Electron-mocked tests); the lead empties this list at that merge.
 */
const NOT_YET_MIRRORED = ['security/csp.test.ts', 'security/electronegativity.test.ts'];

describe('the unit tree mirrors main/', () => {
  it('puts every unit test in a folder that exists under main/', () => {
    const files = testFiles(UNIT);
    expect(files.length).toBeGreaterThan(50);
    const astray = files.filter((f) => !fs.existsSync(path.join(ROOT, 'main', path.posix.dirname(f))));
    expect(astray.filter((f) => !NOT_YET_MIRRORED.includes(f))).toEqual([]);
    // An exception that has been moved is struck off the list.
    expect(NOT_YET_MIRRORED.filter((f) => !astray.includes(f))).toEqual([]);
  });
});
