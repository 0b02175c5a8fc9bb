import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from '../template.ts';
import type { ChartFonts } from './timeline-chart.ts';
import { openFontFace, type FontFace } from './typeset/font-face.ts';

const faces = new Map<string, FontFace>();
function face(fontsDir: string, file: string): FontFace {
  const path = join(fontsDir, file);
  let opened = faces.get(path);
  if (!opened) {
    opened = openFontFace(path, readFileSync(path));
    faces.set(path, opened);
  }
  return opened;
}

/**
 * The faces the PDF sets a chart in (its small text styles), from the template's fonts: for the outputs that lay a
 * chart out outside the PDF's flow (the Word file's picture, the app's charts), opened once per process.
 */
export function chartFonts(template: Template, fontsDir: string): ChartFonts {
  const f = template.fonts;
  const size = template.sizes.small;
  const colour = template.colours.text;
  return {
    regular: { faces: [face(fontsDir, f.body.file), face(fontsDir, f.latin.file)], size, colour },
    bold: { faces: [face(fontsDir, f.bodyBold.file), face(fontsDir, f.latinBold.file)], size, colour },
  };
}
