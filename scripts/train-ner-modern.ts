// The project's own annotated set as `npm run train:ner` and the tuning scripts read it: data/ner/modern-train-1/
// train.txt (written by `npm run build:ner-data`), its hash, and its tune articles apart (splits.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import type { AnnotatedSentence } from '../main/analysis/ner/read-corpus.ts';
import { isModernTune } from '../main/analysis/ner/splits.ts';
import type { ModernSet } from '../main/analysis/ner/train-model.ts';
import { sha256Hex } from '../main/analysis/ner/training-inputs.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the set is, as the model's header names it (inside the repository). */
export const MODERN_NAME = 'data/ner/modern-train-1/train.txt';

export interface ModernData {
  /** Every sentence, for the final model. */
  all: AnnotatedSentence[];
  /** Without the tune articles, for the tuning scripts' models. */
  train: AnnotatedSentence[];
  /** The tune articles, each a list of sentences. */
  tune: AnnotatedSentence[][];
  sha256: string;
}

export function readModernSet(): ModernData {
  const bytes = readFileSync(path.join(root, MODERN_NAME));
  const all = readCorpus(bytes.toString('utf8'), MODERN_NAME).sentences;
  const train: AnnotatedSentence[] = [];
  const tune: AnnotatedSentence[][] = [];
  for (const s of all) {
    if (s.doc === undefined) throw new Error(`${MODERN_NAME}:${s.line}: a sentence before the first -DOCSTART-`);
    if (isModernTune(s.doc)) (tune[s.doc] ??= []).push(s);
    else train.push(s);
  }
  return { all, train, tune: tune.filter((a) => a.length > 0), sha256: sha256Hex(bytes) };
}

/** The set as trainModel takes it: all of it, or (`tuning`) without its tune articles. */
export function modernSet(data: ModernData, repeat: number, tuning: boolean): ModernSet | undefined {
  return repeat > 0 ? { sentences: tuning ? data.train : data.all, name: MODERN_NAME, sha256: data.sha256, repeat } : undefined;
}
