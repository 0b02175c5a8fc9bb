import { parseBareName } from './byline.ts';
import { opensWithGivenName } from '../../text/gazetteer/given-names.ts';

// The label of the writer's box a page sets under the story: «عن الكاتب», «نبذة عن الكاتبة», «About the author».
const BOX_LABEL = /^(?:(?:نبذة\s+)?عن\s+(?:ال)?(?:كاتب|كاتبة|كاتبه|مؤلف|مؤلفة|مؤلفه|محرر|محررة|محرره)|about\s+the\s+(?:author|writer))\s*[:：]?$/iu;

/**
 * The writer a box under the story names: its label («عن الكاتب») and, on one of the two lines after it, the writer's
 * name alone (a person's name, see parseBareName); the biography that may follow is the box's too. `from` is the first
 * line after the story. Gives the name and the lines of the label and the name, or null when no box is there.
 */
export function authorBoxName(lines: readonly { text: string }[], from: number): { name: string; at: number[] } | null {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (!BOX_LABEL.test(lines[i]!.text.trim())) continue;
    for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
      const name = parseBareName(lines[j]!.text);
      // A name the gazetteer's given names open, or the label says so plainly: either way only a name alone on its line.
      if (name !== null && (opensWithGivenName(name) || j === i + 1)) return { name, at: [i, j] };
    }
    return null;
  }
  return null;
}
