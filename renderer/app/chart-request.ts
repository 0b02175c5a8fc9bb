import type { ClientResult } from './api-client.ts';
import type { AppContext } from './context.ts';
import type { Brief } from './types.ts';

// Long enough that typing in an item does not lay the chart out on every key, short enough to follow a pause.
const DELAY_MS = 400;

/**
 * A chart of the open draft, asked of the host by `ask` (a `charts:*` call, laid out as the exports lay it out):
 * asked again when the draft changes (an edit, an undo, another draft), the answer to an older draft dropped when
 * it lands late. Until the first answer, null; meanwhile the last chart stays in view. One follower per chart, so
 * that the charts never cancel each other's calls.
 */
export function chartFollower<T>(ask: (ctx: AppContext, brief: Brief) => Promise<ClientResult<T>>): (ctx: AppContext, brief: Brief) => T | null {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked: Brief | null = null;
  let generation = 0;
  let shown: { value: T } | null = null;
  return (ctx, brief) => {
    if (brief !== asked) {
      asked = brief;
      if (timer !== null) clearTimeout(timer);
      const mine = ++generation;
      timer = setTimeout(() => {
        timer = null;
        void ask(ctx, brief).then((r) => {
          if (!r.ok || mine !== generation) return;
          shown = { value: r.value };
          ctx.rerender();
        });
      }, shown === null ? 0 : DELAY_MS);
    }
    return shown?.value ?? null;
  };
}
