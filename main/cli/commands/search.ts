import { UsageError, type CliIo, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { withApi, workspaceLocation } from './cli-api.ts';
import { formatHit } from './format-hit.ts';
import { printListing } from './print-listing.ts';

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
  return withApi(io, { workspace: workspaceLocation(values.workspace) }, async (api) => {
    const result = await api.call('articles:search', { query, limit });
    return printListing(io, values.json === true, result, () => ({
      lines: result.hits.flatMap((hit, i) => formatHit(hit, i + 1, io.isTty)),
      shown: result.hits.length,
      total: result.total,
      suffix: ' found',
    }));
  });
}

/** `mawjaz search`: Arabic-aware full-text search of the workspace. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the articles of the workspace (Arabic spelling variants and clitics folded)',
  usage: 'mawjaz search QUERY… [--workspace FILE] [--limit N] [--json]',
  calls: ['articles:search'],
  run,
};
