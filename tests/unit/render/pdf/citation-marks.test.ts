import { describe, expect, it } from 'vitest';
import {
  citationMarks, citedSourceNumbers, MARK_GAP, sourceDestination, sourcesCell,
} from '../../../../main/render/pdf/citation-marks.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const brief = sampleBrief();
const [first, second, third] = brief.sources.map((s) => s.id);
const cite = (...ids: Array<string | undefined>) => ids.map((sourceId) => ({ sourceId: sourceId ?? '', quote: 'نص' }));

describe('citation marks', () => {
  const context = sectionContext(brief, { ...template('standard'), digits: 'arabic-indic' }, STYLES);

  it('numbers each cited source once, in first-cited order, and leaves out sources the brief does not list', () => {
    expect(citedSourceNumbers(context, cite(third, first, third, 'not-a-source', second))).toEqual([3, 1, 2]);
  });

  it('links every number to its source and separates them with an Arabic comma after the first gap', () => {
    const spans = citationMarks(context, cite(second, first), STYLES.sup, MARK_GAP);
    expect(spans.map((s) => s.text)).toEqual([MARK_GAP, '٢', `\u200f،${MARK_GAP}`, '١']);
    expect(spans.map((s) => s.style.link)).toEqual([undefined, sourceDestination(2), undefined, sourceDestination(1)]);
    expect(spans.every((s) => s.style.size === STYLES.sup.size)).toBe(true);
  });

  it('keeps Western digits when the template asks for them', () => {
    const latin = sectionContext(brief, { ...template('standard'), digits: 'western' }, STYLES);
    expect(citationMarks(latin, cite(third), STYLES.sup, '').map((s) => s.text)).toEqual(['', '3']);
  });

  it('a sources cell drops the leading gap, and shows a dash when nothing is cited', () => {
    expect(sourcesCell(context, cite(first, second)).map((s) => s.text)).toEqual(['١', `\u200f،${MARK_GAP}`, '٢']);
    expect(sourcesCell(context, [])).toEqual([{ text: '—', style: STYLES.small }]);
  });
});
