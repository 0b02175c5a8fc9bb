/**
 * The shipped entity model, read once per process on first use. A missing or damaged file is an error that
 * names the file in one sentence: the actors stage cannot run without it, and a silent fallback would give
 * briefs of another quality than the one measured.
 */
import { readFileSync } from 'node:fs';
import { resources } from '../../resources.ts';
import { decodeModel } from './model-file.ts';
import type { ModelData } from './model-file.ts';
import { nerModel } from './tagger.ts';
import type { NerModel } from './tagger.ts';

export class NerModelError extends Error {
  override name = 'NerModelError';
}

const loaded = new Map<string, NerModel>();
const checked = new Set<string>();

function readModelData(file: string): ModelData {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NerModelError(`The entity model ${file} cannot be read (${code === 'ENOENT' ? 'it is missing' : (code ?? String(e))}); restore it from the project or rebuild it with npm run train:ner.`);
  }
  try {
    return decodeModel(bytes);
  } catch (e) {
    throw new NerModelError(`The entity model ${file} is damaged (${e instanceof Error ? e.message : String(e)}); restore it from the project or rebuild it with npm run train:ner.`);
  }
}

/** Reads and checks a model file, throwing NerModelError naming it when it is missing or damaged. */
export function readNerModel(file: string): NerModel {
  return nerModel(readModelData(file));
}

/**
 * Checks once per process that `file` (the shipped model by default) is there and whole, throwing NerModelError
 * naming it otherwise: hosts call it at start, so a missing or damaged model stops them before any work begins
 * rather than at the first brief. It decodes without building the lookup table the tagger needs.
 */
export function checkNerModel(file: string = resources.nerModelFile): void {
  if (loaded.has(file) || checked.has(file)) return;
  readModelData(file);
  checked.add(file);
}

/** The model in `file` (the shipped one by default), read on first use and kept for the process. */
export function loadNerModel(file: string = resources.nerModelFile): NerModel {
  const known = loaded.get(file);
  if (known !== undefined) return known;
  const model = readNerModel(file);
  loaded.set(file, model);
  return model;
}
