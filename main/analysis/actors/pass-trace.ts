/**
 * What the actors stage did, pass by pass, for a tool that explains its figures (scripts/tune-ner-stage.ts): the
 * stage calls an observer, when one is given, after each pass over a sentence of the final run, when a pass
 * leaves one of the tagger's entities out, and after each filter over the selection's mentions. Assembly gives
 * none, and the stage's output is the same with or without one.
 */
import type { Mention } from './mention.ts';
import type { SentenceScan } from './sentence-scan.ts';

export interface PassObserver {
  /** After pass `pass` ran over sentence `s` (its mentions so far in `s.found`). */
  afterPass(pass: string, s: SentenceScan): void;
  /** A pass left words [from, to) of a tagger entity out, for `reason`. */
  skipped(pass: string, s: SentenceScan, from: number, to: number, reason: string): void;
  /**
   * After a filter over all mentions: `after` keeps some of `before` as they are (the same objects), or maps each
   * one to one (same length, same order).
   */
  afterFilter(filter: string, before: readonly Mention[], after: readonly Mention[]): void;
}
