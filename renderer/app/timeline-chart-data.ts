import type { Response } from '../../main/api/contract.ts';
import type { AppContext } from './context.ts';
import type { Brief } from './types.ts';

export type TimelineChart = Response<'charts:timeline'>;

// Long enough that typing in an entry does not lay the chart out on every key, short enough to follow a pause.
const DELAY_MS = 400;

let timer: ReturnType<typeof setTimeout> | null = null;
let asked: Brief | null = null;
let generation = 0;
let shown: { brief: Brief; chart: TimelineChart } | null = null;

/**
 * The open draft's timeline chart, laid out by the host as the exports lay it out (`charts:timeline`): asked again
 * when the draft changes (an edit, an undo, another draft), the answer to an older draft dropped when it lands
 * late. Until the first answer, null; meanwhile the last chart stays in view.
 */
export function timelineChartOf(ctx: AppContext, brief: Brief): TimelineChart | null {
  if (brief !== asked) {
    asked = brief;
    if (timer !== null) clearTimeout(timer);
    const mine = ++generation;
    timer = setTimeout(() => {
      timer = null;
      void ctx.client.call('charts:timeline', { brief }).then((r) => {
        if (!r.ok || mine !== generation) return;
        shown = { brief, chart: r.value };
        ctx.rerender();
      });
    }, shown === null ? 0 : DELAY_MS);
  }
  return shown?.chart ?? null;
}
