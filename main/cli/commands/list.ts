import type { ArticleSummary } from '../../library/stored-article.ts';
import type { Topic } from '../../library/topics.ts';
import { withApi, workspaceLocation, type CliApi } from './cli-api.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { articleHeading } from './format-hit.ts';
import { printListing } from './print-listing.ts';
import { parseLimit } from './search.ts';

/** The topic a --topic flag names, or an error that says which names exist. */
export async function topicByName(api: CliApi, name: string): Promise<Topic> {
  // The Arabic text layer (and zod, which its event lexicon loads) comes in only when a topic is named: imported with
  // the command table, it cost `mawjaz --help` ≈ 20 ms of CPU it never used.
  const [{ topics }, { matchKey }] = await Promise.all([api.call('topics:list', {}), import('../../text/arabic/index.ts')]);
  // Compared as the library compares topic names (spelling variants folded), so `--topic` finds what it stores.
  const key = matchKey(name);
  const topic = topics.find((t) => matchKey(t.name) === key);
  if (topic === undefined) {
    const names = topics.map((t) => t.name);
    throw new Error(`no topic named "${name}"${names.length > 0 ? ` (topics: ${names.join(', ')})` : ' (there are no topics yet)'}`);
  }
  return topic;
}

function line(a: ArticleSummary): string {
  // Flags: ✎ some metadata corrected by the analyst; ≈ a near-duplicate of another article.
  const flags = `${a.corrected.length > 0 ? '✎' : ''}${a.nearDuplicateOf ? `≈${a.nearDuplicateOf.of}` : ''}`;
  return `${articleHeading(a)}${flags === '' ? '' : `  ${flags}`}`;
}

/** How many articles `list` prints when neither --limit nor --all says otherwise: a screenful, newest first. */
export const LIST_PAGE = 50;

/**
 * The --limit of a listing: --limit N, else every article with --all or --json (a script reads the whole list, as
 * it always has), else one page; the closing count says how many there are in all.
 */
export function listLimit(values: { limit?: string; all?: boolean; json?: boolean }): { limit?: number } {
  if (values.all === true && values.limit !== undefined) throw new UsageError('give --limit or --all, not both');
  if (values.limit !== undefined) return { limit: parseLimit(values.limit, 0) };
  return values.all === true || values.json === true ? {} : { limit: LIST_PAGE };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    workspace: { type: 'string' },
    topic: { type: 'string' },
    limit: { type: 'string' },
    all: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const limit = listLimit(values);
  return withApi(io, { workspace: workspaceLocation(values.workspace) }, async (api) => {
    const topic = values.topic === undefined ? {} : { topic: (await topicByName(api, values.topic)).id };
    const { items, total } = await api.call('articles:list', { ...topic, sort: 'published-desc', ...limit });
    return printListing(io, values.json === true, items, () => ({ lines: items.map(line), shown: items.length, total, suffix: '' }));
  });
}

/** `mawjaz list`: the articles of the workspace, newest first. */
export const listCommand: Command = {
  name: 'list',
  summary: `List the articles of the workspace, newest first, optionally of one topic (${String(LIST_PAGE)} unless --limit N or --all; --json lists all)`,
  usage: 'mawjaz list [--workspace FILE] [--topic NAME] [--limit N | --all] [--json]',
  calls: ['topics:list', 'articles:list'],
  run,
};
