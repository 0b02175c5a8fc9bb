import type { Line } from './types.ts';

// Beyond this much extra per space (a share of the font size) a line is left unjustified rather than torn apart.
const MAX_SPACE_STRETCH = 0.9;

/**
 * The extra width each space of a line takes so the line fills `width` (justification on spaces), or 0 when the
 * line is not stretched, has no spaces, overflows, or would need more than MAX_SPACE_STRETCH of the font size a space.
 */
export function spaceStretch(line: Line, width: number): number {
  if (!line.stretch || line.spaces === 0) return 0;
  const size = Math.max(...line.runs.map((r) => r.style.size), 1);
  const extra = (width - line.width) / line.spaces;
  return extra < 0 || extra > size * MAX_SPACE_STRETCH ? 0 : extra;
}
