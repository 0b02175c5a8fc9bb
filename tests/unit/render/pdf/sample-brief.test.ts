import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

describe('tests/fixtures/briefs/sample.json', () => {
  const brief = Brief.parse(JSON.parse(readFileSync(`${fixtures}briefs/sample.json`, 'utf8')));

  it('passes the Brief schema with the promised shape', () => {
    expect(brief.sources).toHaveLength(5);
    expect(brief.summary.filter((p) => p.included)).toHaveLength(6);
    expect(brief.actors.filter((a) => a.included).length).toBeGreaterThanOrEqual(10);
    expect(brief.timeline.length).toBeGreaterThanOrEqual(8);
    expect(new Set(brief.openQuestions.map((q) => q.kind)).size).toBe(5);
  });

  it('quotes every citation verbatim from its seed article', () => {
    const bodies = new Map(brief.sources.map((s) => [s.id, readFileSync(`${fixtures}seeds/${s.file}`, 'utf8')]));
    const citations = [
      ...brief.summary.flatMap((p) => p.sources),
      ...brief.actors.flatMap((a) => a.sources),
      ...brief.timeline.flatMap((t) => t.sources),
      ...brief.openQuestions.flatMap((q) => q.evidence),
    ];
    for (const c of citations) expect(bodies.get(c.sourceId), c.quote).toContain(c.quote);
  });

  it('carries the mixed-direction material the typesetting tests rely on', () => {
    const text = JSON.stringify(brief);
    for (const needle of ['2024', '1905', '136', 'SANA', 'Reuters', '(الشرع)', '[1]', '«', '“', '1.9']) {
      expect(text).toContain(needle);
    }
  });
});
