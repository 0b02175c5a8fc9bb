import { describe, expect, it } from 'vitest';
import { closestName } from '../../../../main/cli/commands/closest-name.ts';

const COMMANDS = ['clean', 'import', 'list', 'search', 'topic', 'brief', 'render', 'web', 'backup', 'restore'];

describe('closestName', () => {
  it('finds the command a typo meant: a letter dropped, doubled, swapped or wrong, in any case', async () => {
    expect(await closestName('imprt', COMMANDS)).toBe('import');
    expect(await closestName('serach', COMMANDS)).toBe('search');
    expect(await closestName('brieff', COMMANDS)).toBe('brief');
    expect(await closestName('Topics', COMMANDS)).toBe('topic');
    expect(await closestName('--jsn', ['--json', '--date'])).toBe('--json');
  });

  it('suggests nothing for a word far from every name, or shorter than its distance', async () => {
    expect(await closestName('export', COMMANDS)).toBeNull();
    expect(await closestName('ab', COMMANDS)).toBeNull();
    expect(await closestName('x', ['--json'])).toBeNull();
    expect(await closestName('anything', [])).toBeNull();
  });
});
