import { independentSourcesLabel, mutedSuffix, pointMarks } from '../brief-labels.ts';
import { editedMark } from '../shared/edited-mark.ts';
import { localText, type SectionContext } from './section-context.ts';
import type { Span, TextStyle } from './typeset/types.ts';

/**
 * How many independent sources carry an item (a wire story three outlets republish counts once), in muted text
 * after the item, in the item's own size: « — مصدران مستقلان». Nothing for a brief assembled before sources were counted.
 */
export function corroborationSpans(context: SectionContext, independentSources: number | undefined, size: TextStyle): Span[] {
  if (independentSources === undefined) return [];
  return [{ text: ` ${mutedSuffix(localText(context, independentSourcesLabel(independentSources)))}`, style: { ...size, colour: context.template.colours.muted } }];
}

/**
 * The marks after a summary point, muted like the count: « — صياغة مركّبة» for a composed point, « — خلفية» for one
 * that recounts background; nothing for any other point.
 */
export function pointMarkSpans(context: SectionContext, point: Parameters<typeof pointMarks>[0], size: TextStyle): Span[] {
  return pointMarks(point).map((mark) => ({ text: ` ${mutedSuffix(localText(context, mark))}`, style: { ...size, colour: context.template.colours.muted } }));
}

/**
 * The mark after an item the analyst changed or wrote («(معدّل)», «(أضافه المحلل)»), muted like the count, as the
 * Word file sets it: the reader of either export knows which words are the analyst's. Nothing for an item as assembled.
 */
export function editedMarkSpans(context: SectionContext, item: { edited: boolean; manual: boolean }, size: TextStyle): Span[] {
  const mark = editedMark(item);
  if (mark === null) return [];
  return [{ text: ` ${localText(context, mark)}`, style: { ...size, colour: context.template.colours.muted } }];
}
