import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../../main/model/brief.ts';

// The seeds' golden brief is kept one file per section, so that a change can be reviewed section by section; the
// whole brief's JSON is put back together from them byte for byte.

/** Where the seeds' golden brief lives: one file per section plus rest.json. */
export const SEEDS_GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'brief', 'seeds');

/** The sections with a file of their own; every other field of the brief is in rest.json, in the brief's order. */
export const SECTIONS = { summary: 'summary.json', actors: 'actors.json', timeline: 'timeline.json', openQuestions: 'open-questions.json', sources: 'sources.json' } as const;
export const REST = 'rest.json';

/** What rest.json says where a section stands. */
export function pointer(file: string): string {
  return `see ${file}`;
}

/** JSON as the CLI writes a brief: two-space indent and a final newline. */
export function briefText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The brief's golden files by name: each section's JSON, and the rest with a pointer where each section stands. */
export function splitBrief(brief: Brief): Map<string, string> {
  const rest: Record<string, unknown> = { ...brief };
  const files = new Map<string, string>();
  for (const [key, file] of Object.entries(SECTIONS)) {
    files.set(file, briefText(brief[key as keyof typeof SECTIONS]));
    rest[key] = pointer(file);
  }
  files.set(REST, briefText(rest));
  return files;
}

/** The whole brief's JSON put back together from the golden files `read` returns by name. */
export function joinBrief(read: (file: string) => string): string {
  const rest = JSON.parse(read(REST)) as Record<string, unknown>;
  for (const [key, file] of Object.entries(SECTIONS)) {
    if (rest[key] !== pointer(file)) throw new Error(`${REST}: "${key}" should read "${pointer(file)}"`);
    rest[key] = JSON.parse(read(file));
  }
  return briefText(rest);
}

/** The seeds' golden brief as one JSON text, as the CLI writes it. */
export function seedsGoldenBrief(): string {
  return joinBrief((file) => readFileSync(path.join(SEEDS_GOLDEN_DIR, file), 'utf8'));
}
