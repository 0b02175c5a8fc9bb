import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { actorRow } from '../../../../main/render/pdf/actors-section.ts';
import { questionsSection } from '../../../../main/render/pdf/questions-section.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { summarySection } from '../../../../main/render/pdf/summary-section.ts';
import { timelineRow } from '../../../../main/render/pdf/timeline-section.ts';
import { editedMark, EDITED_MARK, MANUAL_MARK } from '../../../../main/render/shared/edited-mark.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from '../docx/docx-parts.ts';
import { all, child, textOf, type XmlNode } from '../docx/xml-tree.ts';
import { template } from '../pdf/fixtures.ts';
import { STYLES } from '../pdf/section-fixtures.ts';

const base = sampleBrief();
/** The first point edited by the analyst, the second written by the analyst, the rest as assembled. */
const brief = {
  ...base,
  summary: base.summary.map((p, i) => ({ ...p, included: true, edited: i === 0, manual: i === 1 })),
  timeline: base.timeline.map((e, i) => ({ ...e, edited: i === 0 })),
  openQuestions: base.openQuestions.map((q, i) => ({ ...q, edited: i === 0 })),
  actors: base.actors.map((a, i) => ({ ...a, edited: i === 0 })),
};
const nbsp = (mark: string): string => mark.replace(/ /g, '\u00a0');
const spanTexts = (block: unknown): string[] => ((block as { spans?: { text: string }[] }).spans ?? []).map((s) => s.text);

describe('the analyst\'s mark on an item', () => {
  it('is «(معدّل)» on an edited item, «(أضافه المحلل)» on one the analyst wrote, nothing on one as assembled', () => {
    expect(editedMark({ edited: true, manual: false })).toBe(EDITED_MARK);
    expect(editedMark({ edited: true, manual: true })).toBe(nbsp(MANUAL_MARK));
    expect(editedMark({ edited: false, manual: false })).toBeNull();
  });

  it('follows the text of an edited or written summary point in the PDF, muted, and no other point', () => {
    const context = sectionContext(brief, template('standard'), STYLES);
    const [edited, written, assembled] = summarySection(context);
    // Right after the text, before the citation marks (summary-section.ts says why).
    expect(spanTexts(edited)[1]).toBe(` ${EDITED_MARK}`);
    expect((edited as { spans: { style: { colour: string } }[] }).spans[1]?.style.colour).toBe(context.template.colours.muted);
    expect(spanTexts(written)[1]).toBe(` ${nbsp(MANUAL_MARK)}`);
    expect(spanTexts(assembled).some((t) => t.includes('معدّل') || t.includes('المحلل'))).toBe(false);
  });

  it('follows an edited timeline event, open question and actor in the PDF, as in the Word file', () => {
    const context = sectionContext(brief, template('standard'), STYLES);
    // Right after the event's text, before any count of independent sources, as on a key point.
    expect(timelineRow(context, brief.timeline[0]!)[1]?.[1]?.text).toBe(` ${EDITED_MARK}`);
    expect(spanTexts(questionsSection(context)[0])).toContain(` ${EDITED_MARK}`);
    expect(actorRow(context, brief.actors[0]!)[0]?.at(-1)?.text).toBe(` ${EDITED_MARK}`);
    expect(actorRow(context, brief.actors[1]!)[0]?.some((s) => s.text.includes('معدّل'))).toBe(false);
  });

  it('follows the text of the same summary points in the Word file, before their notes, as in the PDF', async () => {
    const docTemplate = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const body = child(docxParts(await renderDocx(brief, docTemplate, { fontsDir: FONTS_DIR, now: NOW })).xml('word/document.xml'), 'w:body') as XmlNode;
    const marked = all(body, 'w:p').filter((p) => textOf(p).includes(brief.summary[0]!.text.slice(0, 30)) || textOf(p).includes(brief.summary[1]!.text.slice(0, 30)));
    const beforeNotes = (p: XmlNode): string => {
      const runs = all(p, 'w:r');
      const first = runs.findIndex((r) => all(r, 'w:footnoteReference').length + all(r, 'w:endnoteReference').length > 0);
      return runs.slice(0, first).map(textOf).join('').trimEnd();
    };
    expect(marked.map((p) => beforeNotes(p).endsWith(EDITED_MARK) || beforeNotes(p).endsWith(nbsp(MANUAL_MARK)))).toEqual([true, true]);
  });
});
