import { describe, expect, it } from 'vitest';
import { contentWidths } from '../../../../main/render/shared/column-widths.ts';

describe('contentWidths', () => {
  const long = 'الرئيس السوري، زعيم هيئة تحرير الشام، قائد إدارة العمليات العسكرية في سوريا';
  const cells = [
    ['الاسم', 'أحمد الشرع (الشرع)', 'العراق', 'الحشد الشعبي (هيئة الحشد الشعبي، قوات الحشد الشعبي)'],
    ['النوع', 'شخص', 'مكان', 'منظمة'],
    ['الأدوار', long, '—', '—'],
    ['الإشارات', '7', '36', '17'],
  ];

  it('fills the measure exactly', () => {
    const widths = contentWidths(cells, 9000, 95, 240);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
  });

  it('gives short columns what their header and words need, and the running text the rest', () => {
    const [name, type, roles, mentions] = contentWidths(cells, 9000, 95, 240) as [number, number, number, number];
    // A column is never narrower than its header or its longest word.
    expect(type).toBeGreaterThanOrEqual('منظمة'.length * 95 + 240);
    expect(mentions).toBeGreaterThanOrEqual('الإشارات'.length * 95 + 240);
    expect(roles).toBeGreaterThan(type * 2);
    expect(name).toBeGreaterThan(type);
  });
});

describe('contentWidths in a measure too narrow for its words', () => {
  it('shares the measure in proportion to what the columns need, no width negative', () => {
    const cells = [['الاستخباراتية', 'والمستشارون'], ['الإشارات', 'والمتحدثون'], ['المصادر', '١٢٣٤٥٦٧٨']];
    const widths = contentWidths(cells, 200, 10, 10);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(200);
    widths.forEach((w) => expect(w).toBeGreaterThan(0));
    expect(widths[0]).toBeGreaterThan(widths[2] ?? 0);
  });
});

/** The greedy widening as plainly stated: every step tries every column and counts every row again. */
function plainWidths(cells: string[][], total: number, charWidth: number, cellPadding: number): number[] {
  const columns = cells.length;
  const rows = Math.max(0, ...cells.map((texts) => texts.length - 1));
  const capacity = total / charWidth - (columns * cellPadding) / charWidth;
  const chars = cells.map((texts) => Math.max(1, (texts[0] ?? '').length, ...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length))) + 1);
  const needed = chars.reduce((a, b) => a + b, 0);
  if (needed > capacity) chars.forEach((n, c) => { chars[c] = (n * Math.max(0, capacity)) / needed; });
  const height = (widths: number[]): number => {
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      let lines = 1;
      for (let c = 0; c < columns; c++) lines = Math.max(lines, Math.ceil((cells[c]?.[r + 1]?.length ?? 0) / (widths[c] ?? 1)));
      sum += lines;
    }
    return sum;
  };
  const step = Math.max(1, capacity / 100);
  let left = capacity - chars.reduce((a, b) => a + b, 0);
  while (left >= step) {
    let best = -1;
    let bestHeight = height(chars);
    for (let c = 0; c < columns; c++) {
      const h = height(chars.map((w, i) => (i === c ? w + step : w)));
      if (h < bestHeight) [best, bestHeight] = [c, h];
    }
    if (best < 0) break;
    chars[best] = (chars[best] ?? 0) + step;
    left -= step;
  }
  const longest = cells.map((texts, c) => Math.max(0, ...texts.slice(1).map((t) => t.length)) - (chars[c] ?? 0));
  const volume = cells.map((texts, c) => ((longest[c] ?? 0) > 0 ? texts.reduce((sum, t) => sum + t.length, 0) : 0));
  const volumeSum = volume.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, capacity - chars.reduce((a, b) => a + b, 0));
  chars.forEach((n, c) => { chars[c] = n + (volumeSum > 0 ? (spare * (volume[c] ?? 0)) / volumeSum : spare / columns); });
  const widths = chars.map((n) => Math.floor(n * charWidth + cellPadding));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

describe('contentWidths against the plain greedy widening', () => {
  it('gives the same widths on random tables (ragged rows, ties between columns, narrow and wide measures)', () => {
    let seed = 17;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const word = (): string => 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.slice(0, 1 + Math.floor(random() * 9));
    for (let t = 0; t < 400; t++) {
      const columns = 1 + Math.floor(random() * 6);
      const cells = Array.from({ length: columns }, () => Array.from({ length: 1 + Math.floor(random() * 30) },
        () => Array.from({ length: Math.floor(random() * (random() < 0.3 ? 30 : 4)) }, word).join(' ')));
      const [total, charWidth, padding] = [50 + random() * 600, 2 + random() * 6, random() * 12];
      expect(contentWidths(cells, total, charWidth, padding)).toEqual(plainWidths(cells, total, charWidth, padding));
    }
  });
});
