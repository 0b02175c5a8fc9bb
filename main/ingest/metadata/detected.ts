import type { Basis } from '../../model/article.ts';

/** A metadata value and how it was established (see Basis in article.ts). */
export interface Detected<T> {
  value: T | null;
  basis: Basis;
}

export const UNKNOWN: Detected<never> = Object.freeze({ value: null, basis: 'unknown' });
