import { z } from 'zod';
import { SectionName } from '../model/brief.ts';

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB');

const FontRef = z.object({
  /** File name under fonts/. */
  file: z.string().min(1),
  /** The family name Word shows and the docx embeds under. */
  family: z.string().min(1),
});

const Label = z.object({ ar: z.string().min(1), en: z.string().min(1) });

/**
 * A brief template: data, not code. Every renderer (PDF, Word, HTML preview) reads the same template;
 * a template file that fails this schema is refused with the path of the offending field.
 */
export const Template = z.object({
  name: z.string().min(1),
  label: Label,
  page: z.object({
    size: z.enum(['A4', 'Letter']),
    /** Margins in points. */
    margins: z.object({ top: z.number().min(18), bottom: z.number().min(18), inline: z.number().min(18) }),
    /** At most this many pages (the flash brief is one page); 0 means no limit. */
    maxPages: z.number().int().nonnegative().default(0),
  }),
  fonts: z.object({
    body: FontRef,
    bodyBold: FontRef,
    heading: FontRef,
    latin: FontRef,
    latinBold: FontRef,
  }),
  sizes: z.object({
    body: z.number().min(6).max(24),
    small: z.number().min(5).max(20),
    h1: z.number().min(8).max(48),
    h2: z.number().min(8).max(36),
    title: z.number().min(10).max(60),
    lineHeight: z.number().min(1).max(3),
  }),
  colours: z.object({
    text: Colour,
    heading: Colour,
    accent: Colour,
    muted: Colour,
    marking: Colour,
    tableHeader: Colour,
    tableRule: Colour,
  }),
  /** Sections in reading order; a section not listed is not rendered. */
  sections: z.array(SectionName).min(1),
  /** At most this many items per section; 0 means all. */
  itemsPerSection: z.number().int().nonnegative().default(0),
  labels: z.object({
    keyJudgments: Label.default({ ar: 'الأحكام الرئيسية', en: 'Key judgments' }),
    summary: Label,
    actors: Label,
    timeline: Label,
    openQuestions: Label,
    sources: Label,
    page: Label,
    of: Label,
    date: Label,
    author: Label,
    topics: Label,
    contents: Label,
  }),
  marking: z.string().default(''),
  digits: z.enum(['western', 'arabic-indic']).default('western'),
  hijriDate: z.boolean().default(true),
  /**
   * The letters of source reliability (Admiralty A–F) in a citation's grade: the Arabic abjad letters أ ب ج د هـ و
   * («ب2»), or NATO's Latin letters ("B2") for readers who work with the coded scale.
   */
  gradeLetters: z.enum(['arabic', 'latin']).default('arabic'),
  /**
   * How justified PDF paragraphs take their extra width: on spaces only, or, beyond a small share for the spaces, as
   * a few kashidas (elongated joins drawn as stretched tatweels, outside the text a reader copies), as Arabic
   * typesetters justify. Word files justify in the word processor.
   */
  justification: z.enum(['spaces', 'kashida']).default('spaces'),
  /** Optional logo image (PNG or JPEG), a path under templates/; drawn at the start of the title block. */
  logo: z.string().optional(),
  /**
   * Optional charts. The timeline chart: where it goes (after the summary, in an annex at the end, or not at all),
   * Hijri months beneath the Gregorian ticks, the size of its text, and at most how many levels of labels it
   * stacks above its axis (its height), and at most how many badges a busy day stacks before counting the rest in
   * a «+N». Its colours are the template's text, muted and rule colours, which stay
   * apart in greyscale print.
   */
  charts: z.object({
    timeline: z.object({
      placement: z.enum(['after-summary', 'annex', 'off']).default('off'),
      hijri: z.boolean().default(false),
      textSize: z.number().min(5).max(12).default(7.5),
      levels: z.number().int().min(1).max(20).default(6),
      stack: z.number().int().min(1).max(20).default(4),
    }).default({ placement: 'off', hijri: false, textSize: 7.5, levels: 6, stack: 4 }),
    /**
     * The actor map: where it goes (after the actors' section, in an annex at the end, or not at all), the size of
     * its text, its height in points, at most how many actors it draws and names (the most central), and at most how
     * many of the rest it draws small and unnamed on an inner ring, each with its strongest tie (a busy brief's
     * periphery; the caption counts what is left off).
     */
    actors: z.object({
      placement: z.enum(['after-actors', 'annex', 'off']).default('off'),
      textSize: z.number().min(5).max(12).default(7.5),
      height: z.number().min(120).max(700).default(330),
      nodes: z.number().int().min(2).max(60).default(20),
      small: z.number().int().min(0).max(80).default(40),
    }).default({ placement: 'off', textSize: 7.5, height: 330, nodes: 20, small: 40 }),
  }).default({
    timeline: { placement: 'off', hijri: false, textSize: 7.5, levels: 6, stack: 4 },
    actors: { placement: 'off', textSize: 7.5, height: 330, nodes: 20, small: 40 },
  }),
  docx: z.object({
    /**
     * How key points cite: one Word footnote or endnote per source of a point, or (`sources`) as the PDF does, the
     * superscript numbers of its sources in the source list — no notes, for a brief that must fit its pages.
     * Tables always cite by source number in a sources column.
     */
    citations: z.enum(['footnotes', 'endnotes', 'sources']).default('footnotes'),
    tableOfContents: z.boolean().default(false),
    embedFonts: z.boolean().default(true),
  }).default({ citations: 'footnotes', tableOfContents: false, embedFonts: true }),
});
export type Template = z.infer<typeof Template>;
