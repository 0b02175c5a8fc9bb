import { describe, expect, it } from 'vitest';
import { NO_REASON, skipLines } from './skip-lines.ts';

describe('the lines that list skipped tests', () => {
  it('say nothing when nothing was skipped', () => {
    expect(skipLines([])).toEqual([]);
  });

  it('give each file and reason one entry, naming a lone test and counting several', () => {
    const lines = skipLines([
      { file: 'tests/e2e/a.spec.ts', name: 'one › two', reason: 'needs root' },
      { file: 'tests/unit/b.test.ts', name: 'x', reason: 'no soffice' },
      { file: 'tests/unit/b.test.ts', name: 'y', reason: 'no soffice' },
    ]);
    expect(lines).toEqual([
      'Skipped (3 tests), and why:',
      '  ↓ tests/e2e/a.spec.ts › one › two',
      '      reason: needs root',
      '  ↓ tests/unit/b.test.ts › 2 tests',
      '      reason: no soffice',
    ]);
  });

  it('call out a skip without a reason', () => {
    for (const reason of [undefined, '', '  ']) {
      expect(skipLines([{ file: 'f.test.ts', name: 'n', reason }])).toEqual(['Skipped (1 test), and why:', '  ↓ f.test.ts › n', `      reason: ${NO_REASON}`]);
    }
  });
});
