import { describe, expect, it } from 'vitest';
import {
  citationMarks, citedSourceNumbers, MARK_GAP, sourceDestination, sourcesCell,
} from '../../../../main/render/pdf/citation-marks.ts';
import { layoutParagraph } from '../../../../main/render/pdf/typeset/layout-paragraph.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const brief = sampleBrief();
const [first, second, third] = brief.sources.map((s) => s.id);
const cite = (...ids: Array<string | undefined>) => ids.map((sourceId) => ({ sourceId: sourceId ?? '', quote: 'نص' }));

describe('citation marks', () => {
  const context = sectionContext(brief, { ...template('standard'), digits: 'arabic-indic' }, STYLES);

  it('numbers each cited source once, in ascending order (review 27, 16: «7، 5، 3، 1» sent the reader hunting), and leaves out sources the brief does not list', () => {
    expect(citedSourceNumbers(context, cite(third, first, third, 'not-a-source', second))).toEqual([1, 2, 3]);
  });

  it('links every number to its source and separates them with an Arabic comma after the first gap', () => {
    const spans = citationMarks(context, cite(second, first), STYLES.sup, MARK_GAP);
    expect(spans.map((s) => s.text)).toEqual([MARK_GAP, '١', `\u200f،${MARK_GAP}`, '٢']);
    expect(spans.map((s) => s.style.link)).toEqual([undefined, sourceDestination(1), undefined, sourceDestination(2)]);
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

  it('lets a long list of marks wrap after a comma, never inside a number (a busy brief\'s actor cites hundreds)', () => {
    const many = { ...brief, sources: Array.from({ length: 150 }, (_, i) => ({ ...brief.sources[0]!, id: `s${i}` })) };
    const busy = sectionContext(many, template('standard'), STYLES);
    const numbers = Array.from({ length: 150 }, (_, i) => i + 1).filter((n) => n % 7 === 0 || n > 95);
    const spans = sourcesCell(busy, numbers.map((n) => ({ sourceId: `s${n - 1}`, quote: 'نص' })));
    const layout = layoutParagraph({ spans, width: 50, align: 'start', direction: 'rtl' });
    expect(layout.lines.length).toBeGreaterThan(5);
    const perLine = layout.lines.map((line) => line.text.replace(/[\u200f\u2009\u2060\s]/gu, '').split('،').filter((t) => t !== ''));
    // Every line holds whole numbers, in order: the list is one stretch (word joiners), once cut between any digits.
    expect(perLine.flat()).toEqual(numbers.map(String));
    for (const line of layout.lines) expect(line.text.replace(/[\u200f\u2009\u2060\s]/gu, '')).not.toMatch(/^،/u);
  });

  it('begins a list of marks wider than the line on its word\'s line, not under a short line', () => {
    const many = { ...brief, sources: Array.from({ length: 150 }, (_, i) => ({ ...brief.sources[0]!, id: `s${i}` })) };
    const busy = sectionContext(many, template('standard'), STYLES);
    const marks = citationMarks(busy, Array.from({ length: 60 }, (_, i) => ({ sourceId: `s${i + 40}`, quote: 'نص' })), STYLES.sup, MARK_GAP);
    const layout = layoutParagraph({ spans: [{ text: 'في بعض الأحيان.', style: STYLES.body }, ...marks], width: 200, align: 'justify', direction: 'rtl' });
    // The word and its first marks fill the first line; the list used to start on a line of its own.
    expect(layout.lines[0]?.text).toMatch(/الأحيان/u);
    expect(layout.lines[0]?.text).toMatch(/[0-9\u0660-\u0669]/u);
  });
});
