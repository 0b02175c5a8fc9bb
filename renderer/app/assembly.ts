import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import type { AssemblyStep, Response } from '../../main/api/contract.ts';
import type { ClientResult } from './api-client.ts';
import { t, type Key } from './i18n.ts';
import type { Brief } from './types.ts';

/**
 * Assembles a brief from a selection: always a new brief (the open one stays in the list). The assembly runs on
 * the host's own thread: progress arrives as events, and the analyst can stop it.
 */
export async function assemble(ctx: AppContext, selection: { articleIds: string[]; topics: string[] }, title: string): Promise<void> {
  const { state } = ctx;
  if (selection.articleIds.length === 0 && selection.topics.length === 0) {
    ctx.error({ code: 'invalid-request', message: t('selectSomething') });
    return;
  }
  ctx.clearMessages();
  state.assembling = { done: 0, total: 1, stage: 'select' };
  ctx.rerender();
  const r = await ctx.client.call('brief:assemble', { selection, ...(title.trim() ? { title: title.trim() } : {}) });
  state.assembling = null;
  if (r.ok) {
    ctx.startDraft(r.value);
    // The new brief is what the analyst came for: brought into view (the selection above can be long), focused.
    const editor = document.getElementById('brief-editor');
    editor?.scrollIntoView({ block: 'start' });
    editor?.focus({ preventScroll: true });
    return;
  }
  // Stopped by the analyst: said as a notice, not an error; the draft stays as it was.
  if (r.error.code === 'cancelled') ctx.notice(t('assembleCancelled'));
  else ctx.error(r.error);
  ctx.rerender();
}

/** How many items of the brief a re-assembly marked, over every section. */
function marked(brief: Brief, flag: 'isNew' | 'needsReview'): number {
  return [...brief.summary, ...brief.actors, ...brief.timeline, ...brief.openQuestions].filter((i) => i[flag] === true).length;
}

/**
 * Re-assembles the open draft from its own selection; the host merges the result into the draft, so the analyst's
 * edits stay (one undo step). Progress and stopping as for an assembly.
 */
export async function reassembleDraft(ctx: AppContext, run: () => Promise<ClientResult<Response<'brief:reassemble'>> | null>): Promise<void> {
  const { state } = ctx;
  if (state.draft === null || state.assembling !== null) return;
  ctx.clearMessages();
  state.assembling = { done: 0, total: 1, stage: 'select' };
  ctx.rerender();
  const r = await run();
  state.assembling = null;
  if (r?.ok) ctx.notice(t('reassembled', { n: marked(r.value.brief, 'isNew'), m: marked(r.value.brief, 'needsReview') }));
  else if (r?.error.code === 'cancelled') ctx.notice(t('assembleCancelled'));
  else if (r) ctx.error(r.error);
  ctx.rerender();
}

// Every step the host reports has its words (the Record makes a new step a compile error until it has them).
const STEP_LABEL: Record<AssemblyStep, Key> = {
  select: 'assembleStage.select',
  summary: 'assembleStage.summary',
  actors: 'assembleStage.actors',
  timeline: 'assembleStage.timeline',
  questions: 'assembleStage.questions',
  done: 'assembleStage.done',
};

function stageLabel(step: string): string {
  return t(STEP_LABEL[step as AssemblyStep] ?? STEP_LABEL.select);
}

/** The progress of the assembly under way, with its stop button; nothing when none runs. */
export function assemblyProgress(ctx: AppContext): TemplateResult | typeof nothing {
  const progress = ctx.state.assembling;
  if (progress === null) return nothing;
  return html`<div class="assemble-progress">
    <label for="assemble-progress" id="assemble-progress-label">${stageLabel(progress.stage)}</label>
    <progress id="assemble-progress" .max=${Math.max(1, progress.total)} .value=${progress.done}></progress>
    <button type="button" id="assemble-cancel" data-key="assemble-cancel" @click=${() => void ctx.call('brief:assembleCancel', {})}>${t('assembleCancel')}</button>
  </div>`;
}

/** Moves the bar and its label: an update patches them in place, so the stop button keeps the focus. */
export function showAssemblyProgress(ctx: AppContext, p: { done: number; total: number; label: string }): void {
  if (ctx.state.assembling === null) return;
  ctx.state.assembling = { done: p.done, total: p.total, stage: p.label };
  ctx.rerender();
}
