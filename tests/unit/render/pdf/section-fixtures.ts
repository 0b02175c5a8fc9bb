import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../../../../main/model/brief.ts';
import type { BriefStyles } from '../../../../main/render/pdf/section-context.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import type { TextStyle } from '../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from './fixtures.ts';

// One face for every style: the block builders carry styles into spans and read their sizes; only the timeline
// chart measures its text with them.
const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const style = (size: number, colour = '#000000'): TextStyle => ({ faces: [amiri], size, colour });

/** Styles told apart by their size and colour. */
export const STYLES: BriefStyles = {
  body: style(12),
  bold: style(12, '#000001'),
  muted: style(12, '#777777'),
  small: style(10),
  smallBold: style(10, '#000001'),
  sup: style(7.4, '#aa0000'),
  link: style(10, '#aa0000'),
  h1: style(15),
  title: style(20),
  marking: style(10, '#ff0000'),
};

/** A copy of `brief` with every listed item excluded. */
export function withNothingIncluded(brief: Brief): Brief {
  const excluded = <T extends { included: boolean }>(items: T[]): T[] => items.map((item) => ({ ...item, included: false }));
  return {
    ...brief,
    summary: excluded(brief.summary),
    actors: excluded(brief.actors),
    timeline: excluded(brief.timeline),
    openQuestions: excluded(brief.openQuestions),
  };
}
