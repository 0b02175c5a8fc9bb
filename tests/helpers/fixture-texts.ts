// The texts of the seeds and of the format fixtures (.txt, .md): real pages, for tests that check a fast path
// gives exactly what the plain computation gives, on everything the project has seen.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Each fixture text with its path under tests/fixtures, in a fixed order. */
export function fixtureTexts(): { name: string; text: string }[] {
  const dirs = ['seeds', ...readdirSync(path.join(FIXTURES, 'formats'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join('formats', d.name))];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:txt|md)$/u.test(f))
      .sort()
      .map((f) => ({ name: path.join(dir, f), text: readFileSync(path.join(FIXTURES, dir, f), 'utf8') })),
  );
}
