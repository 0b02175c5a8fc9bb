import { showsBackground, showsComposed, shownIndependentSources } from '../../common/point-marks.ts';
import { ACTOR_TYPE, QUESTION_KIND } from './brief-section.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { formatPartialDate } from './format-date.ts';
import { dictionary, type Key } from './i18n.ts';
import type { Brief, Citation } from './types.ts';

/**
 * The brief as it will be exported: included items only, in the analyst's order, right-to-left, each item followed
 * by the numbers of its sources (the numbered list at the end). Built from text nodes only.
 * The document is Arabic whatever the UI language, so its headings come from the Arabic dictionary.
 */
export function briefPreview(brief: Brief): TemplateResult {
  const ar = (key: Key): string => dictionary('ar')[key];
  const number = new Map(brief.sources.map((s, i) => [s.id, i + 1]));
  const refs = (cites: Citation[]): TemplateResult | typeof nothing => {
    const ns = [...new Set(cites.map((c) => number.get(c.sourceId)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    return ns.length > 0 ? html`<sup class="refs">[${ns.join('، ')}]</sup>` : nothing;
  };
  const section = (title: Key, items: TemplateResult[]): TemplateResult | typeof nothing =>
    items.length === 0 ? nothing : html`<section><h2>${ar(title)}</h2><ol>${items}</ol></section>`;
  // Independent sources (optional: briefs assembled before it lack the count, and show none).
  const corroboration = (n: number | undefined): string => (n === undefined ? '' : ` (${ar('independentSources').replace('{n}', String(n))})`);
  const composed = (i: Parameters<typeof showsComposed>[0]): string => (showsComposed(i) ? ` (${ar('composed')})` : '');
  const background = (i: Parameters<typeof showsBackground>[0]): string => (showsBackground(i) ? ` (${ar('background')})` : '');
  const summary = brief.summary.filter((i) => i.included).map((i) => html`<li>${i.text} ${refs(i.sources)}${corroboration(shownIndependentSources(i))}${composed(i)}${background(i)}</li>`);
  const actors = brief.actors
    .filter((i) => i.included)
    .map(
      (i) =>
        html`<li><strong>${i.name}</strong>${` (${ar(ACTOR_TYPE[i.type] ?? 'typeOther')})`}${i.roles.length > 0 ? ` — ${i.roles.join('، ')}` : ''}${i.aliases.length > 0 ? ` — ${i.aliases.join('، ')}` : ''} ${refs(i.sources)}</li>`,
    );
  const timeline = brief.timeline
    .filter((i) => i.included)
    .map(
      (i) =>
        html`<li><span class="date">${formatPartialDate(i.date, 'ar')}</span>${i.approximate ? ` (${ar('approximate')})` : ''}${i.planned === true ? ` (${ar('planned')})` : ''}${i.dateBasis === 'inferred' ? ` (${ar('yearInferred')})` : ''} — ${i.text} ${refs(i.sources)}${corroboration(shownIndependentSources(i))}</li>`,
    );
  const questions = brief.openQuestions
    .filter((i) => i.included)
    .map((i) => html`<li><span class="badge">${ar(QUESTION_KIND[i.kind] ?? 'questionUnknown')}</span> ${i.text} ${refs(i.evidence)}</li>`);
  const sources = brief.sources.map(
    (s) => html`<li>${s.title ?? ar('untitled')} — ${s.outlet ?? ar('unknownOutlet')} — ${s.published === null ? ar('noDate') : formatPartialDate(s.published, 'ar')}</li>`,
  );
  return html`<div class="brief-preview" id="brief-preview" lang="ar" dir="rtl">
    ${brief.marking ? html`<p class="marking">${brief.marking}</p>` : nothing}
    <h1>${brief.title}</h1>
    <p class="meta">${dictionary('ar').generatedAt.replace('{date}', '')}${formatPartialDate(brief.generatedAt.slice(0, 10), 'ar')}${brief.author ? ` — ${brief.author}` : ''}${brief.topics.length > 0 ? ` — ${brief.topics.join('، ')}` : ''}</p>
    ${section('sectionSummary', summary)}
    ${section('sectionActors', actors)}
    ${section('sectionTimeline', timeline)}
    ${section('sectionOpenQuestions', questions)}
    ${section('sectionSources', sources)}
  </div>`;
}
