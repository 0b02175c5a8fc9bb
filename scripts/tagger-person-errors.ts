// `npm run tagger-person-errors [-- <train.txt>]`: the tagger's own person errors on the STUDIED sets (ANERcorp's tune
// blocks with their block models, the studied sets of 2020s news with the shipped model; never an honest set), each
// gold person it misses and each false person it makes, grouped by cause: no span over it, its ends (a word too
// many or too few on either side), another type over it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prf } from '../main/analysis/ner/entity-scores.ts';
import { findDocumentEntities } from '../main/analysis/ner/tagger.ts';
import { spansFromTags } from '../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../main/analysis/ner/tags.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { studiedSets } from './ner-block-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));
const verbose = process.argv.includes('--list');
const gazetteer = loadGazetteer();

/** Why a gold person is not found exactly, given what the tagger found in its sentence. */
function missCause(g: EntitySpan, found: readonly EntitySpan[]): string {
  const over = found.filter((f) => f.start < g.end && g.start < f.end);
  if (over.length === 0) return 'no span';
  const person = over.find((f) => f.type === 'PERS');
  if (person === undefined) return `typed ${over.map((f) => f.type).join('+')}`;
  if (over.filter((f) => f.type === 'PERS').length > 1) return 'split in two';
  const ends = [person.start < g.start ? 'starts early' : person.start > g.start ? 'starts late' : '', person.end > g.end ? 'ends late' : person.end < g.end ? 'ends early' : ''].filter((x) => x !== '');
  return ends.join(', ');
}

/** Why a found person is false, given the gold spans of its sentence. */
function falseCause(f: EntitySpan, gold: readonly EntitySpan[]): string {
  const over = gold.filter((g) => g.start < f.end && f.start < g.end);
  if (over.length === 0) return 'no gold entity';
  const person = over.find((g) => g.type === 'PERS');
  if (person === undefined) return `gold ${over.map((g) => g.type).join('+')}`;
  return 'bounds (counted as a miss too)';
}

for (const set of studiedSets(file, gazetteer)) {
  const misses = new Map<string, number>();
  const falses = new Map<string, number>();
  const counts = { gold: 0, found: 0, correct: 0 };
  for (const doc of set.docs) {
    const tagged = findDocumentEntities(set.model, doc.sentences.map((s) => s.tokens), gazetteer);
    doc.sentences.forEach((s, i) => {
      const g = spansFromTags(s.tags);
      const mine = tagged[i] ?? [];
      const same = (a: EntitySpan, b: EntitySpan): boolean => a.start === b.start && a.end === b.end && a.type === b.type;
      const text = (e: EntitySpan): string => s.tokens.slice(e.start, e.end).join(' ');
      const context = (e: EntitySpan): string => s.tokens.slice(Math.max(0, e.start - 4), e.end + 4).join(' ');
      for (const e of g.filter((x) => x.type === 'PERS')) {
        counts.gold++;
        if (mine.some((m) => same(m, e))) { counts.correct++; continue; }
        const cause = missCause(e, mine);
        misses.set(cause, (misses.get(cause) ?? 0) + 1);
        if (verbose) console.log(`${set.name} miss [${cause}] ${text(e)} | ${context(e)} | found ${mine.filter((m) => m.start < e.end && e.start < m.end).map((m) => `${m.type}[${text(m)}]`).join(' ')}`);
      }
      for (const m of mine.filter((x) => x.type === 'PERS')) {
        counts.found++;
        if (g.some((x) => same(x, m))) continue;
        const cause = falseCause(m, g);
        falses.set(cause, (falses.get(cause) ?? 0) + 1);
        if (verbose && !cause.startsWith('bounds')) console.log(`${set.name} false [${cause}] ${text(m)} | ${context(m)}`);
      }
    });
  }
  const score = prf(counts);
  console.log(`${set.name}: tagger PERS P / R / F1 ${score.precision.toFixed(1)} / ${score.recall.toFixed(1)} / ${score.f1.toFixed(2)} (${counts.gold} gold, ${counts.found} found, ${counts.correct} right)`);
  console.log(`  misses: ${[...misses].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  console.log(`  false persons: ${[...falses].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}
