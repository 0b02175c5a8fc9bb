import { ACTOR_TYPE, QUESTION_KIND } from './brief-section.ts';
import { dictionary, type Key } from './i18n.ts';
import type { Brief, Citation } from './types.ts';

/**
 * The brief as plain text, for the clipboard: what the export carries (included items, in the analyst's order), each
 * section under its heading, each item on a line of its own followed by the numbers of its sources, and the numbered
 * sources at the end. Arabic in logical order, as typed: no direction marks and no reordering, so it pastes into any
 * editor as text. The document is Arabic whatever the UI language; `say` gives a partial date in words.
 */
export function briefPlainText(brief: Brief, say: (partialDate: string) => string): string {
  const ar = (key: Key, vars: Record<string, string | number> = {}): string =>
    dictionary('ar')[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const number = new Map(brief.sources.map((s, i) => [s.id, i + 1]));
  const refs = (cites: readonly Citation[]): string => {
    const ns = [...new Set(cites.flatMap((c) => number.get(c.sourceId) ?? []))].sort((a, b) => a - b);
    return ns.length > 0 ? ` [${ns.join('، ')}]` : '';
  };
  const section = (title: Key, lines: string[]): string[] => (lines.length === 0 ? [] : ['', ar(title), ...lines]);
  const head = [
    ...(brief.marking ? [brief.marking] : []),
    brief.title,
    [ar('generatedAt', { date: say(brief.generatedAt.slice(0, 10)) }), brief.author, brief.topics.join('، ')].filter((s) => s !== '').join(' — '),
  ];
  const lines = [
    ...head,
    ...section('sectionSummary', brief.summary.filter((i) => i.included).map((i) => `- ${i.text}${refs(i.sources)}`)),
    ...section(
      'sectionActors',
      brief.actors.filter((i) => i.included).map((i) => `- ${i.name} (${ar(ACTOR_TYPE[i.type] ?? 'typeOther')})${i.roles.length > 0 ? `: ${i.roles.join('، ')}` : ''}${refs(i.sources)}`),
    ),
    ...section(
      'sectionTimeline',
      brief.timeline
        .filter((i) => i.included)
        .map((i) => `- ${say(i.date)}${i.approximate ? ` (${ar('approximate')})` : ''}${i.planned === true ? ` (${ar('planned')})` : ''}${i.dateBasis === 'inferred' ? ` (${ar('yearInferred')})` : ''}: ${i.text}${refs(i.sources)}`),
    ),
    ...section('sectionOpenQuestions', brief.openQuestions.filter((i) => i.included).map((i) => `- ${ar(QUESTION_KIND[i.kind] ?? 'questionUnknown')}: ${i.text}${refs(i.evidence)}`)),
    ...section(
      'sectionSources',
      brief.sources.map((s, i) => `[${i + 1}] ${[s.title ?? ar('untitled'), s.outlet ?? ar('unknownOutlet'), s.published === null ? ar('noDate') : say(s.published)].join(' — ')}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
