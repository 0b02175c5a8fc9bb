import type { Brief, SectionName } from '../../model/brief.ts';
import type { Template } from '../template.ts';
import type { TemplateLogo } from '../template-logo.ts';
import { actorMapBlocks } from './actor-map-section.ts';
import { actorsSection } from './actors-section.ts';
import type { Block } from './blocks.ts';
import { headingBlock, nothingBlock } from './paragraph-blocks.ts';
import { questionsSection } from './questions-section.ts';
import { keyJudgmentsSection } from './key-judgments-section.ts';
import { hasKeyJudgments } from '../shared/judgment-words.ts';
import { sectionContext, type BriefStyles, type SectionContext } from './section-context.ts';
import { sourcesSection } from './sources-section.ts';
import { summarySection } from './summary-section.ts';
import { timelineChartBlocks } from './timeline-chart-section.ts';
import { timelineSection } from './timeline-section.ts';
import { memoisedLayout } from './typeset/layout-memo.ts';
import { titleBlocks } from './title-block.ts';

// The styles are briefBlocks' input: its callers import them from here.
export type { BriefStyles } from './section-context.ts';

// One builder per section, as in the Word writer: a template names the sections and their order, the builders say
// what goes under each heading.
const SECTION_BLOCKS: Record<SectionName, (context: SectionContext) => Block[]> = {
  keyJudgments: keyJudgmentsSection,
  summary: summarySection,
  actors: actorsSection,
  timeline: timelineSection,
  openQuestions: questionsSection,
  sources: sourcesSection,
};

/**
 * Turns a Brief into the blocks of the PDF flow, in the template's section order, leaving out excluded items; the
 * template's logo, when it has one, heads the title block on the start side. A section with nothing to show keeps
 * its heading and says so, but for the key judgments, which only a brief that has some prints. The timeline chart,
 * when the template has one, follows the summary (or the timeline's section, when the summary is not shown) or ends
 * the brief as an annex; the actor map, likewise, follows the actors' section or ends the brief.
 */
export function briefBlocks(brief: Brief, template: Template, styles: BriefStyles, date: string, logo?: TemplateLogo): Block[] {
  const context = sectionContext(brief, template, styles);
  const blocks = titleBlocks(context, date, logo);
  const layout = memoisedLayout();
  const chart = timelineChartBlocks(context, layout);
  const chartAfter = template.charts.timeline.placement !== 'after-summary' ? null
    : template.sections.includes('summary') ? 'summary' : 'timeline';
  const map = actorMapBlocks(context, layout);
  const mapAfter = template.charts.actors.placement === 'after-actors' && template.sections.includes('actors') ? 'actors' : null;
  for (const section of template.sections) {
    // An optional section: a brief without key judgments has no such heading.
    if (section === 'keyJudgments' && !hasKeyJudgments(brief.keyJudgments)) continue;
    const body = SECTION_BLOCKS[section](context);
    blocks.push(headingBlock(context, template.labels[section].ar), ...(body.length > 0 ? body : [nothingBlock(context)]));
    if (section === chartAfter) blocks.push(...chart);
    if (section === mapAfter) blocks.push(...map);
  }
  if (template.charts.timeline.placement === 'annex') blocks.push(...chart);
  // The map after the actors, or last when the template has it in an annex or lists no actors' section.
  if (template.charts.actors.placement !== 'off' && mapAfter === null) blocks.push(...map);
  return blocks;
}
