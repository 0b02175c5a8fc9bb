import { NotFoundError } from '../../library/workspace-error.ts';
import { listTemplates, loadTemplate } from '../../render/load-template.ts';
import type { Template } from '../../render/template.ts';
import { loadHarfBuzz } from '../../render/pdf/typeset/load-harfbuzz.ts';
import { resources } from '../../resources.ts';
import type { SomeHandlers } from '../handler.ts';

/** The template a chart is asked in: standard unless named; one that does not exist is refused. */
function namedTemplate(name = 'standard'): Template {
  if (!listTemplates(resources.templatesDir).some((t) => t.name === name)) throw new NotFoundError(`no template named «${name}»`);
  return loadTemplate(name, resources.templatesDir);
}

/**
 * The charts' geometry for the app, computed by the layout the exports draw (render/charts), so the chart the
 * analyst explores is the one the PDF and the Word file print. The draft is sent as it stands, unsaved edits
 * included; nothing is read from or written to the workspace.
 */
export const chartHandlers = {
  'charts:timeline': async (req) => {
    // The typesetter (HarfBuzz's WebAssembly) only when a chart is asked for: `mawjaz list` and the like never load it.
    await loadHarfBuzz();
    const { briefTimelineChart } = await import('../../render/pdf/brief-timeline-chart.ts');
    const { geometry, caption, direction } = briefTimelineChart(req.brief, namedTemplate(req.template), resources.fontsDir);
    return { geometry, caption, direction };
  },
  'charts:actors': async (req) => {
    await loadHarfBuzz();
    const { briefActorMap } = await import('../../render/pdf/brief-actor-map.ts');
    const { geometry, caption, direction } = briefActorMap(req.brief, namedTemplate(req.template), resources.fontsDir);
    return { geometry, caption, direction };
  },
} satisfies SomeHandlers;
