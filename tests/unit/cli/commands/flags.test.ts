import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../main/cli/commands/command.ts';
import { FlagError, flagError, parseFlags } from '../../../../main/cli/commands/flags.ts';

const OPTIONS = { json: { type: 'string' }, force: { type: 'boolean', short: 'f' } } as const;

function refusal(args: string[]): unknown {
  try {
    parseFlags(args, OPTIONS);
  } catch (e) {
    return e;
  }
  return null;
}

describe('parseFlags', () => {
  it('names the flag it refuses and why, never with parseArgs’s own wording', () => {
    for (const [args, flag, problem] of [
      [['a', '--jsn', 'x'], '--jsn', 'unknown'],
      [['a', '-q'], '-q', 'unknown'],
      [['a', '--json'], '--json', 'needs-value'],
      [['--json', '--force', 'a'], '--json', 'needs-value'],
      [['--force=yes', 'a'], '--force', 'takes-no-value'],
    ] as const) {
      const e = refusal([...args]);
      expect(e, args.join(' ')).toBeInstanceOf(FlagError);
      expect(e).toMatchObject({ flag, problem, known: ['--json', '--force'] });
      expect((e as Error).message).not.toMatch(/positional|argument missing|Unknown option/);
    }
  });

  it('takes what parseArgs takes: values, a short flag, and anything after -- as a file', () => {
    expect(parseFlags(['a', '--json', 'out.json', '-f', '--', '--jsn'], OPTIONS)).toMatchObject({ values: { json: 'out.json', force: true }, positionals: ['a', '--jsn'] });
    expect(flagError(['a', '--json=out.json', '--', '--nope'], OPTIONS)).toBeNull();
    expect(parseFlags(['a', '--json', '-'], OPTIONS)).toMatchObject({ values: { json: '-' } });
    expect(flagError(['a', '--json', '-'], OPTIONS)).toBeNull();
  });

  it('is a usage error (exit 2), with the problem said in its message', () => {
    const e = refusal(['--force=1']);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe('--force takes no value');
  });
});
