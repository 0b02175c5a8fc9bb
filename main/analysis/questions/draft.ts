import type { QuestionKind } from '../../model/brief.ts';
import type { CorpusSentence } from './corpus.ts';

/** A question before ids and analyst state are attached: its kind, its Arabic text and its evidence sentences. */
export interface Draft {
  kind: QuestionKind;
  text: string;
  evidence: CorpusSentence[];
  /** Of a denied question: the sentence asserting what is denied, when it is not a denial's own sentence. */
  deniedClaim?: CorpusSentence;
  /** How much the question matters, for kinds that are capped (unverified claims); higher first. */
  priority?: number;
  /** Of an unverified question: its claim rests on an unnamed mouth (not a hedge), which a denial does not answer. */
  unnamed?: boolean;
}

/** Groups items greedily: each joins the first group one of whose members it `belongs` with, in input order. */
export function groupBy<T>(items: readonly T[], belongs: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const g = groups.find((group) => group.some((m) => belongs(m, item)));
    if (g) g.push(item);
    else groups.push([item]);
  }
  return groups;
}
