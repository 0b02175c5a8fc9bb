import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import type { Brief } from '../../../main/model/brief.ts';
import { cleanBatch } from '../../../main/ingest/clean-article.ts';
import { readDocument } from '../../../main/ingest/read-document.ts';

// The seeds' brief, reviewed by eye before it was accepted. Re-accept after a deliberate change with
// UPDATE_GOLDEN=1 — and read the diff of tests/golden/brief/seeds.json before committing it.
const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.join(here, '..', '..', 'fixtures', 'seeds');
const golden = path.join(here, '..', '..', 'golden', 'brief', 'seeds.json');

async function seedsBrief(): Promise<Brief> {
  const files = ['000_4ff2338cbc9187df.txt', '001_f195298f482e62d6.txt', '002_370ad7f8b841efc5.txt', '003_6e59c3c8b09eb941.txt', '004_738c4e5b00d9a6d1.txt'];
  const raws = await Promise.all(files.map((f) => readDocument(path.join(seedsDir, f))));
  const articles = cleanBatch(raws.map((r) => ({ ...r, file: path.basename(r.file) })), { now: '2025-04-10' });
  return assembleBrief(articles, { now: '2025-04-10' });
}

describe('the seeds brief', () => {
  it('matches the reviewed golden file', async () => {
    const json = JSON.stringify(await seedsBrief(), null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(golden), { recursive: true });
      writeFileSync(golden, json);
    }
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(json).toBe(readFileSync(golden, 'utf8'));
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
