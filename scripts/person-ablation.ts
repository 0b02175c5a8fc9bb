// `npm run ablate:persons [-- <train.txt>] [--base r1,r2] [--arms r1,r2]` (or ANERCORP_TRAIN=<train.txt>): what each
// person rule of the actors stage (main/analysis/actors/person-rules.ts) carries over the tagger, measured by switching
// it off alone and scoring the stage again, PERS and typed (PERS+ORG+LOC) exact-span F1, on each STUDIED set apart:
// ANERcorp's three tune blocks (each with a model trained without it, ner-block-model.ts, as `npm run tune:ner-stage`
// trains them) and the studied sets of 2020s news with the shipped model (tests/eval/modern-docs.ts's STUDIED: never an
// honest set, whose figures only `npm run eval -- actors` prints). Two more arms: the tagger's persons with only the
// trimming of their ends (every rule off but tagged-bounds), and with none. --base switches rules off in every arm
// (the stage as it would be without them); --arms measures only those rules. A rule that carries gains on the sets
// written least against it: the tune blocks, many and of another register, first. Its runs' figures are in the
// commits that acted on them, not here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PersonRule } from '../main/analysis/actors/person-rules.ts';
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { countSpans, emptyTable, prf } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { tuneBlocks } from '../main/analysis/ner/splits.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { mentionSpans } from '../tests/eval/entity-docs.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { studiedSets } from './ner-block-model.ts';
import type { StudiedSet } from './ner-block-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const listOption = (name: string): PersonRule[] | null => {
  const at = args.indexOf(name);
  return at < 0 ? null : (args[at + 1] ?? '').split(',').filter((r) => r.length > 0).map((r) => PersonRule.parse(r));
};
const base = listOption('--base') ?? [];
const only = listOption('--arms');
const positional = args.filter((a, i) => !a.startsWith('--') && !['--base', '--arms', '--diff'].includes(args[i - 1] ?? ''));
const file = path.resolve(positional[0] ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));

/** The stage's spans on a set with rules `off` switched off, scored. */
function stageScore(set: StudiedSet, off: readonly PersonRule[], gazetteer: ReturnType<typeof loadGazetteer>): ScoreTable {
  const table = emptyTable();
  const articles = set.docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const mentions = selectionMentions(articles, gazetteer, set.model, null, new Set([...base, ...off]));
  set.docs.forEach((doc, d) => {
    const spans = mentionSpans(doc, mentions.filter((m) => m.sourceId === `doc-${d}`));
    doc.sentences.forEach((s, i) => countSpans(table, spansFromTags(s.tags), spans[i] ?? []));
  });
  return table;
}

function taggerScore(set: StudiedSet, gazetteer: ReturnType<typeof loadGazetteer>): ScoreTable {
  const table = emptyTable();
  for (const doc of set.docs) {
    const tagged = findDocumentEntities(set.model, doc.sentences.map((s) => s.tokens), gazetteer);
    doc.sentences.forEach((s, i) => countSpans(table, spansFromTags(s.tags), tagged[i] ?? []));
  }
  return table;
}

function pooled(tables: readonly ScoreTable[]): ScoreTable {
  const all = emptyTable();
  for (const t of tables) for (const k of Object.keys(all) as (keyof ScoreTable)[]) for (const c of ['found', 'gold', 'correct'] as const) all[k][c] += t[k][c];
  return all;
}

const gazetteer = loadGazetteer();
const sets = studiedSets(file, gazetteer);
const blockCount = Object.keys(tuneBlocks(1000)).length;
const f1 = (t: ScoreTable, k: 'PERS' | 'micro'): number => prf(t[k]).f1;
const rules = PersonRule.options.filter((r) => !base.includes(r) && (only === null || only.includes(r)));
const arms: [string, PersonRule[]][] = [
  ['stage', []],
  ...rules.map((r): [string, PersonRule[]] => [`off ${r}`, [r]]),
  ['tagger persons, ends trimmed', PersonRule.options.filter((r) => r !== 'tagged-bounds')],
  ['tagger persons, as read', [...PersonRule.options]],
];
console.log(`rules off in every arm: ${base.join(', ') || 'none'}; sets: ${sets.map((s) => s.name).join(', ')} (every one STUDIED); blocks pooled = the ${blockCount} tune blocks, modern pooled = the studied modern sets`);
const columns = [...sets.map((s) => s.name), 'blocks pooled', 'modern pooled'];
const rows: [string, ScoreTable[]][] = [];
const withPools = (tables: ScoreTable[]): ScoreTable[] => [...tables, pooled(tables.slice(0, blockCount)), pooled(tables.slice(blockCount))];
rows.push(['tagger alone', withPools(sets.map((s) => taggerScore(s, gazetteer)))]);
for (const [name, off] of arms) {
  const started = process.cpuUsage();
  rows.push([name, withPools(sets.map((s) => stageScore(s, off, gazetteer)))]);
  const used = process.cpuUsage(started);
  console.error(`${name}: ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
}
const stage = rows.find(([name]) => name === 'stage')?.[1] ?? [];
for (const k of ['PERS', 'micro'] as const) {
  console.log(`\n${k === 'PERS' ? 'PERS' : 'typed (PERS+ORG+LOC)'} exact-span F1: the stage's, then each arm's change from it (+ : the stage is better without the rule)`);
  console.log(`| arm | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---:').join('|')}|`);
  for (const [name, tables] of rows) {
    const cells = tables.map((t, i) => {
      if (name === 'stage') return f1(t, k).toFixed(2);
      const d = f1(t, k) - f1(stage[i] ?? emptyTable(), k);
      return `${d >= 0 ? '+' : ''}${d.toFixed(2)}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

// --diff r: the spans the stage finds with rule r and without it, one line each, with the gold spans they overlap,
// on the studied sets only: what the rule changes, for reading its errors.
const diffRule = listOption('--diff')?.[0];
if (diffRule !== undefined) {
  console.log(`\nspans that rule ${diffRule} changes: + found only with it, − only without it; gold after |`);
  for (const set of sets) {
    const articles = set.docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
    const runs = [[], [diffRule]].map((off) => selectionMentions(articles, gazetteer, set.model, null, new Set([...base, ...off])));
    set.docs.forEach((doc, d) => {
      const [withRule, without] = runs.map((mentions) => mentionSpans(doc, mentions.filter((m) => m.sourceId === `doc-${d}`)));
      doc.sentences.forEach((s, i) => {
        const key = (e: { type: string; start: number; end: number }): string => `${e.type}:${e.start}:${e.end}`;
        const text = (e: { type: string; start: number; end: number }): string => `${e.type}[${s.tokens.slice(e.start, e.end).join(' ')}]`;
        const a = withRule?.[i] ?? [];
        const b = without?.[i] ?? [];
        const gold = spansFromTags(s.tags);
        const goldKeys = new Set(gold.map(key));
        const inB = new Set(b.map(key));
        const inA = new Set(a.map(key));
        for (const [sign, list, other] of [['+', a, inB], ['−', b, inA]] as const) {
          for (const e of list) {
            if (other.has(key(e))) continue;
            const over = gold.filter((g) => g.start < e.end && e.start < g.end).map(text).join(' ') || '-';
            console.log(`${set.name} ${sign} ${text(e)} ${goldKeys.has(key(e)) ? 'RIGHT' : 'wrong'} | gold ${over} | ${s.tokens.slice(Math.max(0, e.start - 4), e.end + 3).join(' ')}`);
          }
        }
      });
    });
  }
}
