import type { Brief, EditableSection } from './types.ts';
import { EDITABLE_SECTIONS } from './types.ts';

/** One entry of the editor's outline: a section and how many items it holds (excluded ones too: they are on screen). */
export interface OutlineEntry {
  section: EditableSection;
  items: number;
}

/** The outline of a brief, in the editor's order of sections (the order they are drawn in). */
export function briefOutline(brief: Brief): OutlineEntry[] {
  return EDITABLE_SECTIONS.map((section) => ({ section, items: brief[section].length }));
}
