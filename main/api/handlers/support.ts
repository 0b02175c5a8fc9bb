import type { SomeHandlers } from '../handler.ts';

/** Whether the quotes of items the analyst edited still support their text. */
export const supportHandlers = {
  // The word lists load with the first check, not with the API (`mawjaz list` never needs them).
  'brief:support': async (req) => {
    const { isSupported } = await import('../../analysis/sources/citation-support.ts');
    return { supported: req.items.map((item) => isSupported(item.text, item.quotes)) };
  },
} satisfies SomeHandlers;
