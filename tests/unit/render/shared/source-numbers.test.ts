import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { sourceNumbering } from '../../../../main/render/shared/source-numbers.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));

describe('sourceNumbering', () => {
  const ids = SAMPLE.sources.map((s) => s.id);
  const cite = (...indices: number[]) => indices.map((i) => ({ sourceId: ids[i] ?? '', quote: `جملة ${String(i)}` }));

  it('gives a point\'s source numbers in ascending order, whatever order it cites them in (review 27, 16)', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(sourceNumbering(SAMPLE)(cite(2, 0, 1))).toEqual([1, 2, 3]);
  });

  it('keeps each source once and leaves out a source the brief does not list', () => {
    expect(sourceNumbering(SAMPLE)([...cite(1, 1, 0), { sourceId: 'not-listed', quote: 'جملة' }])).toEqual([1, 2]);
  });
});
