// The project's own annotated sets as `npm run train:ner` and the tuning scripts read them: data/ner/<set>/train.txt
// (written by `npm run build:ner-data`), each with its hash and its tune articles apart (splits.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { isModernTune } from '../main/analysis/ner/splits.ts';
import type { ModernSet } from '../main/analysis/ner/train-model.ts';
import { sha256Hex } from '../main/text/sha256.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The own sets' folders under data/ner/, in the order training reads them. */
export const OWN_SETS = ['modern-train-1', 'modern-train-2'] as const;
export type OwnSetName = (typeof OWN_SETS)[number];

/** Where a set's tagged file is, as the model's header names it (inside the repository). */
export function ownSetFile(set: OwnSetName): string {
  return `data/ner/${set}/train.txt`;
}

export interface ModernData {
  /** Which own set. */
  set: OwnSetName;
  /** Where the set is (ownSetFile). */
  name: string;
  /** Every sentence, for the final model. */
  all: AnnotatedSentence[];
  /** Without the tune articles, for the tuning scripts' models. */
  train: AnnotatedSentence[];
  /** The tune articles, each a list of sentences. */
  tune: AnnotatedSentence[][];
  sha256: string;
}

export function readModernSet(set: OwnSetName): ModernData {
  const name = ownSetFile(set);
  const bytes = readFileSync(path.join(root, name));
  const all = readCorpus(bytes.toString('utf8'), name).sentences;
  const train: AnnotatedSentence[] = [];
  const tune: AnnotatedSentence[][] = [];
  for (const s of all) {
    if (s.doc === undefined) throw new Error(`${name}:${s.line}: a sentence before the first -DOCSTART-`);
    if (isModernTune(s.doc)) (tune[s.doc] ??= []).push(s);
    else train.push(s);
  }
  return { set, name, all, train, tune: tune.filter((a) => a.length > 0), sha256: sha256Hex(bytes) };
}

/** Every own set, in OWN_SETS's order. */
export function readModernSets(): ModernData[] {
  return OWN_SETS.map(readModernSet);
}

/** The sets as trainModel takes them, each its `repeats` times (none at 0): all of each, or (`tuning`) without its tune articles. */
export function modernSets(data: readonly ModernData[], repeats: Readonly<Record<OwnSetName, number>>, tuning: boolean): ModernSet[] {
  return data.flatMap((set) => {
    const repeat = repeats[set.set];
    return repeat > 0 ? [{ sentences: tuning ? set.train : set.all, name: set.name, sha256: set.sha256, repeat }] : [];
  });
}
