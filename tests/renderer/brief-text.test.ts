import { describe, expect, it } from 'vitest';
import { briefPlainText } from '../../renderer/app/brief-text.ts';
import { setIncluded } from '../../renderer/app/brief-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';

const brief = (): Brief => JSON.parse(seedsGoldenBrief()) as Brief;
const say = (d: string): string => `«${d}»`;

describe('a brief copied as plain text', () => {
  it('has every section under its heading, items with their source numbers, and the numbered sources', () => {
    const b = brief();
    const text = briefPlainText(b, say);
    const lines = text.split('\n');
    expect(lines[0]).toBe(b.title);
    for (const heading of ['الخلاصة', 'الفاعلون', 'التسلسل الزمني', 'أسئلة مفتوحة', 'المصادر']) expect(lines).toContain(heading);
    const first = b.summary.find((p) => p.included);
    if (first === undefined) throw new Error('no point');
    const n = b.sources.findIndex((s) => s.id === first.sources[0]?.sourceId) + 1;
    expect(lines.find((l) => l.startsWith(`- ${first.text}`))).toMatch(new RegExp(`\\[(?:\\d+، )*${n}(?:، \\d+)*\\]$`));
    expect(lines.filter((l) => /^\[\d+\] /.test(l))).toHaveLength(b.sources.length);
    expect(text).toContain(`- ${say(b.timeline[0]?.date ?? '')}`);
  });

  it('leaves out excluded items, and writes Arabic in logical order without direction marks', () => {
    const b = brief();
    const point = b.summary[0];
    if (point === undefined) throw new Error('no point');
    const text = briefPlainText(setIncluded(b, 'summary', point.id, false), say);
    expect(text).not.toContain(point.text);
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
