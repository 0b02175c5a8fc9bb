import type { Store } from '../store.ts';

type Promised<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : F;

/**
 * The store's interface made asynchronous, derived from today's synchronous `Store`: every method keeps its name and
 * arguments and returns a promise of today's result; a transaction runs an asynchronous function. Another branch
 * (store21) makes `Store` itself asynchronous; once it has, this type is that interface and can be replaced by it.
 */
export type AsyncStore = {
  [K in keyof Store]: K extends 'transaction' ? <T>(fn: () => Promise<T>) => Promise<T> : Promised<Store[K]>;
};
