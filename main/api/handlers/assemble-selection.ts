import { storedActorCorrections } from '../../briefing/actor-corrections.ts';
import type { Brief } from '../../model/brief.ts';
import { withOutletGrades } from '../../briefing/outlet-grades.ts';
import { selectArticles } from '../../briefing/select-articles.ts';
import type { Selection } from '../../model/selection.ts';
import { AssemblyStep } from '../contract.ts';
import type { ApiContext } from '../handler.ts';

/**
 * Assembles a selection on the work thread with the workspace's actor corrections, reporting progress in steps:
 * reading the selection, then each part of the analysis (the label names the part). `brief:assembleCancel` stops it.
 * Each source carries its outlet's reliability grade as the workspace keeps it.
 */
export async function assembleSelection(ctx: ApiContext, selection: Selection, title: string | undefined): Promise<Brief> {
  const steps = AssemblyStep.options;
  const total = steps.length - 1;
  const step = (label: AssemblyStep): void => ctx.emit({ task: 'assemble', done: steps.indexOf(label), total, label });
  step('select');
  const { articles, topics } = await selectArticles(ctx.store, selection);
  const options = { now: ctx.now(), title, topics, corrections: await storedActorCorrections(ctx.store), ...(selection.included ? { included: selection.included } : {}) };
  const brief = await ctx.work.assemble(articles, options, step);
  step('done');
  return withOutletGrades(brief, await ctx.store.listOutletGrades());
}
