// `npm run person-losses [-- <train.txt>]` (or ANERCORP_TRAIN=<train.txt>): every person span the tagger alone has
// exactly right and the actors stage does not (lost, cut, extended, retyped, merged), on the STUDIED sets only
// (ANERcorp's three tune blocks with their block models, modern-1..4 with the shipped model; never an honest set),
// each with the passes that made the change (stage-trace.ts, stage-changes.ts) and, on the modern sets, the issue-12
// classes of its gold span (classes.tsv); then the losses grouped by cause, and per cause by class. Issue 12 (stage12g).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { loadNerModel } from '../main/analysis/ner/load-model.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import { corpusSplit, slice, tuneBlocks } from '../main/analysis/ner/splits.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import type { NerModel } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { sha256Hex } from '../main/analysis/ner/training-inputs.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { makeDocs, mentionSpans, tokenSpan } from '../tests/eval/entity-docs.ts';
import type { Doc } from '../tests/eval/entity-docs.ts';
import { readClassRows } from '../tests/eval/entity-classes.ts';
import type { ClassRow } from '../tests/eval/entity-classes.ts';
import { readArticles, STUDIED } from '../tests/eval/modern-docs.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { blockModel } from './ner-block-model.ts';
import { sentenceChanges } from './stage-changes.ts';
import { StageTrace } from './stage-trace.ts';
import { crfSettings } from './train-ner-learner.ts';
import { readModernSets } from './train-ner-modern.ts';
import { OWN_REPEATS } from './train-ner-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));
const gazetteer = loadGazetteer();

interface StudiedSet { name: string; docs: Doc[]; model: NerModel; classes: ClassRow[] }

function studiedSets(): StudiedSet[] {
  const raw = readFileSync(file);
  const corpus = readCorpus(raw.toString('utf8'), file).sentences;
  const split = corpusSplit(corpus.length);
  const training = { ownSets: readModernSets(), ownRepeats: OWN_REPEATS, crf: crfSettings([]), retrain: false, dataName: path.basename(file), dataSha256: sha256Hex(raw) };
  const blocks = Object.entries(tuneBlocks(corpus.length)).map(([name, block]) => ({ name, docs: makeDocs(slice(corpus, block)), model: blockModel(name, corpus, split.train, block, gazetteer, training), classes: [] }));
  const shipped = loadNerModel();
  const modern = Object.keys(STUDIED).map((name) => {
    const dir = path.join(root, 'tests', 'fixtures', 'entities', name);
    return { name, docs: readArticles(readFileSync(path.join(dir, `${name}.txt`), 'utf8'), path.join(dir, `${name}.txt`)), model: shipped, classes: readClassRows(path.join(dir, 'classes.tsv')) };
  });
  return [...blocks, ...modern];
}

const key = (e: EntitySpan): string => `${e.type}:${e.start}:${e.end}`;
const byCause = new Map<string, { n: number; classes: Map<string, number> }>();
for (const set of studiedSets()) {
  const articles = set.docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const trace = new StageTrace();
  const mentions = selectionMentions(articles, gazetteer, set.model, trace);
  let lost = 0;
  set.docs.forEach((doc, d) => {
    const id = `doc-${d}`;
    const tagged = findDocumentEntities(set.model, doc.sentences.map((s) => s.tokens), gazetteer);
    const staged = mentionSpans(doc, mentions.filter((m) => m.sourceId === id));
    const events = [...trace.removed, ...trace.skips].filter((e) => e.sourceId === id).flatMap((e) => {
      const span = tokenSpan(doc, e.start, e.end);
      return span === null ? [] : [{ ...e, ...span }];
    });
    doc.sentences.forEach((s, i) => {
      const gold = new Set(spansFromTags(s.tags).map(key));
      const theirs = staged[i] ?? [];
      const stageKeys = new Set(theirs.map(key));
      const mine = tagged[i] ?? [];
      const text = (e: EntitySpan): string => `${e.type}[${s.tokens.slice(e.start, e.end).join(' ')}]`;
      for (const change of sentenceChanges(mine, theirs, spansFromTags(s.tags), trace.history, events.filter((e) => e.sentence === i))) {
        for (const t of change.tagger) {
          if (t.type !== 'PERS' || !gold.has(key(t)) || stageKeys.has(key(t))) continue;
          lost++;
          const classes = set.classes.filter((r) => r.article === d + 1 && r.sentence === i + 1 && r.from === t.start && r.to === t.end).flatMap((r) => r.classes.split(','));
          const cause = `${change.kind} by ${change.cause}`;
          const entry = byCause.get(cause) ?? { n: 0, classes: new Map() };
          entry.n++;
          for (const c of classes) entry.classes.set(c, (entry.classes.get(c) ?? 0) + 1);
          byCause.set(cause, entry);
          const from = Math.max(0, Math.min(t.start, ...change.stage.map((x) => x.start)) - 4);
          console.log(`${set.name} ${cause} [${classes.join(',') || '-'}] tagger ${text(t)} → stage ${change.stage.map(text).join(' ') || '-'} | ${s.tokens.slice(from, t.end + 3).join(' ')}`);
        }
      }
    });
  });
  console.log(`${set.name}: ${lost} tagger-right persons the stage loses\n`);
}
console.log('\nby cause (count, classes):');
for (const [cause, e] of [...byCause].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(e.n).padStart(4)}  ${cause}  ${[...e.classes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
