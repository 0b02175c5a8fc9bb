import { describe, expect, it } from 'vitest';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';

const NOW = '2026-01-15';
const stamp = (line: string): [string, string | null] | null => {
  const s = readStamp(line, NOW);
  return s === null ? null : [s.value, s.label];
};

describe('a print issue line with a Levantine month written short', () => {
  it('reads «ك2», «ت1» beside the issue and volume numbers, glued or not', () => {
    expect(stamp('السنة 91 - العدد 214 - الاثنين 12 ك2 2026')).toEqual(['2026-01-12', null]);
    expect(stamp('العدد 5012السنة الثالثة والعشرون الثلاثاء 13 ت1 2025')).toEqual(['2025-10-13', null]);
    expect(stamp('العدد3310 - الأحد 4 ك1 2025')).toEqual(['2025-12-04', null]);
    // The number glued to its label still comes apart.
    expect(stamp('العدد4127 الاثنين 12 كانون الثاني 2026')).toEqual(['2026-01-12', null]);
  });
});
