import type { NameKeys } from './actor-table.ts';
import { createHostBook, type AskHost, type HostBook } from './host-book.ts';

let book: HostBook<NameKeys> = createHostBook<NameKeys>(() => Promise.resolve(null), () => undefined);

/**
 * Connects the actors' search to the host's text layer (`names:searchKeys`): a name is found by any spelling the
 * text layer folds, and the page folds none itself. `onLearnt` redraws once new keys are known.
 */
export function installNameBook(ask: AskHost<NameKeys>, onLearnt: () => void): void {
  book = createHostBook(ask, onLearnt);
}

/** The search keys of a text, or undefined until the host has given them (they are asked for then). */
export function nameKeysOf(text: string): NameKeys | undefined {
  return book.get(text) ?? undefined;
}
