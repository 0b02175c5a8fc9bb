import { describe, expect, it } from 'vitest';
import { briefBlocks } from '../../../../main/render/pdf/brief-blocks.ts';
import { keyJudgmentsSection } from '../../../../main/render/pdf/key-judgments-section.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import type { Block } from '../../../../main/render/pdf/blocks.ts';
import type { Brief } from '../../../../main/model/brief.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const base = sampleBrief();
const judged: Brief = {
  ...base,
  keyJudgments: [
    { id: 'kj-1', included: true, edited: false, manual: true, text: 'ستستمر المحادثات الأمنية بين البلدين.', band: 'very-likely', confidence: 'moderate', evidence: base.summary[0]?.sources ?? [] },
    { id: 'kj-2', included: false, edited: false, manual: true, text: 'حكم مستبعد من الموجز.', band: 'unlikely', confidence: 'low', evidence: [] },
  ],
};
const text = (block: Block | undefined): string => ((block as { spans?: { text: string }[] } | undefined)?.spans ?? []).map((s) => s.text).join('');

describe('key judgments in the PDF', () => {
  it('a bullet per included judgment: the statement, its evidence marks, then the band with its range and, apart, the confidence', () => {
    const blocks = keyJudgmentsSection(sectionContext(judged, template('standard'), STYLES));
    expect(blocks).toHaveLength(1);
    const line = text(blocks[0]);
    expect(line.startsWith('ستستمر المحادثات الأمنية بين البلدين.')).toBe(true);
    expect(line).toContain('درجة الاحتمال: مرجّح جداً (بين 80 و95%)؛ درجة الثقة: ثقة متوسطة');
  });

  it('comes first, under its heading, when the brief has judgments; a brief without any has no such heading', () => {
    const headings = (brief: Brief): string[] => briefBlocks(brief, template('standard'), STYLES, brief.generatedAt).filter((b) => (b as { outline?: string }).outline !== undefined).map((b) => (b as { outline?: string }).outline ?? '');
    expect(headings(judged).slice(0, 2)).toEqual(['الأحكام الرئيسية', 'الخلاصة']);
    expect(headings(base)).not.toContain('الأحكام الرئيسية');
  });
});
