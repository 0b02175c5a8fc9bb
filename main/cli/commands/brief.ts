import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Brief } from '../../model/brief.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { importPaths } from '../../library/import-batch.ts';
import { openWorkspace } from '../../library/open-workspace.ts';
import { checkNerModel } from '../../analysis/ner/load-model.ts';
import type { Store } from '../../library/store.ts';
import { UsageError, type CliIo, type Command } from '../command.ts';
import { parseDateFlag, parseFlags, today } from '../flags.ts';
import { entryLine } from './import.ts';

interface Outputs {
  json?: string;
  pdf?: string;
  docx?: string;
  template?: string;
}

// The analysis and the renderers (HarfBuzz, fonts) load only when a brief is made, so `mawjaz --help` stays instant.
const analysis = () => Promise.all([import('../../briefing/assemble.ts'), import('../../briefing/select-articles.ts'), import('../../briefing/actor-corrections.ts')]);

async function writeOutputs(brief: Brief, out: Outputs, io: CliIo): Promise<void> {
  const { exportBrief } = await import('../../render/export-brief.ts');
  // Stable key order and a final newline: the same inputs and --date give byte-identical JSON.
  if (out.json !== undefined) {
    await writeFileAtomic(out.json, JSON.stringify(brief, null, 2) + '\n');
    io.out(`wrote ${out.json}`);
  }
  for (const [format, file] of [['pdf', out.pdf], ['docx', out.docx]] as const) {
    if (file === undefined) continue;
    await writeFileAtomic(file, await exportBrief(brief, format, { template: out.template }));
    io.out(`wrote ${file}`);
  }
}

async function storedCorrections(store: Store) {
  const [, , { storedActorCorrections }] = await analysis();
  return storedActorCorrections(store);
}

async function fromFiles(paths: string[], now: string, title: string | undefined, io: CliIo): Promise<Brief> {
  // Straight from files, through a temporary workspace: the same reading, cleaning and duplicate handling as an import.
  const [{ assembleBrief }, { selectArticles }] = await analysis();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mawjaz-brief-'));
  const store = openWorkspace(path.join(dir, 'brief.mawjaz'), { now: () => new Date(`${now}T00:00:00Z`) });
  try {
    const report = await importPaths(store, paths, { now: new Date(`${now}T00:00:00Z`), signal: io.signal });
    for (const e of report.entries) if (e.status === 'failed') io.err(entryLine(e));
    const ids = store.listArticles({}).map((a) => a.id);
    if (ids.length === 0) throw new Error('none of the files could be read: there is nothing to brief');
    const { articles } = selectArticles(store, { articleIds: ids, topics: [] });
    return assembleBrief(articles, { now, title });
  } finally {
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export const briefCommand: Command = {
  name: 'brief',
  summary: 'Assemble a brief (summary, actors, timeline, open questions) from files or from a workspace selection',
  usage:
    'mawjaz brief PATH… [--json OUT] [--pdf OUT] [--docx OUT] [--date YYYY-MM-DD] [--title T] [--template NAME]\n' +
    '       mawjaz brief --workspace FILE (--topic NAME… | --article ID…) [same outputs]',
  async run(args, io) {
    // Briefs need the entity model: a missing or damaged one stops the command before anything is read or written.
    checkNerModel();
    const { values, positionals } = parseFlags(args, {
      json: { type: 'string' },
      pdf: { type: 'string' },
      docx: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      template: { type: 'string' },
      workspace: { type: 'string' },
      topic: { type: 'string', multiple: true },
      article: { type: 'string', multiple: true },
    });
    const out: Outputs = { json: values.json, pdf: values.pdf, docx: values.docx, template: values.template };
    if (out.json === undefined && out.pdf === undefined && out.docx === undefined) throw new UsageError('say what to write: --json, --pdf and/or --docx');
    const now = parseDateFlag(values.date) ?? today();
    const topics = values.topic ?? [];
    const articleIds = values.article ?? [];
    let brief: Brief;
    if (values.workspace !== undefined) {
      if (positionals.length > 0) throw new UsageError('with --workspace, pick articles with --topic or --article instead of file paths');
      if (topics.length === 0 && articleIds.length === 0) throw new UsageError('with --workspace, pick at least one --topic or --article');
      const [{ assembleBrief }, { selectArticles }] = await analysis();
      const store = openWorkspace(values.workspace);
      try {
        const selected = selectArticles(store, { topics, articleIds });
        brief = assembleBrief(selected.articles, { now, title: values.title, topics: selected.topics, corrections: await storedCorrections(store) });
      } finally {
        store.close();
      }
    } else {
      if (positionals.length === 0) throw new UsageError('name the files or folders to brief, or use --workspace');
      brief = await fromFiles(positionals, now, values.title, io);
    }
    await writeOutputs(brief, out, io);
    return 0;
  },
};
