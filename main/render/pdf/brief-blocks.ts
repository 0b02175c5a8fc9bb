import type { Brief, Citation } from '../../model/brief.ts';
import { localDigits } from '../local-digits.ts';
import { formatGregorian, formatHijri, formatPartialDate } from '../format-date.ts';
import type { Template } from '../template.ts';
import { logoSize, type TemplateLogo } from '../template-logo.ts';
import type { Block, ParagraphBlock } from './blocks.ts';
import { ACTOR_TYPE_LABEL, COLUMN, QUESTION_KIND_LABEL } from '../brief-labels.ts';
import { APPROXIMATE_AR, NOTHING_AR, UNKNOWN_SOURCE_AR } from './pdf-labels.ts';
import type { Span, TextStyle } from './typeset/types.ts';

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

// Before a citation mark: RLM, thin space, word joiner. The RLM (a strong R) stops a preceding Latin word from
// turning the mark's digits into Latin text (UAX #9 W7), so after "SANA." the mark reads on its left, as Arabic
// requires; the thin space keeps a preceding number from fusing with the mark ("2024" + "1" ≠ "20241"); the word
// joiner keeps the mark on its word's line (UAX #14 LB11).
const MARK_GAP = '\u200f\u2009\u2060';

export function sourceDestination(n: number): string {
  return `source-${n}`;
}

/**
 * Turns a Brief into the blocks of the PDF flow, in the template's section order, leaving out excluded items; the
 * template's logo, when it has one, heads the title block on the start side.
 */
export function briefBlocks(brief: Brief, template: Template, styles: BriefStyles, date: string, logo?: TemplateLogo): Block[] {
  const digits = template.digits;
  const t = (text: string): string => localDigits(text, digits);
  const lh = (style: TextStyle): number => style.size * template.sizes.lineHeight;
  const cap = <T extends { included: boolean }>(items: readonly T[]): T[] => {
    const kept = items.filter((i) => i.included);
    return template.itemsPerSection > 0 ? kept.slice(0, template.itemsPerSection) : kept;
  };
  const sourceNumber = new Map(brief.sources.map((s, i) => [s.id, i + 1]));
  const numbers = (citations: readonly Citation[]): number[] =>
    [...new Set(citations.map((c) => sourceNumber.get(c.sourceId) ?? 0).filter((n) => n > 0))];
  const marks = (citations: readonly Citation[], style: TextStyle, gap: string): Span[] => {
    const spans: Span[] = [];
    numbers(citations).forEach((n, i) => {
      spans.push({ text: i === 0 ? gap : `\u200f،${MARK_GAP}`, style: { ...style, link: undefined } });
      spans.push({ text: t(String(n)), style: { ...style, link: sourceDestination(n) } });
    });
    return spans;
  };
  const paragraph = (spans: Span[], style: TextStyle, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
    kind: 'paragraph',
    spans,
    align: 'justify',
    justification: template.justification,
    lineHeight: lh(style),
    spaceBefore: 0,
    spaceAfter: style.size * 0.35,
    indent: 0,
    ...extra,
  });
  const bullet = (spans: Span[]): ParagraphBlock =>
    paragraph(spans, styles.body, { indent: styles.body.size * 1.4, marker: [{ text: '•', style: styles.bold }] });
  const nothing = (): ParagraphBlock => paragraph([{ text: NOTHING_AR, style: styles.muted }], styles.body, { align: 'start' });

  const blocks: Block[] = [];
  if (logo) blocks.push({ kind: 'image', bytes: logo.bytes, ...logoSize(logo), spaceAfter: styles.body.size * 0.5 });
  blocks.push(paragraph([{ text: t(brief.title), style: styles.title }], styles.title, { align: 'start', spaceAfter: 4 }));
  const dateText = formatGregorian(date, digits) + (template.hijriDate ? ` — ${formatHijri(date, digits)}` : '');
  const meta: Array<[string, string]> = [[template.labels.date.ar, dateText]];
  if (brief.author) meta.push([template.labels.author.ar, t(brief.author)]);
  if (brief.topics.length > 0) meta.push([template.labels.topics.ar, t(brief.topics.join('، '))]);
  meta.forEach(([label, value], i) => {
    blocks.push(paragraph([{ text: `${label}: `, style: styles.smallBold }, { text: value, style: styles.small }], styles.small, {
      align: 'start',
      spaceAfter: i === meta.length - 1 ? styles.body.size : 0,
    }));
  });

  const heading = (label: string): ParagraphBlock =>
    paragraph([{ text: t(label), style: styles.h1 }], styles.h1, {
      align: 'start', keepWithNext: true, outline: label, spaceBefore: styles.h1.size * 0.8, spaceAfter: styles.h1.size * 0.3,
    });

  for (const section of template.sections) {
    blocks.push(heading(template.labels[section].ar));
    const before = blocks.length;
    if (section === 'summary') {
      for (const point of cap(brief.summary)) {
        blocks.push(bullet([{ text: t(point.text), style: styles.body }, ...marks(point.sources, styles.sup, MARK_GAP)]));
      }
    } else if (section === 'openQuestions') {
      for (const q of cap(brief.openQuestions)) {
        blocks.push(bullet([
          { text: `${QUESTION_KIND_LABEL[q.kind]}: `, style: styles.bold },
          { text: t(q.text), style: styles.body },
          ...marks(q.evidence, styles.sup, MARK_GAP),
        ]));
      }
    } else if (section === 'actors') {
      const actors = cap(brief.actors);
      if (actors.length > 0) {
        blocks.push({
          kind: 'table',
          columns: [
            { header: [{ text: COLUMN.name, style: styles.smallBold }], weight: 3.2 },
            { header: [{ text: COLUMN.type, style: styles.smallBold }], weight: 1.2 },
            { header: [{ text: COLUMN.roles, style: styles.smallBold }], weight: 3.6 },
            { header: [{ text: COLUMN.mentions, style: styles.smallBold }], weight: 1.1 },
            { header: [{ text: COLUMN.sources, style: styles.smallBold }], weight: 1.2 },
          ],
          rows: actors.map((a) => [
            [
              { text: t(a.name), style: styles.smallBold },
              ...(a.aliases.length > 0 ? [{ text: ` (${t(a.aliases.join('، '))})`, style: styles.small }] : []),
            ],
            [{ text: ACTOR_TYPE_LABEL[a.type], style: styles.small }],
            [{ text: a.roles.length > 0 ? t(a.roles.join('؛ ')) : '—', style: styles.small }],
            [{ text: t(String(a.mentions)), style: styles.small }],
            a.sources.length > 0 ? marks(a.sources, styles.link, '').slice(1) : [{ text: '—', style: styles.small }],
          ]),
          lineHeight: lh(styles.small),
          headerFill: template.colours.tableHeader,
          rule: template.colours.tableRule,
          spaceAfter: styles.body.size * 0.5,
        });
      }
    } else if (section === 'timeline') {
      const entries = cap(brief.timeline);
      if (entries.length > 0) {
        blocks.push({
          kind: 'table',
          columns: [
            { header: [{ text: COLUMN.date, style: styles.smallBold }], weight: 2.3 },
            { header: [{ text: COLUMN.event, style: styles.smallBold }], weight: 6.5 },
            { header: [{ text: COLUMN.sources, style: styles.smallBold }], weight: 1.2 },
          ],
          rows: entries.map((e) => [
            [{ text: (e.approximate ? `${APPROXIMATE_AR} ` : '') + formatPartialDate(e.date, digits), style: styles.smallBold }],
            [{ text: t(e.text), style: styles.small }],
            e.sources.length > 0 ? marks(e.sources, styles.link, '').slice(1) : [{ text: '—', style: styles.small }],
          ]),
          lineHeight: lh(styles.small),
          headerFill: template.colours.tableHeader,
          rule: template.colours.tableRule,
          spaceAfter: styles.body.size * 0.5,
        });
      }
    } else {
      brief.sources.forEach((s, i) => {
        // A file name is left-to-right text of its own: isolate it (UAX #9 FSI…PDI) so it does not reorder its neighbours.
        // File names keep their own digits.
        const parts = [s.title ? t(s.title) : `\u2068${s.file}\u2069`];
        if (s.published) parts.push(formatPartialDate(s.published, digits));
        blocks.push(paragraph([
          { text: `${t(s.outlet ?? UNKNOWN_SOURCE_AR)} — `, style: styles.bold },
          { text: parts.join(' — '), style: styles.body },
        ], styles.body, {
          align: 'start',
          indent: styles.body.size * 1.8,
          marker: [{ text: `${t(String(i + 1))}.`, style: styles.bold }],
          destination: sourceDestination(i + 1),
        }));
      });
    }
    if (blocks.length === before) blocks.push(nothing());
  }
  return blocks;
}
