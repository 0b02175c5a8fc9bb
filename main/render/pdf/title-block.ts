import { formatGregorian, formatHijri } from '../format-date.ts';
import { logoSize, type TemplateLogo } from '../template-logo.ts';
import type { Block } from './blocks.ts';
import { paragraphBlock, paragraphStructure } from './paragraph-blocks.ts';
import { LOGO_AR } from './pdf-labels.ts';
import { localText, type SectionContext } from './section-context.ts';

/** The label and value of each line under the title: the date (with its Hijri form when the template asks), author, topics. */
export function titleMetaLines(context: SectionContext, date: string): Array<[string, string]> {
  const { brief, template } = context;
  const digits = template.digits;
  const dateText = formatGregorian(date, digits) + (template.hijriDate ? ` — ${formatHijri(date, digits)}` : '');
  const meta: Array<[string, string]> = [[template.labels.date.ar, dateText]];
  if (brief.author) meta.push([template.labels.author.ar, localText(context, brief.author)]);
  if (brief.topics.length > 0) meta.push([template.labels.topics.ar, localText(context, brief.topics.join('، '))]);
  return meta;
}

/**
 * The blocks that open a brief: the template's logo on the start side when it has one (its alternate text names
 * the template), the title (the H1), then a line for each of date, author and topics, the last followed by a body
 * line's space.
 */
export function titleBlocks(context: SectionContext, date: string, logo?: TemplateLogo): Block[] {
  const { brief, styles } = context;
  const blocks: Block[] = [];
  if (logo) {
    const alt = `${LOGO_AR} ${context.template.label.ar}`;
    blocks.push({ kind: 'image', bytes: logo.bytes, ...logoSize(logo), spaceAfter: styles.body.size * 0.5, alt });
  }
  const title = [{ text: localText(context, brief.title), style: styles.title }];
  blocks.push(paragraphBlock(context, title, styles.title, { align: 'start', spaceAfter: 4, structure: paragraphStructure(title, 'H1') }));
  const meta = titleMetaLines(context, date);
  meta.forEach(([label, value], i) => {
    blocks.push(paragraphBlock(context, [{ text: `${label}: `, style: styles.smallBold }, { text: value, style: styles.small }], styles.small, {
      align: 'start',
      spaceAfter: i === meta.length - 1 ? styles.body.size : 0,
    }));
  });
  return blocks;
}
