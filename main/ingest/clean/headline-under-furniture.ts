// A headline printed under furniture that reads like prose: a ticker's run of headlines on one long line, a forum's
// «join us» banner, the leads of other stories on an agency's home page. The cleaner takes the first prose line for
// the story's start, so the headline below it was never a candidate; the story below the headline is what tells.
import { headlineWeight } from './headline-candidate.ts';
import { splitWriterPrefix } from '../metadata/headline-furniture.ts';
import { isHeadlineLike, type LineFeatures } from './line-features.ts';
import { overlapWithStory, storyStems } from './word-overlap.ts';

interface HeadLine {
  text: string;
  f: LineFeatures;
  reason: string | null;
  content: boolean;
}

/** How far below the first prose line a headline is looked for, in lines, and how many prose lines may stand above it. */
const REACH = 8;
const PROSE_ABOVE = 4;
/** How strongly the story below must echo it: twice what a headline above the story needs (0.25). */
const ECHO_BELOW = 0.5;
/** How much of a prose line above may be the story's words: above it, the line is the story's own opening. */
const ABOVE_OF_STORY = 0.35;

/**
 * The line under the first prose lines (`first`, the story's start as the cleaner found it) that is the headline: a
 * headline-like line that `canBe` admits, with at most four prose lines above it, which the story below it echoes
 * strongly (half its stems, scaled for short lines), when none of the prose above is the story's own (a third of its
 * stems or more in the story below) — so a crosshead under the story's opening paragraph stays in the story. Null when none is.
 * Asked only when no line above the story reads as its headline.
 */
export function headlineUnderFurniture(lines: readonly HeadLine[], first: number, canBe: (text: string) => boolean): number | null {
  let proseAbove = 0;
  for (let i = first + 1; i < Math.min(lines.length, first + REACH); i++) {
    const line = lines[i]!;
    if (lines[i - 1]!.content) proseAbove++;
    if (proseAbove > PROSE_ABOVE) return null;
    if (line.content || line.reason !== null || !isHeadlineLike(line.f) || !canBe(line.text)) continue;
    const below = lines.slice(i + 1).filter((l) => l.content).map((l) => l.text);
    if (below.length === 0) return null;
    const story = storyStems(below);
    // «الكاتب الصحفي فلان يكتب .. العنوان»: a column's headline names its writer, whom the story never echoes; its
    // title is what the story must echo. The writer's cue already tells it from a section's label, so the whole line's
    // length is what the short-line scaling weighs.
    const titled = splitWriterPrefix(line.text)?.title ?? line.text;
    if (headlineWeight(line.f.words, overlapWithStory(titled, story)) < ECHO_BELOW) continue;
    // The story's own opening paragraph shares the story's words; a ticker's run (even one listing this story among
    // others) or another story's lead does not.
    const above = lines.slice(first, i).filter((l) => l.content);
    if (above.every((l) => overlapWithStory(l.text, story) < ABOVE_OF_STORY)) return i;
  }
  return null;
}
