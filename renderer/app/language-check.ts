import type { Response } from '../../main/api/contract.ts';
import type { AppContext } from './context.ts';
import type { Brief } from './types.ts';

export type LanguageFlag = Response<'brief:checkLanguage'>['items'][number]['flags'][number];

/** The checker's flags of the open draft, by `${section}:${id}`; what the editor shows under each text. */
export type LanguageFlags = Record<string, LanguageFlag[]>;

// Long enough that a check does not run on every key, short enough that the flags follow the analyst's pause.
const DELAY_MS = 400;

let timer: ReturnType<typeof setTimeout> | null = null;
let scheduled: Brief | null = null;
let generation = 0;
let draftSeen: Brief | null = null;

/**
 * Checks the open draft again when it changed (an edit, an undo, another draft opened); called as the editor draws,
 * it does nothing while the draft is the one already seen, so a check of text being typed is not undone by the
 * redraw its own answer causes.
 */
export function followDraft(ctx: AppContext, brief: Brief): void {
  if (brief === draftSeen) return;
  draftSeen = brief;
  scheduleLanguageCheck(ctx, brief);
}

/**
 * Checks the estimative language of `brief` (the analyst's own text: brief:checkLanguage) once the analyst pauses,
 * and puts the flags in the state. A newer request supersedes an older one, whose answer is dropped when it lands
 * late. Advice only: nothing waits on it, and a failed check leaves the last flags.
 */
export function scheduleLanguageCheck(ctx: AppContext, brief: Brief): void {
  if (brief === scheduled) return;
  scheduled = brief;
  if (timer !== null) clearTimeout(timer);
  const mine = ++generation;
  timer = setTimeout(() => {
    timer = null;
    void ctx.client.call('brief:checkLanguage', { brief }).then((r) => {
      if (!r.ok || mine !== generation) return;
      ctx.state.languageFlags = Object.fromEntries(r.value.items.map((i) => [`${i.section}:${i.id}`, i.flags]));
      ctx.rerender();
    });
  }, DELAY_MS);
}
