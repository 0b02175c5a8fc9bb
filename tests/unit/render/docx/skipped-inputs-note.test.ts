import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../main/render/docx/render-docx.ts';
import { SKIPPED_INPUTS_LEAD, SKIPPED_REASON } from '../../../../main/render/shared/skipped-inputs.ts';
import { docxParts, FONTS_DIR, NOW, sampleBrief, standardTemplate } from './docx-parts.ts';
import { all, child, textOf, type XmlNode } from './xml-tree.ts';

const template = standardTemplate((t) => ({ ...t, docx: { ...t.docx, embedFonts: false } }));

async function paragraphs(brief: ReturnType<typeof sampleBrief>): Promise<string[]> {
  const part = docxParts(await renderDocx(brief, template, { fontsDir: FONTS_DIR, now: NOW }));
  const body = child(part.xml('word/document.xml'), 'w:body') as XmlNode;
  return all(body, 'w:p').map(textOf);
}

describe('the skipped inputs under the Word file\'s source list', () => {
  it('lists each unread file after the last source: its name, a dash between right-to-left marks, the reason', async () => {
    const base = sampleBrief();
    const texts = await paragraphs({ ...base, skippedInputs: [{ file: '/x/in/binary.txt', reason: 'binary', code: 'binary' }, { file: 'empty.txt', reason: 'the file is empty' }] });
    const lead = texts.indexOf(SKIPPED_INPUTS_LEAD);
    expect(lead).toBeGreaterThan(0);
    expect(texts.slice(lead + 1, lead + 3)).toEqual([`\u2068binary.txt\u2069\u200f — \u200f${SKIPPED_REASON.binary}`, '\u2068empty.txt\u2069\u200f — \u200fthe file is empty']);
    // The note follows the source list: the last source's title is before it.
    const lastTitle = base.sources.at(-1)?.title ?? '';
    expect(texts.findIndex((t) => lastTitle !== '' && t.includes(lastTitle))).toBeLessThan(lead);
  });

  it('prints no note for a brief whose inputs were all read', async () => {
    const texts = await paragraphs(sampleBrief());
    expect(texts.some((t) => t.includes(SKIPPED_INPUTS_LEAD))).toBe(false);
  });
});
