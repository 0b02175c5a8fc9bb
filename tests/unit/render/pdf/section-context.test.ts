import { describe, expect, it } from 'vitest';
import { lineHeight, localText, sectionContext, shownItems } from '../../../../main/render/pdf/section-context.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const brief = sampleBrief();

describe('section context', () => {
  it('numbers the sources from 1 in the order the brief lists them', () => {
    const context = sectionContext(brief, template('standard'), STYLES);
    brief.sources.forEach((source, i) => expect(context.sourceNumbers([{ sourceId: source.id, quote: '' }])).toEqual([i + 1]));
  });

  it('shows only included items, capped by the template (0 means no cap)', () => {
    const items = [true, false, true, true, true].map((included, id) => ({ id, included }));
    const all = sectionContext(brief, { ...template('standard'), itemsPerSection: 0 }, STYLES);
    const three = sectionContext(brief, { ...template('standard'), itemsPerSection: 3 }, STYLES);
    expect(shownItems(all, items).map((i) => i.id)).toEqual([0, 2, 3, 4]);
    expect(shownItems(three, items).map((i) => i.id)).toEqual([0, 2, 3]);
  });

  it('sets digits and line heights by the template', () => {
    const standard = template('standard');
    const context = sectionContext(brief, { ...standard, digits: 'arabic-indic' }, STYLES);
    expect(localText(context, 'عام 2025')).toBe('عام ٢٠٢٥');
    expect(lineHeight(context, STYLES.body)).toBeCloseTo(12 * standard.sizes.lineHeight);
  });
});
