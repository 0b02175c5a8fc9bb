import type { OutletKeyOf } from './evidence-grades.ts';
import { createHostBook, type AskHost, type HostBook } from './host-book.ts';

let book: HostBook<string> = createHostBook<string>(() => Promise.resolve(null), () => undefined);

/**
 * Connects the grades panel to the workspace's outlet key (`outlets:keys`): the forms one outlet is cited in share a
 * key, which the page cannot compute (it folds no Arabic and knows no outlet list). `onLearnt` redraws once new keys
 * are known.
 */
export function installOutletKeyBook(ask: AskHost<string>, onLearnt: () => void): void {
  book = createHostBook(ask, onLearnt);
}

/** An outlet name's grade key, or undefined until the host has given it (it is asked for then) or when it could not. */
export const outletKeyOf: OutletKeyOf = (outlet) => book.get(outlet) ?? undefined;
