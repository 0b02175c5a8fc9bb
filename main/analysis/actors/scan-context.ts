import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import type { Word } from '../words/sentence-tokens.ts';
import type { PersonRule } from './person-rules.ts';

/** People found by cues anywhere in the selection: what the second pass propagates (one sense per discourse). */
export interface KnownPersons {
  /** Name keys of full names (two words or more). */
  full: ReadonlySet<string>;
  /** Last words of full names and one-word names found after a title: a bare mention of one is that person. */
  surnames: ReadonlySet<string>;
}

/** One sentence being scanned: its words, which of them a mention already took, and what is known. */
export interface Scan {
  words: readonly Word[];
  claimed: boolean[];
  gazetteer: Gazetteer;
  known: KnownPersons | null;
  sentenceText: string;
  sentenceStart: number;
  /** The person rules switched off, for measuring what each carries (person-rules.ts); none in assembly. */
  off?: ReadonlySet<PersonRule>;
}

export function isFree(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (scan.claimed[i] !== false) return false;
  return to <= scan.words.length;
}

export function claim(scan: Scan, from: number, to: number): void {
  for (let i = from; i < to; i++) scan.claimed[i] = true;
}

export function unclaim(scan: Scan, from: number, to: number): void {
  for (let i = from; i < to; i++) scan.claimed[i] = false;
}
