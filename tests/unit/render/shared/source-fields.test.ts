import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../main/model/article.ts';
import { formatPartialDate } from '../../../../main/render/format-date.ts';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { sourceEntry } from '../../../../main/render/pdf/sources-section.ts';
import { MISSING_SOURCE_WORDS, sourceFields } from '../../../../main/render/shared/source-fields.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from '../docx/docx-parts.ts';
import { all, child, textOf, type XmlNode } from '../docx/xml-tree.ts';
import { template } from '../pdf/fixtures.ts';
import { STYLES } from '../pdf/section-fixtures.ts';

const brief = sampleBrief();
const first = brief.sources[0] as SourceRecord;
/** A source the import could read nothing of but its file: no outlet, no title, no date. */
const bare: SourceRecord = { ...first, outlet: null, title: null, published: null, file: '004_bare.txt' };
const withBare = { ...brief, sources: [bare, ...brief.sources.slice(1)] };

// Direction controls (isolates in the PDF, right-to-left marks in Word) are each exporter's own; the words are not.
const say = (partial: string): string => formatPartialDate(partial, 'western');
const words = (text: string): string => text.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

describe('a source list entry', () => {
  it('names every missing field, and an untitled source by its file', () => {
    expect(sourceFields(bare, say)).toEqual({
      outlet: MISSING_SOURCE_WORDS.outlet,
      title: `${MISSING_SOURCE_WORDS.title} (004_bare.txt)`,
      date: MISSING_SOURCE_WORDS.date,
    });
    expect(sourceFields({ ...bare, title: '  ' }, say).title).toBe(`${MISSING_SOURCE_WORDS.title} (004_bare.txt)`);
  });

  it('reads the same in the PDF and in the Word file, for a bare source and a full one', async () => {
    const context = sectionContext(withBare, template('standard'), STYLES);
    const docTemplate = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));
    const body = child(docxParts(await renderDocx(withBare, docTemplate, { fontsDir: FONTS_DIR, now: NOW })).xml('word/document.xml'), 'w:body') as XmlNode;
    const paragraphs = all(body, 'w:p').map((p) => words(textOf(p)));
    for (const [i, source] of withBare.sources.slice(0, 2).entries()) {
      const { outlet, title, date } = sourceFields(source, (partial) => formatPartialDate(partial, context.template.digits));
      const line = `${outlet} — ${title} — ${date}`;
      expect(words(sourceEntry(context, source, i + 1).spans.map((s) => s.text).join(''))).toBe(line);
      expect(paragraphs.filter((p) => p.endsWith(line))).toHaveLength(1);
    }
  });
});
