import { html, nothing, type TemplateResult } from 'lit-html';
import type { AppContext } from './context.ts';
import { t } from './i18n.ts';
import type { Brief } from './types.ts';

/**
 * The sources the assembly set apart as off-topic (Brief.offTopicSources), each with a way to include it: the draft is
 * re-assembled with it and the analyst's edits merged in, as "re-assemble" does. Without this the brief's question
 * («…فأُبعد عن الملخص والخط الزمني حتى يُدرج») would promise an action the analyst could not take.
 */
export function offTopicPanel(ctx: AppContext, brief: Brief): TemplateResult | typeof nothing {
  const apart = new Set(brief.offTopicSources ?? []);
  const sources = brief.sources.filter((s) => apart.has(s.id));
  if (sources.length === 0) return nothing;
  const busy = ctx.state.assembling !== null;
  return html`<section class="panel off-topic" id="section-off-topic" role="note" aria-labelledby="h-off-topic">
    <h2 id="h-off-topic">${t('offTopicTitle')}</h2>
    <p class="muted">${t('offTopicHelp')}</p>
    <ul class="off-topic-list">
      ${sources.map((s) => {
        const title = s.title ?? t('untitled');
        return html`<li data-source=${s.id}><bdi>${title}</bdi> <bdi class="muted">${s.outlet ?? ''}</bdi>
          <button type="button" class="small" data-key=${`include-${s.id}`} aria-label=${t('offTopicIncludeLabel', { title })} ?disabled=${busy}
            @click=${() => void ctx.reassemble([s.id])}>${t('offTopicInclude')}</button></li>`;
      })}
    </ul>
  </section>`;
}
