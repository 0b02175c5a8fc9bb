import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import type { LoggedLine } from '../../main/render/pdf/typeset/types.ts';

/** Whether HarfBuzz's command-line tool is on this machine (the tests that compare with it skip without it). */
export function hasHbShape(): boolean {
  try {
    execFileSync('hb-shape', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Glyph ids of `text` as the HarfBuzz command-line tool shapes it, in visual order. */
export function hbShape(fontPath: string, text: string, direction: 'rtl' | 'ltr'): number[] {
  const out = execFileSync('hb-shape', ['--output-format=json', '--no-glyph-names', `--direction=${direction}`, `--text=${text}`, fontPath], { encoding: 'utf8' });
  return (JSON.parse(out) as Array<{ g: number }>).map((g) => g.g);
}

/**
 * Expects every one of a chart's `labels` drawn in the PDF's `log`, and each of their runs set with the glyphs
 * hb-shape gives for the same text, font and direction.
 */
export function expectLabelsShapedAsHbShape(log: readonly LoggedLine[], labels: ReadonlySet<string>): void {
  const drawn = log.filter((line) => labels.has(line.text));
  expect(new Set(drawn.map((l) => l.text))).toEqual(labels);
  for (const line of drawn) {
    for (const run of line.runs) {
      // A label is one line of one paragraph: each run is shaped alone, as hb-shape shapes it.
      expect(run.glyphIds, `«${run.text}» ${run.font}`).toEqual(hbShape(run.fontPath, run.text, run.direction));
    }
  }
}
