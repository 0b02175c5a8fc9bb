import type { ArticleSummary } from '../../library/stored-article.ts';
import type { Store } from '../../library/store.ts';
import type { CliIo, Command } from '../command.ts';
import { parseFlags } from '../flags.ts';
import { articleHeading } from './format-hit.ts';
import { withStore } from './open-store.ts';
import { printListing } from './print-listing.ts';
import { parseLimit } from './search.ts';

/** The topic a --topic flag names, or an error that says which names exist. */
export function topicByName(store: Store, name: string): number {
  const topic = store.findTopic(name);
  if (topic === null) {
    const names = store.listTopics().map((t) => t.name);
    throw new Error(`no topic named "${name}"${names.length > 0 ? ` (topics: ${names.join(', ')})` : ' (there are no topics yet)'}`);
  }
  return topic.id;
}

function line(a: ArticleSummary): string {
  // Flags: ✎ some metadata corrected by the analyst; ≈ a near-duplicate of another article.
  const flags = `${a.corrected.length > 0 ? '✎' : ''}${a.nearDuplicateOf ? `≈${a.nearDuplicateOf.of}` : ''}`;
  return `${articleHeading(a)}${flags === '' ? '' : `  ${flags}`}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    workspace: { type: 'string' },
    topic: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  return withStore(values.workspace, (store) => {
    const topic = values.topic === undefined ? undefined : topicByName(store, values.topic);
    const query = { topic, sort: 'published-desc' as const, ...(values.limit === undefined ? {} : { limit: parseLimit(values.limit, 0) }) };
    const articles = store.listArticles(query);
    return printListing(io, values.json === true, articles, () => ({
      lines: articles.map(line),
      shown: articles.length,
      total: store.countArticles({ topic }),
      suffix: '',
    }));
  });
}

/** `mawjaz list`: the articles of the workspace, newest first. */
export const listCommand: Command = {
  name: 'list',
  summary: 'List the articles of the workspace, newest first, optionally of one topic',
  usage: 'mawjaz list [--workspace FILE] [--topic NAME] [--limit N] [--json]',
  run,
};
