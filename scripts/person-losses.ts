// `npm run person-losses [-- <train.txt>]` (or ANERCORP_TRAIN=<train.txt>): every person span the tagger alone has
// exactly right and the actors stage does not (lost, cut, extended, retyped, merged), on the STUDIED sets only
// (ANERcorp's three tune blocks with their block models, the studied modern sets of tests/eval/modern-docs.ts with the shipped model; never an honest set),
// each with the passes that made the change (stage-trace.ts, stage-changes.ts) and, on the modern sets, the issue-12
// classes of its gold span (classes.tsv); then the losses grouped by cause, and per cause by class. Issue 12 (stage12g).
// --unlisted: each set is run with the words of its gold persons taken out of the given-name list first (and put
// back after), as names no list knows, which is how an honest set's names stand to lists grown on the studied ones.
// Its runs' figures are in the commits that acted on them (stage12g, ner18, ner18b, mendD), not here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectionMentions } from '../main/analysis/actors/selection-mentions.ts';
import { countSpans, emptyTable, prf } from '../main/analysis/ner/entity-scores.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { GIVEN_NAMES } from '../main/text/gazetteer/given-names.ts';
import { normalise } from '../main/text/arabic/index.ts';
import { mentionSpans, tokenSpan } from '../tests/eval/entity-docs.ts';
import { readClassRows } from '../tests/eval/entity-classes.ts';
import type { ClassRow } from '../tests/eval/entity-classes.ts';
import { articleRecord } from '../tests/helpers/article-record.ts';
import { studiedSets } from './ner-block-model.ts';
import type { StudiedSet as BlockSet } from './ner-block-model.ts';
import { sentenceChanges } from './stage-changes.ts';
import { StageTrace } from './stage-trace.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));
const gazetteer = loadGazetteer();

interface StudiedSet extends BlockSet { classes: ClassRow[] }

/** The studied sets, each modern one with the issue-12 classes of its gold spans. */
function studiedWithClasses(): StudiedSet[] {
  return studiedSets(file, gazetteer).map((set) => ({ ...set, classes: set.dir === null ? [] : readClassRows(path.join(set.dir, 'classes.tsv')) }));
}

const unlisted = process.argv.includes('--unlisted');
const givenNames = GIVEN_NAMES as Set<string>;
/** Takes the words of the set's gold persons out of the given-name list; returns the ones taken, to put back. */
function unlist(set: StudiedSet): string[] {
  const words = set.docs.flatMap((d) => d.sentences.flatMap((s) => spansFromTags(s.tags).filter((e) => e.type === 'PERS').flatMap((e) => s.tokens.slice(e.start, e.end).map(normalise))));
  const taken = [...new Set(words)].filter((w) => givenNames.has(w));
  for (const w of taken) givenNames.delete(w);
  return taken;
}

const key = (e: EntitySpan): string => `${e.type}:${e.start}:${e.end}`;
const byCause = new Map<string, { n: number; classes: Map<string, number> }>();
for (const set of studiedWithClasses()) {
  const taken = unlisted ? unlist(set) : [];
  const articles = set.docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const trace = new StageTrace();
  const mentions = selectionMentions(articles, gazetteer, set.model, trace);
  let lost = 0;
  // The union arm: the stage's spans, and the tagger's persons over words where the stage has no entity at all.
  const tables = { tagger: emptyTable(), stage: emptyTable(), union: emptyTable() };
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
      const goldSpans = spansFromTags(s.tags);
      const added = mine.filter((t) => t.type === 'PERS' && !theirs.some((x) => x.start < t.end && t.start < x.end));
      countSpans(tables.tagger, goldSpans, mine);
      countSpans(tables.stage, goldSpans, theirs);
      countSpans(tables.union, goldSpans, [...theirs, ...added]);
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
  for (const w of taken) givenNames.add(w);
  console.log(`${set.name} PERS / typed exact-span F1: ${Object.entries(tables).map(([arm, table]) => `${arm} ${prf(table.PERS).f1.toFixed(2)} / ${prf(table.micro).f1.toFixed(2)}`).join(', ')}`);
  console.log(`${set.name}: ${lost} tagger-right persons the stage loses${unlisted ? ` (${taken.length} given names unlisted)` : ''}\n`);
}
console.log('\nby cause (count, classes):');
for (const [cause, e] of [...byCause].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(e.n).padStart(4)}  ${cause}  ${[...e.classes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
