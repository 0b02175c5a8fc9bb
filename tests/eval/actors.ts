// `npm run eval -- actors`: entities on ANERcorp's held-out block (the last 10 % of the training portion, never
// trained on or tuned on): the trained tagger alone, the actors stage (tagger + rules), and the rules-only actor
// finder of before the tagger, each at exact-span level and as bags of entities per pseudo-document of 15
// sentences; then the tagger and the stage again with the state bodies the annotation leaves O set apart
// (state-bodies.ts: ministries, armies, governments, courts by their head noun), the stage's ORG precision as an
// analyst would count it. Then the same rows on the sets of 2020s news written apart for the project (tests/fixtures/entities/
// modern-1/ … modern-11/: never trained on, one pseudo-document per article; modern-1 to modern-6 and modern-8 (ner21)
// have been studied since and are labelled so, modern-7 and modern-9 … modern-11 are measured only), and what
// each finds on tests/fixtures/unseen/ (which has no entity annotations: shown, not scored).
// The data defaults to ../shared/data/anercorp-train/train.txt beside the repository; ANERCORP_TRAIN overrides it.
// For tuning, never on the held-out block: EVAL_BLOCK=dev (or first, middle: the blocks of `npm run tune:ner`)
// measures that block of the training part instead; give NER_MODEL a model trained without it: `npm run train:ner
// -- <file> --out …` trains on all but the last 10 % of <file>, so <file> is the training part without the block,
// then the block (for dev, simply the first 90 % of train.txt). And
// EVAL_STAGE_ERRORS=1 prints the stage's false positives that the tagger alone does not make, and the entities it
// loses that the tagger alone finds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectionMentions } from '../../main/analysis/actors/selection-mentions.ts';
import type { Mention } from '../../main/analysis/actors/mention.ts';
import { barestReading } from '../../main/text/arabic/index.ts';
import { loadGazetteer } from '../../main/text/gazetteer/gazetteer.ts';
import { joinNameKeys } from '../../main/text/gazetteer/name-key.ts';
import { countBags, countSpans, emptyTable, prf } from '../../main/analysis/ner/entity-scores.ts';
import type { BagEntity, ScoreTable } from '../../main/analysis/ner/entity-scores.ts';
import { loadNerModel } from '../../main/analysis/ner/load-model.ts';
import { readCorpus } from '../../main/analysis/ner/read-corpus.ts';
import { corpusSplit, slice, tuneBlocks } from '../../main/analysis/ner/splits.ts';
import type { Range } from '../../main/analysis/ner/splits.ts';
import { findDocumentEntities } from '../../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../../main/analysis/ner/tags.ts';
import { tokenKey } from '../../main/analysis/ner/word-features.ts';
import { articleRecord } from '../helpers/article-record.ts';
import { classRecall, readClassRows } from './entity-classes.ts';
import type { ClassRow } from './entity-classes.ts';
import { makeDocs, mentionSpans } from './entity-docs.ts';
import { readArticles, secondAnnotation, STUDIED, WRITTEN_APART } from './modern-docs.ts';
import { stateBodiesApart } from './state-bodies.ts';
import type { Doc } from './entity-docs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The name of an entity in a bag: its tokens' keys, the first without the particles written onto it. */
function bagName(tokens: readonly string[]): string {
  const keys = tokens.map(tokenKey).filter((k) => k.length > 0);
  if (keys[0] !== undefined) keys[0] = barestReading(keys[0], 3);
  return joinNameKeys(keys);
}

interface Scores {
  spans: ScoreTable;
  bags: ScoreTable;
}

function score(docs: readonly Doc[], found: (doc: Doc, index: number) => EntitySpan[][]): Scores {
  const spans = emptyTable();
  const bags = emptyTable();
  docs.forEach((doc, d) => {
    const predicted = found(doc, d);
    const bag = (s: number, e: EntitySpan): BagEntity => ({ type: e.type, name: bagName(doc.sentences[s]?.tokens.slice(e.start, e.end) ?? []) });
    const goldBag: BagEntity[] = [];
    const foundBag: BagEntity[] = [];
    doc.sentences.forEach((s, i) => {
      const gold = spansFromTags(s.tags);
      const mine = predicted[i] ?? [];
      countSpans(spans, gold, mine);
      goldBag.push(...gold.map((e) => bag(i, e)));
      foundBag.push(...mine.map((e) => bag(i, e)));
    });
    countBags(bags, goldBag, foundBag);
  });
  return { spans, bags };
}

/** The stage's spans that are neither gold nor the tagger's, and the gold spans the tagger finds and the stage loses. */
function printStageErrors(docs: readonly Doc[], tagged: readonly EntitySpan[][][], stage: (d: number) => EntitySpan[][]): void {
  const key = (e: EntitySpan): string => `${e.type}:${e.start}:${e.end}`;
  docs.forEach((doc, d) => {
    const mine = stage(d);
    doc.sentences.forEach((s, i) => {
      const gold = spansFromTags(s.tags);
      const tag = tagged[d]?.[i] ?? [];
      const known = new Set([...gold, ...tag].map(key));
      const text = (e: EntitySpan): string => s.tokens.slice(e.start, e.end).join(' ');
      for (const e of mine[i] ?? []) {
        if (known.has(key(e))) continue;
        const over = (spans: EntitySpan[]): string => spans.filter((o) => o.start < e.end && e.start < o.end).map((o) => `${o.type}[${text(o)}]`).join(',') || '-';
        console.log(`false positive ${e.type} [${text(e)}] gold ${over(gold)} tagger ${over(tag)} | ${s.tokens.slice(Math.max(0, e.start - 3), e.end + 2).join(' ')}`);
      }
      // Gold entities the tagger alone finds exactly and the stage loses: what the rules cost in recall.
      const staged = new Set((mine[i] ?? []).map(key));
      const tagKeys = new Set(tag.map(key));
      for (const g of gold) {
        if (!tagKeys.has(key(g)) || staged.has(key(g))) continue;
        const over = (mine[i] ?? []).filter((o) => o.start < g.end && g.start < o.end).map((o) => `${o.type}[${text(o)}]`).join(',') || '-';
        console.log(`lost ${g.type} [${text(g)}] stage ${over} | ${s.tokens.slice(Math.max(0, g.start - 3), g.end + 2).join(' ')}`);
      }
    });
  });
}

function printScores(title: string, rows: [string, Scores][], bagLevel = 'bag per 15 sentences'): void {
  console.log(`\n${title}`);
  console.log('| finder | level | type | P | R | F1 | gold | found |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, s] of rows) {
    for (const [level, table] of [['exact span', s.spans], [bagLevel, s.bags]] as const) {
      for (const type of ['micro', 'PERS', 'ORG', 'LOC', 'MISC'] as const) {
        const c = table[type];
        const p = prf(c);
        console.log(`| ${name} | ${level} | ${type === 'micro' ? 'PERS+ORG+LOC' : type} | ${p.precision.toFixed(1)} | ${p.recall.toFixed(1)} | ${p.f1.toFixed(1)} | ${c.gold} | ${c.found} |`);
      }
    }
  }
}

function unseenReport(): void {
  const dir = path.join(root, 'tests', 'fixtures', 'unseen');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((f) => articleRecord(f, readFileSync(path.join(dir, f), 'utf8')));
  console.log('\ntests/fixtures/unseen/: no entity annotations (expected.json annotates boilerplate and metadata), so the people found are listed, not scored');
  for (const [name, useTagger] of [['actors stage (tagger + rules)', true], ['rules only', false]] as const) {
    const mentions = selectionMentions(articles, loadGazetteer(), useTagger ? loadNerModel() : null);
    const people = [...new Set(mentions.filter((m) => m.type === 'person' && !m.roleOnly).map((m) => m.surface))];
    const count = (t: string): number => new Set(mentions.filter((m) => m.type === t && !m.roleOnly).map((m) => m.key)).size;
    console.log(`- ${name}: ${count('person')} persons, ${count('organization')} organisations, ${count('place')} places; persons: ${people.join('، ')}`);
  }
}

/** A finder's spans: per pseudo-document, per sentence. */
type Finder = [string, (doc: Doc, d: number) => EntitySpan[][]];

/** The three finders on pseudo-documents: the tagger alone, the actors stage, the rules without the tagger. */
function finders(docs: readonly Doc[], model: ReturnType<typeof loadNerModel>, gazetteer: ReturnType<typeof loadGazetteer>, printErrors: boolean): Finder[] {
  const articles = docs.map((d, i) => articleRecord(`doc-${i}`, d.body));
  const withTagger = selectionMentions(articles, gazetteer, model);
  const rulesOnly = selectionMentions(articles, gazetteer, null);
  const of = (all: readonly Mention[], d: number): Mention[] => all.filter((m) => m.sourceId === `doc-${d}`);
  const tagged = docs.map((doc) => findDocumentEntities(model, doc.sentences.map((s) => s.tokens), gazetteer));
  if (printErrors) printStageErrors(docs, tagged, (d) => mentionSpans(docs[d] as Doc, of(withTagger, d)));
  return [
    ['tagger alone', (_doc, d) => tagged[d] ?? []],
    ['actors stage', (doc, d) => mentionSpans(doc, of(withTagger, d))],
    ['rules only (no tagger)', (doc, d) => mentionSpans(doc, of(rulesOnly, d))],
  ];
}

/**
 * A finder's row with the state bodies the annotation leaves untagged set apart (state-bodies.ts), and how many of
 * its organisations (exact spans, every document) were set apart.
 */
function stateBodiesRow(docs: readonly Doc[], finder: string, found: Finder[1]): { row: [string, Scores]; finder: string; count: number; orgs: number } {
  let count = 0;
  let orgs = 0;
  const kept = docs.map((doc, d) => found(doc, d).map((spans, i) => {
    const sentence = doc.sentences[i];
    orgs += spans.filter((e) => e.type === 'ORG').length;
    if (sentence === undefined) return spans;
    const split = stateBodiesApart(sentence, spans);
    count += split.apart.length;
    return split.kept;
  }));
  return { row: [`${finder}, state bodies apart`, score(docs, (_doc, d) => kept[d] ?? [])], finder, count, orgs };
}

function measure(docs: readonly Doc[], found: readonly Finder[]): [string, Scores][] {
  return found.map(([name, f]) => [name, score(docs, f)]);
}

/** Per issue-12 class of a set written apart, how many entities each finder gets exactly (span and type). */
function printClassRecall(set: string, rows: readonly ClassRow[], docs: readonly Doc[], found: readonly Finder[]): void {
  const spans = found.map(([name, f]) => [name, docs.map((doc, d) => f(doc, d))] as const);
  const tables = spans.map(([name, all]) => [name, classRecall(rows, (a, s) => all[a]?.[s] ?? [])] as const);
  console.log(`\n${set}: the classes of issue 12 (classes.tsv), entities found with exact span and type / entities`);
  console.log(`| class | ${tables.map(([name]) => name).join(' | ')} |`);
  console.log(`|---|${tables.map(() => '---').join('|')}|`);
  for (const c of tables[0]?.[1].keys() ?? []) {
    console.log(`| ${c} | ${tables.map(([, t]) => { const n = t.get(c); return n === undefined ? '-' : `${n.found} / ${n.gold}`; }).join(' | ')} |`);
  }
}

/** Prints the tables; throws when the annotated data is missing or malformed. */
export async function evalActors(): Promise<void> {
  const file = process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt');
  const corpus = readCorpus(readFileSync(file, 'utf8'), file).sentences;
  const split = corpusSplit(corpus.length);
  const name = process.env.EVAL_BLOCK ?? 'held-out';
  const tuning: Record<string, Range> = tuneBlocks(corpus.length);
  const block = name === 'held-out' ? split.heldOut : tuning[name];
  if (block === undefined) throw new Error(`EVAL_BLOCK=${name}: expected one of ${Object.keys(tuning).join(', ')} (or none, for the held-out block)`);
  const heldOut = slice(corpus, block);
  const docs = makeDocs(heldOut);
  const model = loadNerModel(process.env.NER_MODEL);
  const gazetteer = loadGazetteer();
  console.log(`${name} block: sentences ${block.from}–${block.to - 1} of ${corpus.length} in ${path.basename(file)} (${heldOut.reduce((n, s) => n + s.tokens.length, 0)} tokens, ${docs.length} pseudo-documents); ${process.env.NER_MODEL === undefined ? `the model was trained on sentences 0–${split.train.to - 1}` : `model ${process.env.NER_MODEL}`}`);
  const blockFinders = finders(docs, model, gazetteer, process.env.EVAL_STAGE_ERRORS === '1');
  const apart = blockFinders.slice(0, 2).map(([finder, f]) => stateBodiesRow(docs, finder, f));
  printScores(`${name} block (P, R, F1 in %)`, [...measure(docs, blockFinders), ...apart.map((a) => a.row)]);
  console.log(`\n«state bodies apart»: the same finder's spans less its organisations whose head noun is a ministry, an army, a government or a court (tests/eval/state-bodies.ts) over words the annotation leaves O, which count neither as found nor as wrong (the gold, and so recall, unchanged): ${apart.map((a) => `${a.count} of the ${a.finder}'s ${a.orgs} organisations`).join(', ')}.`);
  // The sets written apart are read only when the held-out block is: a tuning run (EVAL_BLOCK) never sees them.
  if (name === 'held-out') {
    for (const set of WRITTEN_APART) {
      const setFile = path.join(root, 'tests', 'fixtures', 'entities', set, `${set}.txt`);
      const articles = readArticles(readFileSync(setFile, 'utf8'), setFile);
      const sentences = articles.reduce((n, d) => n + d.sentences.length, 0);
      const tokens = articles.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
      const status = STUDIED[set] ?? 'honest: measured, never studied';
      console.log(`\n${set}: written apart, never trained on, ${status} (tests/fixtures/entities/${set}/README.md): ${articles.length} articles, ${sentences} sentences, ${tokens} tokens`);
      const found = finders(articles, model, gazetteer, false);
      // A second annotator's tags, where the set has them, scored as one more finder: the agreement, and a ceiling.
      const secondFile = path.join(root, 'tests', 'fixtures', 'entities', set, `${set}.annotator-2.txt`);
      if (existsSync(secondFile)) {
        const second = secondAnnotation(articles, readArticles(readFileSync(secondFile, 'utf8'), secondFile), secondFile);
        found.push(['second annotator (agreement)', (_doc, d) => second[d] ?? []]);
      }
      printScores(`${set}: written apart, never trained on, ${STUDIED[set] === undefined ? 'honest' : 'STUDIED'} (P, R, F1 in %)`, measure(articles, found), 'bag per article');
      printClassRecall(set, readClassRows(path.join(root, 'tests', 'fixtures', 'entities', set, 'classes.tsv')), articles, found);
    }
  }
  unseenReport();
}
