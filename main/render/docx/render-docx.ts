import { Document, NumberFormat, Packer, type FileChild } from 'docx';
import type { Brief, SectionName } from '../../model/brief.ts';
import type { Template } from '../template.ts';
import { loadTemplateLogo } from '../template-logo.ts';
import { actorsSection } from './actors-section.ts';
import { briefStylesXml } from './brief-styles.ts';
import { chartMedia } from './chart-media.ts';
import { createCitationNotes } from './citation-notes.ts';
import { corePropertiesXml } from './core-properties.ts';
import { embeddedFonts } from './embedded-fonts.ts';
import { fontStandIns } from './font-stand-ins.ts';
import { listNumbering } from './list-numbering.ts';
import { pageFooter, pageHeader } from './page-furniture.ts';
import { pinPackage } from './pin-package.ts';
import { questionsSection } from './questions-section.ts';
import { keyJudgmentsSection } from './key-judgments-section.ts';
import type { SectionContext } from './section-context.ts';
import { sourcesSection } from './sources-section.ts';
import { summarySection } from './summary-section.ts';
import { timelineChartSection } from './timeline-chart-section.ts';
import { actorMapSection } from './actor-map-section.ts';
import { timelineSection } from './timeline-section.ts';
import { briefMarking, titleBlock } from './title-block.ts';

export interface RenderDocxOptions {
  /** Folder of the template's font files, embedded when `template.docx.embedFonts`. */
  fontsDir: string;
  /** Folder of templates, which the template's logo is read from; required when the template has a logo. */
  templatesDir?: string;
  /** The instant stamped as the document's created and modified dates; defaults to the brief's `generatedAt`. */
  now?: string;
}

const SECTION_WRITERS: Record<SectionName, (context: SectionContext) => FileChild[]> = {
  keyJudgments: keyJudgmentsSection,
  summary: summarySection,
  actors: actorsSection,
  timeline: timelineSection,
  openQuestions: questionsSection,
  sources: sourcesSection,
};

/** Page sizes in twips (ECMA-376 §17.6.13). */
const PAGE_TWIPS = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const pt = (points: number): number => Math.round(points * 20);

/**
 * Renders a Brief as an editable Word document (ECMA-376 WordprocessingML) with the docx package: real styles for
 * every kind of paragraph, right-to-left paragraphs, runs, tables and section, citations as footnotes or endnotes
 * (one per source per item; tables cite by source number), a header with the marking and a «صفحة N من M» footer. The same Brief, template and `now` give the same bytes.
 */
export async function renderDocx(brief: Brief, template: Template, options: RenderDocxOptions): Promise<Uint8Array> {
  const now = options.now ?? brief.generatedAt;
  const logo = loadTemplateLogo(template, options.templatesDir);
  const notes = createCitationNotes(brief, template);
  const page = PAGE_TWIPS[template.page.size];
  const { margins } = template.page;
  const textWidth = page.width / 20 - 2 * margins.inline;
  const context: SectionContext = { brief, template, notes, textWidth };
  // Sections are written before the Document is made, so every citation note exists when docx is given them.
  const sections = template.sections.map((name) => ({ name, blocks: SECTION_WRITERS[name](context) }));
  const contents = sections.filter((s) => s.blocks.length > 0).map((s) => template.labels[s.name].ar);
  // The timeline chart goes where the PDF puts it: after the summary (or the timeline, without a summary), or last.
  const media = chartMedia();
  const chart = timelineChartSection(context, options.fontsDir, media);
  const placement = template.charts.timeline.placement;
  const chartAfter = placement !== 'after-summary' ? null : template.sections.includes('summary') ? 'summary' : 'timeline';
  // The actor map after the actors' section, or last (in an annex, or when the template lists no actors).
  const map = actorMapSection(context, options.fontsDir, media);
  const mapAfter = template.charts.actors.placement === 'after-actors' && template.sections.includes('actors') ? 'actors' : null;
  const body = sections.flatMap((s) => [...s.blocks, ...(s.name === chartAfter ? chart : []), ...(s.name === mapAfter ? map : [])]);
  const children = [...titleBlock(context, contents, logo), ...body, ...(placement === 'annex' ? chart : []), ...(mapAfter === null ? map : [])];
  const marking = briefMarking(context);
  // The embedded fonts go into the package as they are, after docx packed it (font-stand-ins.ts).
  const fonts = fontStandIns();
  const digitFormat = template.digits === 'arabic-indic' ? NumberFormat.HINDI_NUMBERS : NumberFormat.DECIMAL;
  const doc = new Document({
    title: brief.title,
    creator: brief.author,
    externalStyles: briefStylesXml(template),
    numbering: listNumbering(),
    ...(notes.kind === 'footnotes' ? { footnotes: notes.notes() } : notes.kind === 'endnotes' ? { endnotes: notes.notes() } : {}),
    fonts: template.docx.embedFonts ? embeddedFonts(template, options.fontsDir, fonts) : [],
    features: template.docx.tableOfContents ? { updateFields: true } : undefined,
    sections: [{
      properties: {
        page: {
          size: page,
          margin: {
            top: pt(margins.top), bottom: pt(margins.bottom), right: pt(margins.inline), left: pt(margins.inline),
            header: pt(margins.top / 2), footer: pt(margins.bottom / 2),
          },
          pageNumbers: { formatType: digitFormat },
        },
        ...(notes.kind === 'footnotes' ? { footnoteProperties: { numberFormat: { type: digitFormat } } } : {}),
        ...(notes.kind === 'endnotes' ? { endnoteProperties: { numberFormat: { type: digitFormat } } } : {}),
      },
      headers: { default: pageHeader(marking, brief.title, template) },
      footers: { default: pageFooter(template) },
      children,
    }],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(brief, template, now) }]);
  return pinPackage(new Uint8Array(packed), now, media, fonts);
}
