import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { briefOutline, type OutlineSection } from './brief-outline.ts';
import { briefSection, SECTION_TITLE } from './brief-section.ts';
import type { AppContext } from './context.ts';
import { dateBook, formatPartialDate } from './format-date.ts';
import { briefPlainText } from './brief-text.ts';
import { t, count, language } from './i18n.ts';
import { EDITABLE_SECTIONS, type Brief } from './types.ts';
import { emptyState, field } from './widgets.ts';
import { assemble, assemblyProgress } from './assembly.ts';
import { briefList } from './brief-list.ts';
import { outletGradesPanel } from './evidence-views.ts';
import { keyJudgmentsSection } from './key-judgments-view.ts';
import { followDraft } from './language-check.ts';
import { timelineChartPanel } from './timeline-chart-view.ts';
import { actorMapPanel } from './actor-map-view.ts';
import { offTopicPanel } from './off-topic-view.ts';

function selectionPanel(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const toggle = (set: Set<string>, value: string) => (e: Event): void => {
    if ((e.currentTarget as HTMLInputElement).checked) set.add(value);
    else set.delete(value);
  };
  const topicBoxes = state.topics.map((tp) => {
    const id = `pick-topic-${tp.id}`;
    return html`<li><input type="checkbox" id=${id} data-key=${id} .checked=${state.briefTopics.has(tp.name)} @change=${toggle(state.briefTopics, tp.name)}><label for=${id}><bdi>${tp.name}</bdi> <span class="count">${count(tp.articles, 'article')}</span></label></li>`;
  });
  const articles = state.articles?.items ?? [];
  const articleBox = (a: (typeof articles)[number]): TemplateResult => {
    const id = `pick-article-${a.id}`;
    return html`<li><input type="checkbox" id=${id} data-key=${id} .checked=${state.checked.has(a.id)} @change=${toggle(state.checked, a.id)}><label for=${id}><bdi>${a.title ?? t('untitled')}</bdi> <bdi class="muted">${a.outlet ?? ''}</bdi></label></li>`;
  };
  return html`<section class="panel selection" aria-labelledby="h-selection">
    <h2 id="h-selection">${t('selection')}</h2>
    ${field(t('newBriefTitleField'), 'brief-title', html`<input type="text" id="brief-title" data-key="brief-title" dir="auto" .value=${state.briefTitle} @input=${(e: Event) => (state.briefTitle = (e.currentTarget as HTMLInputElement).value)}>`)}
    <div class="pick-columns">
      <fieldset><legend>${t('pickTopics')}</legend>${topicBoxes.length > 0 ? html`<ul class="pick">${topicBoxes}</ul>` : emptyState(t('topicsEmpty'))}</fieldset>
      <fieldset><legend>${t('pickArticles')}</legend>${articles.length > 0 ? html`<ul class="pick">${repeat(articles, (a) => a.id, articleBox)}</ul>` : emptyState(t('libraryEmpty'))}</fieldset>
    </div>
    <button type="button" class="primary" id="assemble" data-key="assemble" ?disabled=${state.assembling !== null}
      @click=${() => void assemble(ctx, { articleIds: [...state.checked], topics: [...state.briefTopics] }, state.briefTitle)}>${state.assembling ? t('assembling') : t('assemble')}</button>
    ${assemblyProgress(ctx)}
  </section>`;
}

/** Puts the brief on the clipboard as plain text, its dates in words (read first, so none is left as «…»). */
async function copyAsText(ctx: AppContext, brief: Brief): Promise<void> {
  const dates = [brief.generatedAt.slice(0, 10), ...brief.timeline.map((i) => i.date), ...brief.sources.flatMap((s) => s.published ?? [])];
  if ((await dateBook().read([...new Set(dates)])) === null) return;
  try {
    await navigator.clipboard.writeText(briefPlainText(brief, (d) => formatPartialDate(d, 'ar', false)));
    ctx.notice(t('copiedAsText'));
  } catch {
    ctx.notice(t('copyFailed'));
  }
}

function toolbar(ctx: AppContext): TemplateResult {
  const draft = ctx.state.draft;
  const saveText = { saved: t('saved'), saving: t('saving'), unsaved: t('unsaved'), failed: t('saveFailed') };
  const state = draft?.save ?? 'saved';
  return html`<div class="toolbar" role="toolbar" aria-label=${t('briefTitle')}>
    <button type="button" id="undo" data-key="undo" title="Ctrl+Z" ?disabled=${!draft || draft.history.undo === 0} @click=${() => ctx.undo()}>${t('undo')}</button>
    <button type="button" id="redo" data-key="redo" title="Ctrl+Shift+Z" ?disabled=${!draft || draft.history.redo === 0} @click=${() => ctx.redo()}>${t('redo')}</button>
    <button type="button" id="reassemble" data-key="reassemble" ?disabled=${ctx.state.assembling !== null} @click=${() => void ctx.reassemble()}>${ctx.state.assembling ? t('assembling') : t('reassemble')}</button>
    <button type="button" id="copy-text" ?disabled=${!draft} @click=${() => draft && void copyAsText(ctx, draft.brief)}>${t('copyAsText')}</button>
    <span class=${`save-status save-${state}`} id="save-status" role="status" data-state=${state}>${saveText[state]}</span>
  </div>`;
}

/** Where the page was before a jump through the outline: its back button returns there. */
let jumpedFrom: number | null = null;

/**
 * The brief's sections with their counts, in view while the analyst scrolls the editor: a click jumps to a section
 * (its heading takes the focus), and "back" returns to where the page was before the jump.
 */
function outline(ctx: AppContext, brief: Brief): TemplateResult {
  const jump = (section: OutlineSection): void => {
    jumpedFrom = window.scrollY;
    ctx.rerender();
    document.getElementById(`section-${section}`)?.scrollIntoView({ block: 'start' });
    document.getElementById(`h-${section}`)?.focus({ preventScroll: true });
  };
  const back = (): void => {
    const top = jumpedFrom ?? 0;
    jumpedFrom = null;
    ctx.rerender();
    window.scrollTo({ top, behavior: 'instant' });
    document.getElementById('brief-outline')?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  };
  return html`<nav class="outline" id="brief-outline" aria-label=${t('outlineLabel')}>
    <ul>
      ${briefOutline(brief).map(
        (e) => html`<li><button type="button" class="link" data-section=${e.section} aria-controls=${`section-${e.section}`} @click=${() => jump(e.section)}>${t(e.section === 'keyJudgments' ? 'sectionKeyJudgments' : SECTION_TITLE[e.section])} <span class="count">${e.items}</span></button></li>`,
      )}
    </ul>
    ${jumpedFrom !== null ? html`<button type="button" class="small" id="outline-back" @click=${back}>${t('outlineBack')}</button>` : nothing}
  </nav>`;
}

function editor(ctx: AppContext, brief: Brief): TemplateResult {
  // The checker follows the draft: every change of it (an edit, an undo, another draft opened) is checked again.
  followDraft(ctx, brief);
  const rename = (e: Event): void => ctx.editBrief({ ...brief, title: (e.currentTarget as HTMLInputElement).value });
  return html`<div class="editor" id="brief-editor" tabindex="-1">
    <div class="editor-bar">${toolbar(ctx)}${outline(ctx, brief)}</div>
    <div class="panel">
      ${field(t('briefTitleField'), 'draft-title', html`<input type="text" id="draft-title" data-key="draft-title" dir="auto" .value=${brief.title} @change=${rename}>`)}
      <p class="meta">${t('generatedAt', { date: formatPartialDate(brief.generatedAt.slice(0, 10), language(), true) })} · ${count(brief.sources.length, 'article')}</p>
    </div>
    ${offTopicPanel(ctx, brief)}
    ${keyJudgmentsSection(ctx, brief)}
    ${outletGradesPanel(ctx, brief)}
    ${EDITABLE_SECTIONS.map((s) => [s === 'timeline' ? timelineChartPanel(ctx, brief) : s === 'actors' ? actorMapPanel(ctx, brief) : nothing, briefSection(ctx, brief, s)])}
  </div>`;
}

export function briefScreen(ctx: AppContext): TemplateResult {
  const brief = ctx.state.draft?.brief;
  return html`<div class="brief">
    <h1>${t('briefTitle')}</h1>
    ${briefList(ctx)}
    ${selectionPanel(ctx)}
    ${brief ? editor(ctx, brief) : emptyState(t('noBrief'))}
  </div>`;
}
