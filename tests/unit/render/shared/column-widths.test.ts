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
