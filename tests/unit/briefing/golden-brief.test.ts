import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import type { Brief } from '../../../main/model/brief.ts';
import { cleanBatch } from '../../../main/ingest/clean-article.ts';
import { readDocument } from '../../../main/ingest/read-document.ts';
import { briefText, joinBrief, pointer, REST, SECTIONS, SEEDS_GOLDEN_DIR as goldenDir, seedsGoldenBrief, splitBrief } from '../../helpers/seeds-golden-brief.ts';

// The seeds' brief, reviewed by eye before it was accepted, kept one file per section under tests/golden/brief/seeds/
// (tests/helpers/seeds-golden-brief.ts) so that a change can be reviewed section by section. Re-accept after a
// deliberate change with UPDATE_GOLDEN=1 — and read the diff of every file there before committing it.
const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.join(here, '..', '..', 'fixtures', 'seeds');

async function seedsBrief(): Promise<Brief> {
  const files = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
  const raws = await Promise.all(files.map((f) => readDocument(path.join(seedsDir, f))));
  const articles = cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' });
  return assembleBrief(articles, { now: '2025-04-10' });
}

describe('the seeds brief', () => {
  it('matches the reviewed golden files, section by section and as a whole', async () => {
    const brief = await seedsBrief();
    const files = splitBrief(brief);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      for (const [file, json] of files) writeFileSync(path.join(goldenDir, file), json);
    }
    for (const [file, json] of files) {
      const golden = path.join(goldenDir, file);
      expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(json, `${golden} differs`).toBe(readFileSync(golden, 'utf8'));
    }
    expect(readdirSync(goldenDir).sort(), 'no stale file in the golden folder').toEqual([...files.keys()].sort());
    // The exact bytes of the brief's JSON, put back together from the reviewed files.
    expect(briefText(brief)).toBe(seedsGoldenBrief());
  });

  it('puts the split back together exactly, and refuses a rest.json that lost a section\'s place', async () => {
    const brief = await seedsBrief();
    const files = splitBrief(brief);
    expect(joinBrief((file) => files.get(file) ?? '')).toBe(briefText(brief));
    const broken = (files.get(REST) ?? '').replace(`"${pointer(SECTIONS.actors)}"`, '[]');
    expect(() => joinBrief((file) => (file === REST ? broken : (files.get(file) ?? '')))).toThrow(/"actors" should read/);
  });

  it('cites only exact sentences of known sources', async () => {
    const brief = await seedsBrief();
    const raws = await Promise.all(brief.sources.map((s) => readDocument(path.join(seedsDir, s.file))));
    const bodies = new Map(cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' }).map((a) => [a.id, a.body]));
    const citations = [
      ...brief.summary.flatMap((x) => x.sources),
      ...brief.actors.flatMap((x) => x.sources),
      ...brief.timeline.flatMap((x) => x.sources),
      ...brief.openQuestions.flatMap((x) => x.evidence),
    ];
    expect(citations.length).toBeGreaterThan(50);
    for (const c of citations) expect(bodies.get(c.sourceId)).toContain(c.quote);
  });

  it('is the same brief on every run with the same date', async () => {
    expect(JSON.stringify(await seedsBrief())).toBe(JSON.stringify(await seedsBrief()));
  });
});
