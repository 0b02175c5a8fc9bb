import { COMPOSED_MARK, independentSourcesLabel, showsComposed } from '../brief-labels.ts';
import { localText, type SectionContext } from './section-context.ts';
import type { Span, TextStyle } from './typeset/types.ts';

/**
 * How many independent sources carry an item (a wire story three outlets republish counts once), in muted text
 * after the item, in the item's own size: « — مصدران مستقلان». Nothing for a brief assembled before sources were counted.
 */
export function corroborationSpans(context: SectionContext, independentSources: number | undefined, size: TextStyle): Span[] {
  if (independentSources === undefined) return [];
  // No-break spaces keep the count in one piece at a line's end («مصدران / مستقلان» split reads as two remarks).
  const words = `—\u00a0${localText(context, independentSourcesLabel(independentSources)).replace(/ /g, '\u00a0')}`;
  return [{ text: ` ${words}`, style: { ...size, colour: context.template.colours.muted } }];
}

/** The mark after a composed summary point (« — صياغة مركّبة»), muted like the count; nothing for any other point. */
export function composedSpans(context: SectionContext, point: Parameters<typeof showsComposed>[0], size: TextStyle): Span[] {
  if (!showsComposed(point)) return [];
  return [{ text: ` —\u00a0${localText(context, COMPOSED_MARK).replace(/ /g, '\u00a0')}`, style: { ...size, colour: context.template.colours.muted } }];
}
