import { describe, expect, it } from 'vitest';
import { systemOpenCommand } from '../../../../main/cli/commands/open-with-system.ts';

describe('handing a file or URL to the system', () => {
  it('passes the target as one argument, never through a shell command line', () => {
    const target = 'C:\\Users\\a b\\exports\\x & calc.pdf';
    for (const platform of ['win32', 'darwin', 'linux', 'freebsd'] as const) {
      const { command, args } = systemOpenCommand(platform, target);
      expect(args).toEqual([target]);
      expect(command).not.toMatch(/^(cmd|cmd\.exe|sh|bash|powershell)$/i);
    }
    expect(systemOpenCommand('win32', target).command).toBe('explorer.exe');
  });
});
