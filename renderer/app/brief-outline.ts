import type { Brief, EditableSection } from './types.ts';
import { EDITABLE_SECTIONS } from './types.ts';

/** A section the outline jumps to: the key judgments, drawn first, then the editable sections. */
export type OutlineSection = 'keyJudgments' | EditableSection;

/** One entry of the editor's outline: a section and how many items it holds (excluded ones too: they are on screen). */
export interface OutlineEntry {
  section: OutlineSection;
  items: number;
}

/** The outline of a brief, in the editor's order of sections (the order they are drawn in): key judgments first. */
export function briefOutline(brief: Brief): OutlineEntry[] {
  return [{ section: 'keyJudgments', items: (brief.keyJudgments ?? []).length }, ...EDITABLE_SECTIONS.map((section) => ({ section, items: brief[section].length }))];
}
