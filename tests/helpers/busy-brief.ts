import { assembleBrief } from '../../main/briefing/assemble.ts';
import { cleanBatch } from '../../main/ingest/clean-article.ts';
import { readPastedText } from '../../main/ingest/read-document.ts';
import type { Brief } from '../../main/model/brief.ts';
import type { Template } from '../../main/render/template.ts';
import { syntheticArticles } from '../bench/corpus.ts';

const NOW = '2025-04-10';
let made: Brief | null = null;

/**
 * A brief of 600 articles (the bench's synthetic articles, built from the seeds' paragraphs), assembled once per
 * process: the busy axis the timeline chart's golden pages show, and the crowded actor map of theirs. About a minute on a shared machine.
 */
export function busyBrief(): Brief {
  made ??= assembleBrief(cleanBatch(syntheticArticles(600).map((t) => readPastedText(t.text, t.name)), { now: NOW }), { now: NOW });
  return made;
}

/**
 * The standard template set to show the busy brief's timeline chart on a page of its own: the summary alone (its
 * points cite by source number: 600 sources' notes would fill the Word file) and the chart as the last annex.
 */
export function busyTemplate(t: Template): Template {
  return {
    ...t,
    sections: ['summary'],
    charts: { ...t.charts, timeline: { ...t.charts.timeline, placement: 'annex' }, actors: { ...t.charts.actors, placement: 'off' } },
    docx: { ...t.docx, citations: 'sources' },
  };
}

/**
 * The standard template set to show the busy brief's actor map on a page of its own: the summary alone (as in
 * busyTemplate) and the map as the last annex, its named actors and its small unnamed ones as the template has them.
 */
export function busyMapTemplate(t: Template): Template {
  return {
    ...t,
    sections: ['summary'],
    charts: { ...t.charts, timeline: { ...t.charts.timeline, placement: 'off' }, actors: { ...t.charts.actors, placement: 'annex' } },
    docx: { ...t.docx, citations: 'sources' },
  };
}
