import type { Topic } from '../../library/topics.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { withApi, workspaceLocation, type CliApi } from './cli-api.ts';
import { formatHit } from './format-hit.ts';
import { topicByName } from './list.ts';
import { parseLimit } from './search.ts';

const USAGE = [
  'mawjaz topic add NAME [--keywords K1,K2]',
  'mawjaz topic keywords NAME K1,K2',
  'mawjaz topic rename OLD NEW',
  'mawjaz topic delete NAME',
  'mawjaz topic assign NAME ID…',
  'mawjaz topic unassign NAME ID…',
  'mawjaz topic list [--json]',
  'mawjaz topic suggest NAME [--limit N] [--json]',
  '(each with [--workspace FILE])',
].join('\n       ');

/** Keywords as typed: separated by Latin or Arabic commas. */
function splitKeywords(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,،]/u)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

function describeTopic(t: Topic): string {
  const keywords = t.keywords.length > 0 ? `  keywords: ${t.keywords.join('، ')}` : '';
  return `${t.name}  (${String(t.articles)} article${t.articles === 1 ? '' : 's'})${keywords}`;
}

function exactly(positionals: string[], count: number, what: string): void {
  if (positionals.length !== count) throw new UsageError(`expected ${what}; quote names with spaces`);
}

interface Parsed {
  action: string;
  rest: string[];
  keywords?: string;
  limit?: string;
  json: boolean;
}

/** The number of articles a topic gained or lost: what `assign` and `unassign` report. */
function plural(n: number): string {
  return `${String(n)} article${n === 1 ? '' : 's'}`;
}

async function act(api: CliApi, p: Parsed, io: CliIo): Promise<number> {
  const { action, rest } = p;
  switch (action) {
    case 'add': {
      exactly(rest, 1, 'one topic NAME');
      const t = await api.call('topics:create', { name: rest[0] ?? '', keywords: splitKeywords(p.keywords) });
      io.out(`created topic ${t.name}${t.keywords.length > 0 ? ` with keywords ${t.keywords.join('، ')}` : ''}`);
      return 0;
    }
    case 'keywords': {
      exactly(rest, 2, 'NAME and K1,K2');
      const { id } = await topicByName(api, rest[0] ?? '');
      const t = await api.call('topics:setKeywords', { id, keywords: splitKeywords(rest[1]) });
      io.out(`keywords of ${t.name}: ${t.keywords.join('، ') || '(none)'}`);
      return 0;
    }
    case 'rename': {
      exactly(rest, 2, 'OLD and NEW names');
      const { id } = await topicByName(api, rest[0] ?? '');
      const t = await api.call('topics:rename', { id, name: rest[1] ?? '' });
      io.out(`renamed topic ${rest[0] ?? ''} to ${t.name}`);
      return 0;
    }
    case 'delete': {
      exactly(rest, 1, 'one topic NAME');
      const { id, articles } = await topicByName(api, rest[0] ?? '');
      await api.call('topics:delete', { id });
      io.out(`deleted topic ${rest[0] ?? ''}; its ${plural(articles)} stay in the library`);
      return 0;
    }
    case 'assign':
    case 'unassign': {
      if (rest.length < 2) throw new UsageError(`expected NAME and at least one article ID`);
      const [name = '', ...articleIds] = rest;
      const before = await topicByName(api, name);
      const after = await api.call(action === 'assign' ? 'topics:assign' : 'topics:unassign', { id: before.id, articleIds });
      const n = Math.abs(after.articles - before.articles);
      io.out(`${action === 'assign' ? 'assigned' : 'unassigned'} ${plural(n)} ${action === 'assign' ? 'to' : 'from'} ${name}`);
      return 0;
    }
    case 'list': {
      exactly(rest, 0, 'no arguments');
      const { topics } = await api.call('topics:list', {});
      if (p.json) io.out(JSON.stringify(topics, null, 2));
      else if (topics.length === 0) io.out('no topics yet; create one with `mawjaz topic add NAME`');
      else for (const t of topics) io.out(describeTopic(t));
      return 0;
    }
    case 'suggest': {
      exactly(rest, 1, 'one topic NAME');
      const { id } = await topicByName(api, rest[0] ?? '');
      const { hits } = await api.call('topics:suggest', { id, limit: parseLimit(p.limit, 10) });
      if (p.json) io.out(JSON.stringify(hits, null, 2));
      else {
        hits.forEach((hit, i) => {
          for (const line of formatHit(hit, i + 1, io.isTty)) io.out(line);
        });
        io.out(hits.length === 0 ? 'no unassigned article matches the topic name or keywords' : `assign with: mawjaz topic assign "${rest[0] ?? ''}" ID…`);
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown topic action "${action}"; use add, keywords, rename, delete, assign, unassign, list or suggest`);
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    workspace: { type: 'string' },
    keywords: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [action, ...rest] = positionals;
  if (action === undefined) throw new UsageError(`name an action:\n       ${USAGE}`);
  const parsed: Parsed = { action, rest, json: values.json === true };
  if (values.keywords !== undefined) parsed.keywords = values.keywords;
  if (values.limit !== undefined) parsed.limit = values.limit;
  return withApi(io, { workspace: workspaceLocation(values.workspace) }, (api) => act(api, parsed, io));
}

/** `mawjaz topic`: curate topics: create, rename, delete, assign articles, suggest articles by keywords. */
export const topicCommand: Command = {
  name: 'topic',
  summary: 'Manage topics: add, keywords, rename, delete, assign, unassign, list, suggest',
  usage: USAGE,
  calls: ['topics:list', 'topics:create', 'topics:setKeywords', 'topics:rename', 'topics:delete', 'topics:assign', 'topics:unassign', 'topics:suggest'],
  run,
};
