import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brief } from '../../main/model/brief.ts';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const seedsDir = path.join(fixturesDir, 'seeds');

export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(seedsDir, f), 'utf8') }));
}

/**
 * `count` distinct articles built from the seeds: paragraphs of several seeds shuffled deterministically and
 * numbered, so no two are duplicates but the language, length and boilerplate stay realistic.
 */
export function syntheticArticles(count: number): { name: string; text: string }[] {
  const paragraphs = seedTexts().flatMap((s) => s.text.split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  return Array.from({ length: count }, (_, i) => {
    const picked = Array.from({ length: 8 }, () => paragraphs[Math.floor(random() * paragraphs.length)] ?? '');
    return { name: `article-${String(i).padStart(5, '0')}.txt`, text: `تقرير رقم ${i + 1}\n\n${picked.join('\n\n')}\n` };
  });
}

/**
 * The sample brief (tests/fixtures/briefs/sample.json) with every item list repeated `times` times, ids kept
 * unique: the long brief the export benches time (each picks the factor that makes about 20 pages).
 */
export function largeBrief(times: number): Brief {
  const sample = Brief.parse(JSON.parse(readFileSync(path.join(fixturesDir, 'briefs', 'sample.json'), 'utf8')));
  const repeat = <T extends { id: string }>(items: T[]): T[] =>
    Array.from({ length: times }, (_, n) => items.map((item) => ({ ...item, id: `${item.id}-${n}` }))).flat();
  return {
    ...sample,
    summary: repeat(sample.summary),
    actors: repeat(sample.actors),
    timeline: repeat(sample.timeline),
    openQuestions: repeat(sample.openQuestions),
  };
}

/** Median wall time of `runs` calls, in milliseconds. */
export async function timeMs(fn: () => unknown, runs = 1): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
