import type { Brief, Citation } from '../../model/brief.ts';
import { briefDirection } from '../shared/brief-direction.ts';
import { bindDates } from '../shared/date-binding.ts';
import { displaySegments } from '../shared/digits-direction.ts';
import { sourceNumbering } from '../shared/source-numbers.ts';
import type { Template } from '../template.ts';
import type { TextStyle } from './typeset/types.ts';

/** The text styles a brief is set in, built from the template's fonts, sizes and colours. */
export interface BriefStyles {
  body: TextStyle;
  bold: TextStyle;
  muted: TextStyle;
  small: TextStyle;
  smallBold: TextStyle;
  sup: TextStyle;
  link: TextStyle;
  h1: TextStyle;
  title: TextStyle;
  marking: TextStyle;
}

/** What every section's block builder reads: the brief, its template, its text styles and the sources' numbers. */
export interface SectionContext {
  brief: Brief;
  template: Template;
  styles: BriefStyles;
  /** Every paragraph's base direction: the brief's language's. */
  direction: 'rtl' | 'ltr';
  /** The numbers of the sources citations cite (from 1, the brief's list order), each once, in ascending order. */
  sourceNumbers: (citations: readonly Citation[]) => number[];
}

/** The context the section builders share; sources are numbered as every exporter numbers them. */
export function sectionContext(brief: Brief, template: Template, styles: BriefStyles): SectionContext {
  return { brief, template, styles, direction: briefDirection(brief), sourceNumbers: sourceNumbering(brief) };
}

/**
 * Text as the brief prints it, as the Word file's runs do: digits in the template's style outside Latin islands,
 * and every island holding digits or punctuation isolated (FSI…PDI), so an English item keeps its period at its
 * own end inside a right-to-left paragraph. The typesetter resolves levels with the isolates, then drops them. The
 * parts of a date are bound (../shared/date-binding.ts), so no line ends inside one.
 */
export function localText(context: SectionContext, text: string): string {
  return displaySegments(bindDates(text), context.template.digits).map((segment) => segment.text).join('');
}

/** The line advance, in points, of text set in `style`: its size times the template's line height. */
export function lineHeight(context: SectionContext, style: TextStyle): number {
  return style.size * context.template.sizes.lineHeight;
}

/** The items a section shows: the included ones, at most `template.itemsPerSection` of them (0 means all). */
export function shownItems<T extends { included: boolean }>(context: SectionContext, items: readonly T[]): T[] {
  const kept = items.filter((i) => i.included);
  const limit = context.template.itemsPerSection;
  return limit > 0 ? kept.slice(0, limit) : kept;
}
