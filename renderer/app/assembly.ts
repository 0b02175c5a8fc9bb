import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import type { AssemblyStep } from '../../main/api/contract.ts';
import { t, type Key } from './i18n.ts';
import type { Brief } from './types.ts';
import { button } from './widgets.ts';

/**
 * Assembles a brief from a selection; a re-assembly of a draft keeps its id and can be undone. The assembly runs
 * on the host's own thread: progress arrives as events, and the analyst can stop it.
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
    return;
  }
  // Stopped by the analyst: said as a notice, not an error; the draft stays as it was.
  if (r.error.code === 'cancelled') ctx.notice(t('assembleCancelled'));
  else ctx.error(r.error);
  ctx.rerender();
}

/** The selection of the brief last assembled: its topics and every article it cites. */
export function selectionOf(brief: Brief): { articleIds: string[]; topics: string[] } {
  return { articleIds: brief.sources.map((s) => s.id), topics: brief.topics };
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
export function assemblyProgress(ctx: AppContext): HTMLElement | null {
  const progress = ctx.state.assembling;
  if (progress === null) return null;
  const bar = el('progress', { id: 'assemble-progress', max: String(Math.max(1, progress.total)), value: String(progress.done) });
  return el(
    'div',
    { class: 'assemble-progress' },
    el('label', { for: 'assemble-progress', id: 'assemble-progress-label' }, stageLabel(progress.stage)),
    bar,
    button(t('assembleCancel'), () => void ctx.call('brief:assembleCancel', {}), { id: 'assemble-cancel', data: { key: 'assemble-cancel' } }),
  );
}

/** Moves the bar and its label in place, without a re-render (which would steal the focus from the stop button). */
export function showAssemblyProgress(ctx: AppContext, p: { done: number; total: number; label: string }): void {
  if (ctx.state.assembling === null) return;
  ctx.state.assembling = { done: p.done, total: p.total, stage: p.label };
  const bar = document.getElementById('assemble-progress');
  if (bar instanceof HTMLProgressElement) {
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
  }
  const label = document.getElementById('assemble-progress-label');
  if (label) label.textContent = stageLabel(p.label);
}
