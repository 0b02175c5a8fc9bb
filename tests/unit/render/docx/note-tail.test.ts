// Nothing after a paragraph's first note reference may wrap to a line of its own: LibreOffice (7.4) fills a
// justified Arabic line that holds a footnote reference by kashida positions drawn as blank gaps inside words, and a
// remark (« — مصدران مستقلان», an edited mark, a judgment's likelihood) wrapping after the references put them on
// such a line. Checked on the markup: after the first w:footnoteReference, no text holds a breaking space.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../main/model/brief.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { gradedSeedsBrief } from '../../../helpers/graded-brief.ts';
import { docxParts, FONTS_DIR, NOW, standardTemplate } from './docx-parts.ts';
import { all, textOf, type XmlNode } from './xml-tree.ts';

// A break opportunity in a line of text (UAX #14 class SP, the other spaces Word breaks at, and the zero-width space).
const BREAKING_SPACE = /[ \u2000-\u200b\u205f\u3000]/;

/** The text each paragraph carries after its first note reference, run by run. */
function tailsAfterReferences(document: XmlNode): { paragraph: string; tail: string[] }[] {
  return all(document, 'w:p').flatMap((p) => {
    const runs = all(p, 'w:r');
    const first = runs.findIndex((r) => all(r, 'w:footnoteReference').length + all(r, 'w:endnoteReference').length > 0);
    if (first < 0) return [];
    return [{ paragraph: textOf(p), tail: runs.slice(first + 1).map(textOf) }];
  });
}

/**
 * The seeds' graded brief with every kind of remark after its notes (counts, a composed mark, a judgment) and an edited
 * point, whose mark comes before its notes.
 */
function briefWithEveryRemark(): Brief {
  const brief = gradedSeedsBrief();
  const [first, second] = brief.summary;
  if (first === undefined || second === undefined) throw new Error('the seeds have two points');
  return {
    ...brief,
    summary: [{ ...first, composed: true }, { ...second, edited: true }, ...brief.summary.slice(2)],
    keyJudgments: [{ id: 'kj-1', text: 'يرجح أن تبقى الحدود مغلقة', band: 'likely', confidence: 'moderate', evidence: first.sources, included: true, edited: false, manual: true }],
  };
}

describe('the note references stay on their paragraph\'s last line', () => {
  it('has no breaking space after the first reference of any paragraph, in footnotes and in endnotes', async () => {
    for (const citations of ['footnotes', 'endnotes'] as const) {
      const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, citations, embedFonts: false } }));
      const document = docxParts(await renderDocx(briefWithEveryRemark(), template, { fontsDir: FONTS_DIR, now: NOW })).xml('word/document.xml');
      const tails = tailsAfterReferences(document);
      // The case the rule is for is there: references followed by remarks.
      expect(tails.filter((t) => t.tail.join('').includes('مستقل')).length, citations).toBeGreaterThan(2);
      expect(tails.some((t) => t.tail.join('').includes('(معدّل)')), citations).toBe(false);
      expect(tails.some((t) => t.paragraph.includes('(معدّل)')), citations).toBe(true);
      for (const { paragraph, tail } of tails) {
        expect(tail.filter((text) => BREAKING_SPACE.test(text)), paragraph).toEqual([]);
      }
    }
  });
});
