// `npm run tune:ner-stage [-- <train.txt>] [--examples N] [--retrain] [--studied] [--modern K] [--modern2 K] [--learner crf|perceptron|sum]
// [--l2 C] [--step S] [--average 0|1] [--scale K] [--share S]` (train-ner-learner.ts; or ANERCORP_TRAIN=<train.txt>): the actors stage beside its own tagger on
// the tune blocks of `npm run tune:ner` (never the held-out block). For each block, a model is trained on the rest
// of the training part with the shipped settings (kept in tests/output/ner-tune-stage/ under a key of the data,
// settings, features and word lists, so a second run only tags; --retrain trains again). Then, with that model,
// the tagger alone and the whole stage (selectionMentions over pseudo-documents of 15 sentences, as `npm run eval
// -- actors` runs it) are scored at exact-span level per type; and every change the stage makes to the tagger's
// spans (dropped, added, retyped, bounds moved) is counted by the passes that made it, with how many turned a
// right answer wrong and a wrong one right, and N examples of each (3 by default). Each model is also trained on the
// project's own sets' training articles K times (--modern K for the first set, --modern2 K for the second, OWN_REPEATS
// by default), and each set's tune articles (every fifth, one document each) are scored with every block's model,
// pooled apart from the blocks, a line per set. With --studied, the same changes are counted, apart, on the STUDIED
// sets of tests/fixtures/entities/ (tests/eval/modern-docs.ts; never an honest one) with the shipped model, as the
// stage runs for users.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { countSpans, emptyTable, prf } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { MODEL_ATTRIBUTION, MODEL_LICENCE } from '../main/analysis/ner/licence.ts';
import { decodeModel, FEATURE_SET } from '../main/analysis/ner/model-file.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { corpusSplit, slice, tuneBlocks } from '../main/analysis/ner/splits.ts';
import type { Range } from '../main/analysis/ner/splits.ts';
import { findDocumentEntities, nerModel } from '../main/analysis/ner/tagger.ts';
import type { NerModel } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { trainModel } from '../main/analysis/ner/train-model.ts';
import { listHashes, sha256Hex } from '../main/analysis/ner/training-inputs.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import type { Gazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { makeDoc, makeDocs, mentionSpans, tokenSpan } from '../tests/eval/entity-docs.ts';
import { readArticles, STUDIED } from '../tests/eval/modern-docs.ts';
import { loadNerModel } from '../main/analysis/ner/load-model.ts';
import type { Doc } from '../tests/eval/entity-docs.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { CLASSES, countClasses } from './stage-classes.ts';
import type { ClassCount, ClassName } from './stage-classes.ts';
import { sentenceChanges } from './stage-changes.ts';
import type { Change } from './stage-changes.ts';
import { StageTrace } from './stage-trace.ts';
import { crfSettings, LEARNER_FLAGS } from './train-ner-learner.ts';
import { modernSets, readModernSets } from './train-ner-modern.ts';
import type { OwnSetName } from './train-ner-modern.ts';
import { EPOCHS, MIN_COUNT, OWN_REPEATS, SEED, WORD_DROPOUT } from './train-ner-settings.ts';

const TYPES = ['micro', 'PERS', 'ORG', 'LOC'] as const;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--examples');
const examples = at >= 0 ? Number(args[at + 1]) : 3;
const repeatOption = (name: string, fallback: number): number => {
  const where = args.indexOf(name);
  return where >= 0 ? Number(args[where + 1]) : fallback;
};
const ownRepeats: Record<OwnSetName, number> = { 'modern-train-1': repeatOption('--modern', OWN_REPEATS['modern-train-1']), 'modern-train-2': repeatOption('--modern2', OWN_REPEATS['modern-train-2']) };
const retrain = args.includes('--retrain');
const studied = args.includes('--studied');
const crf = crfSettings(args);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--examples', '--modern', '--modern2', ...LEARNER_FLAGS].includes(args[i - 1] ?? ''));
const file = path.resolve(positional[0] ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));
const cacheDir = path.join(root, 'tests', 'output', 'ner-tune-stage');

/** The model trained on the training part without `block` (the block put last, where trainModel holds out its last 10 %). */
function blockModel(name: string, corpus: readonly AnnotatedSentence[], train: Range, block: Range, gazetteer: Gazetteer, dataSha256: string): NerModel {
  // The CRF's settings only when it trains: a perceptron's key stays as it was, so models already cached are found.
  const settings = { seed: SEED, epochs: EPOCHS, minCount: MIN_COUNT, wordDropout: WORD_DROPOUT, ...(crf === undefined ? {} : { crf }) };
  const modern = modernSets(ownSets, ownRepeats, true);
  // Keyed as before when only the first set is trained on, so that models already cached are found.
  const only = modern.length === 1 ? modern[0] : undefined;
  const own = modern.length === 0 ? {} : only !== undefined && only.name === ownSets[0]?.name ? { modern: { sha256: only.sha256, repeat: only.repeat } } : { modern: modern.map((m) => ({ name: m.name, sha256: m.sha256, repeat: m.repeat })) };
  const cacheKey = sha256Hex(JSON.stringify({ dataSha256, settings, FEATURE_SET, lists: listHashes(gazetteer), block, ...own })).slice(0, 16);
  const cached = path.join(cacheDir, `${name}-${cacheKey}.model`);
  if (!retrain && existsSync(cached)) return nerModel(decodeModel(readFileSync(cached)));
  const ordered = [...corpus.slice(train.from, block.from), ...corpus.slice(block.to, train.to), ...corpus.slice(block.from, block.to)];
  const heldOut = corpusSplit(ordered.length).heldOut;
  if (heldOut.to - heldOut.from !== block.to - block.from) throw new Error(`block ${name} (${block.to - block.from} sentences) is not the last 10 % of what it is trained with (${heldOut.to - heldOut.from})`);
  const started = Date.now();
  const { bytes } = trainModel(ordered, gazetteer, { ...settings, own: modern, dataName: path.basename(file), dataSha256, licence: MODEL_LICENCE, attribution: MODEL_ATTRIBUTION });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, bytes);
  console.log(`  trained a model without block ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s (${path.relative(root, cached)})`);
  return nerModel(decodeModel(bytes));
}

const line = (t: ScoreTable): string => TYPES.map((k) => { const p = prf(t[k]); return `${k} ${p.precision.toFixed(1)}/${p.recall.toFixed(1)}/${p.f1.toFixed(2)}`; }).join('  ');

interface Example {
  change: Change;
  text: string;
}

/** Tagger and stage scores of one block and the stage's changes. */
function runBlock(docs: readonly Doc[], model: NerModel, gazetteer: Gazetteer, tagger: ScoreTable, stage: ScoreTable, found: Example[], classes: Map<ClassName, ClassCount>): void {
  const articles = docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const trace = new StageTrace();
  const mentions = selectionMentions(articles, gazetteer, model, trace);
  docs.forEach((doc, d) => {
    const id = `doc-${d}`;
    const tagged = findDocumentEntities(model, doc.sentences.map((s) => s.tokens), gazetteer);
    const staged = mentionSpans(doc, mentions.filter((m) => m.sourceId === id));
    const events = [...trace.removed, ...trace.skips].filter((e) => e.sourceId === id).flatMap((e) => {
      const span = tokenSpan(doc, e.start, e.end);
      return span === null ? [] : [{ ...e, ...span }];
    });
    doc.sentences.forEach((s, i) => {
      const gold = spansFromTags(s.tags);
      const mine = tagged[i] ?? [];
      const theirs = staged[i] ?? [];
      countSpans(tagger, gold, mine);
      countSpans(stage, gold, theirs);
      countClasses(classes, s.tokens, gold, mine, theirs);
      const text = (e: EntitySpan): string => `${e.type}[${s.tokens.slice(e.start, e.end).join(' ')}]`;
      for (const change of sentenceChanges(mine, theirs, gold, trace.history, events.filter((e) => e.sentence === i))) {
        const from = Math.min(...[...change.tagger, ...change.stage].map((e) => e.start));
        const to = Math.max(...[...change.tagger, ...change.stage].map((e) => e.end));
        const goldHere = gold.filter((g) => g.start < to && from < g.end).map(text).join(' ') || '-';
        found.push({ change, text: `tagger ${change.tagger.map(text).join(' ') || '-'} → stage ${change.stage.map(text).join(' ') || '-'}; gold ${goldHere} | ${s.tokens.slice(Math.max(0, from - 4), to + 3).join(' ')}` });
      }
    });
  });
}

const raw = readFileSync(file);
const corpus = readCorpus(raw.toString('utf8'), file).sentences;
const split = corpusSplit(corpus.length);
const blocks = tuneBlocks(corpus.length);
const gazetteer = loadGazetteer();
const ownSets = readModernSets();
const ownDocs = ownSets.map((set) => set.tune.map((article) => makeDoc(article)));
const ownTotals = ownSets.map(() => ({ tagger: emptyTable(), stage: emptyTable() }));
ownSets.forEach((set, i) => console.log(`own set ${set.name}: ${set.train.length} training sentences ×${ownRepeats[set.set]}, ${ownDocs[i]?.length ?? 0} tune articles`));
const totals = { tagger: emptyTable(), stage: emptyTable() };
const changes: Example[] = [];
const classes = new Map<ClassName, ClassCount>();
for (const [name, block] of Object.entries(blocks)) {
  console.log(`block ${name}: sentences ${block.from}–${block.to - 1}`);
  const model = blockModel(name, corpus, split.train, block, gazetteer, sha256Hex(raw));
  const tagger = emptyTable();
  const stage = emptyTable();
  runBlock(makeDocs(slice(corpus, block)), model, gazetteer, tagger, stage, changes, classes);
  console.log(`  tagger alone  ${line(tagger)}\n  actors stage  ${line(stage)}`);
  const sums: [ScoreTable, ScoreTable][] = [[tagger, totals.tagger], [stage, totals.stage]];
  ownSets.forEach((set, i) => {
    const ownTagger = emptyTable();
    const ownStage = emptyTable();
    runBlock(ownDocs[i] ?? [], model, gazetteer, ownTagger, ownStage, [], new Map());
    console.log(`  ${set.name} tune, tagger alone  ${line(ownTagger)}\n  ${set.name} tune, actors stage  ${line(ownStage)}`);
    const all = ownTotals[i];
    if (all !== undefined) sums.push([ownTagger, all.tagger], [ownStage, all.stage]);
  });
  for (const [mine, all] of sums) {
    for (const k of Object.keys(all) as (keyof ScoreTable)[]) for (const c of ['found', 'gold', 'correct'] as const) all[k][c] += mine[k][c];
  }
}
console.log(`\nthe ${Object.keys(blocks).length} blocks pooled (P/R/F1 per type)\n  tagger alone  ${line(totals.tagger)}\n  actors stage  ${line(totals.stage)}`);
ownSets.forEach((set, i) => {
  const all = ownTotals[i];
  if (all !== undefined) console.log(`${set.name}'s tune articles, pooled over the ${Object.keys(blocks).length} blocks' models\n  tagger alone  ${line(all.tagger)}\n  actors stage  ${line(all.stage)}`);
});

// The issue-12 classes (scripts/stage-classes.ts): gold spans of each found exactly, and the stage's misses.
console.log('\nclasses by the word before the gold name: gold, found exactly by the tagger, by the stage');
for (const cls of CLASSES) {
  const c = classes.get(cls) ?? { gold: 0, tagger: 0, stage: 0, missed: [] };
  console.log(`  ${cls}: ${c.gold} gold, tagger ${c.tagger}, stage ${c.stage}`);
  for (const m of c.missed.slice(0, examples)) console.log(`        ${m}`);
}

printChanges('the stage\'s changes to the tagger\'s spans', changes, totals.stage);

/** The changes by kind, type and cause, the costliest first, against the pooled stage scores `pooled` they were made in. */
function printChanges(title: string, list: readonly Example[], pooled: ScoreTable): void {
  const groups = new Map<string, Example[]>();
  for (const e of list) {
    const k = `${e.change.kind} ${e.change.type} by ${e.change.cause}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  // What a group of changes costs: the pooled micro F1 of the stage minus what it would be with them undone.
  const micro = pooled.micro;
  const f1 = (correct: number, found: number): number => (found + micro.gold === 0 ? 0 : (200 * correct) / (found + micro.gold));
  const cost = (group: readonly Example[]): number => f1(micro.correct, micro.found) - f1(micro.correct - group.reduce((n, e) => n + e.change.dCorrect, 0), micro.found - group.reduce((n, e) => n + e.change.dFound, 0));
  console.log(`\n${title}, costliest first: micro F1 they move, count, right→wrong, wrong→right, neither (wrong→wrong, or a span added or dropped that is wrong either way)`);
  for (const [k, group] of [...groups].sort((a, b) => cost(a[1]) - cost(b[1]) || b[1].length - a[1].length)) {
    const worse = group.filter((e) => e.change.net < 0).length;
    const better = group.filter((e) => e.change.net > 0).length;
    console.log(`${cost(group).toFixed(2).padStart(6)} ${String(group.length).padStart(5)} ${String(worse).padStart(4)} ${String(better).padStart(4)} ${String(group.length - worse - better).padStart(4)}  ${k}`);
    const shown = [...group.filter((x) => x.change.net < 0), ...group.filter((x) => x.change.net === 0 && x.change.dFound > 0), ...group.filter((x) => x.change.net > 0)];
    for (const e of shown.slice(0, examples)) console.log(`        ${e.change.net < 0 ? '−' : e.change.net > 0 ? '+' : '~'} ${e.text}`);
  }
}

// The studied sets with the shipped model: what the stage does to the tagger's spans on 2020s news.
if (studied) {
  const model = loadNerModel();
  const studiedChanges: Example[] = [];
  const pooled = { tagger: emptyTable(), stage: emptyTable() };
  for (const set of Object.keys(STUDIED)) {
    const setFile = path.join(root, 'tests', 'fixtures', 'entities', set, `${set}.txt`);
    const tagger = emptyTable();
    const stage = emptyTable();
    runBlock(readArticles(readFileSync(setFile, 'utf8'), setFile), model, gazetteer, tagger, stage, studiedChanges, new Map());
    console.log(`\n${set} (STUDIED), the shipped model\n  tagger alone  ${line(tagger)}\n  actors stage  ${line(stage)}`);
    for (const [mine, all] of [[tagger, pooled.tagger], [stage, pooled.stage]] as const) {
      for (const k of Object.keys(all) as (keyof ScoreTable)[]) for (const c of ['found', 'gold', 'correct'] as const) all[k][c] += mine[k][c];
    }
  }
  console.log(`\nthe studied sets pooled\n  tagger alone  ${line(pooled.tagger)}\n  actors stage  ${line(pooled.stage)}`);
  printChanges('the stage\'s changes on the studied sets', studiedChanges, pooled.stage);
}
