import { describe, expect, it } from 'vitest';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { sourcesSection } from '../../../../main/render/pdf/sources-section.ts';
import { SKIPPED_INPUTS_LEAD, SKIPPED_REASON } from '../../../../main/render/shared/skipped-inputs.ts';
import type { Block } from '../../../../main/render/pdf/blocks.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const textOf = (block: Block): string => ((block as { spans?: { text: string }[] }).spans ?? []).map((s) => s.text).join('');

describe('the skipped inputs under the PDF\'s source list', () => {
  const base = sampleBrief();

  it('lists each unread file, muted, after every source, the Latin name isolated before its reason', () => {
    const brief = { ...base, skippedInputs: [{ file: 'in/binary.txt', reason: 'binary', code: 'binary' }, { file: 'in/damaged.docx', reason: 'damaged', code: 'malformed' }] };
    const context = sectionContext(brief, template('standard'), STYLES);
    const blocks = sourcesSection(context);
    const note = blocks.slice(base.sources.length);
    expect(note.map(textOf)).toEqual([
      SKIPPED_INPUTS_LEAD,
      `\u2068binary.txt\u2069 — ${SKIPPED_REASON.binary}`,
      `\u2068damaged.docx\u2069 — ${SKIPPED_REASON.malformed}`,
    ]);
    const colours = note.flatMap((b) => ((b as { spans?: { style: { colour: string } }[] }).spans ?? []).map((s) => s.style.colour));
    expect(new Set(colours)).toEqual(new Set([context.template.colours.muted]));
  });

  it('adds nothing to the list of a brief whose inputs were all read', () => {
    const blocks = sourcesSection(sectionContext(base, template('standard'), STYLES));
    expect(blocks).toHaveLength(base.sources.length);
    expect(blocks.map(textOf).some((t) => t.includes(SKIPPED_INPUTS_LEAD))).toBe(false);
  });
});
