import { UsageError, type CliIo, type Command } from '../command.ts';
import { parseFlags } from '../flags.ts';
import { formatHit } from './format-hit.ts';
import { withStore } from './open-store.ts';

/** A positive whole number from a flag, or the default. */
export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit expects a positive whole number, got "${value}"`);
  return n;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { workspace: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } });
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('give the words to search for');
  const limit = parseLimit(values.limit, 10);
  return withStore(values.workspace, (store) => {
    const result = store.search(query, { limit });
    if (values.json === true) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    result.hits.forEach((hit, i) => {
      for (const line of formatHit(hit, i + 1, io.isTty)) io.out(line);
    });
    const shown = result.hits.length < result.total ? ` (showing ${String(result.hits.length)})` : '';
    io.out(`${String(result.total)} article${result.total === 1 ? '' : 's'} found${shown}`);
    return 0;
  });
}

/** `mawjaz search`: Arabic-aware full-text search of the workspace. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the articles of the workspace (Arabic spelling variants and clitics folded)',
  usage: 'mawjaz search QUERY… [--workspace FILE] [--limit N] [--json]',
  run,
};
