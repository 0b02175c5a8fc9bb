import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import { detectTitle } from '../metadata/detect-title.ts';
import { UNKNOWN, type Detected } from '../metadata/detected.ts';
import { headlineAfterStamp } from '../metadata/stamp-headline.ts';
import { feedPost } from '../metadata/wordpress-feed.ts';

/**
 * The story's opening line to infer a title from: its first line in the story's script. A banner in another script
 * over an Arabic story («Got a TV Licence?») is the page's, not the story's opening.
 */
function openingLine<T extends { text: string }>(kept: readonly T[]): T | undefined {
  if (kept[0] === undefined || /\p{Script=Arabic}/u.test(kept[0].text)) return kept[0];
  const arabic = kept.reduce((n, l) => n + (l.text.match(/\p{Script=Arabic}/gu)?.length ?? 0), 0);
  const latin = kept.reduce((n, l) => n + (l.text.match(/\p{Script=Latin}/gu)?.length ?? 0), 0);
  return arabic > latin ? (kept.find((l) => /\p{Script=Arabic}/u.test(l.text)) ?? kept[0]) : kept[0];
}

/** A headline glued after the date of a date line above the story (see headlineAfterStamp), for a page with none. */
function stampHeadline(lines: readonly { text: string; reason: string | null }[], now: string | undefined): Detected<string> | null {
  for (const line of lines) {
    if (line.reason === null) return null;
    const glued = line.reason === 'dateline' ? headlineAfterStamp(line.text, now) : null;
    if (glued !== null) return { value: glued, basis: 'inferred' };
  }
  return null;
}

/** The titles the rules' sources other than a headline line give: a feed's item, a date line's glued headline, the opening. */
export interface TitleSources {
  feed: string | null;
  stamp: string | null;
  opening: string | null;
}

/** What each of the rules' other sources reads on the page, whichever the rules take (the learned chooser weighs them all). */
export function titleSources(raw: RawDocument, classified: LineClassification, now: string | undefined): TitleSources {
  const kept = classified.lines.filter((l) => l.reason === null);
  const opening = openingLine(kept)?.text;
  return {
    feed: classified.lines.map((l) => feedPost(l.text)).find((p) => p !== null)?.title ?? null,
    stamp: stampHeadline(classified.lines, now)?.value ?? null,
    opening: opening === undefined ? null : detectTitle({ ...raw, declared: { ...raw.declared, title: undefined } }, null, null, opening).value,
  };
}

/**
 * The title the hand-written rules read: a feed's «The post X appeared first on Y.», else the declared title or the
 * cleaner's headline line (detectTitle), else a headline glued after a date line, else one inferred from the opening.
 */
export function rulesTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined): Detected<string> {
  const headline = classified.lines.find((l) => l.index === classified.titleLine)?.text ?? null;
  const declared = Boolean(raw.declared.title?.trim());
  // A page with no headline line may have glued it after its date line: that comes before a title inferred from the story.
  const glued = headline === null && !declared ? stampHeadline(classified.lines, now) : null;
  // A feed's «The post X appeared first on Y.» names the item's title in full, whatever line the cleaner took for it.
  const fed = declared ? null : (classified.lines.map((l) => feedPost(l.text)).find((p) => p !== null) ?? null);
  if (fed !== null) return { value: fed.title, basis: 'inferred' };
  const kept = classified.lines.filter((l) => l.reason === null);
  // Each source read only when the ones before it gave nothing (the import's rules reader); rulesTitleOf reads them all.
  return glued ?? detectTitle(raw, headline, outlet, openingLine(kept)?.text ?? null);
}

/**
 * rulesTitle read off the sources titleSources found (read once for the rules and the learned chooser alike): each
 * source is what the rules would take from it, so only the order of preference is left. The same title as rulesTitle
 * (tests/unit/ingest/title/read-title.test.ts checks it on every seed and training page).
 */
export function rulesTitleOf(raw: RawDocument, classified: LineClassification, outlet: string | null, sources: TitleSources): Detected<string> {
  const headline = classified.lines.find((l) => l.index === classified.titleLine)?.text ?? null;
  const declared = Boolean(raw.declared.title?.trim());
  // A feed's «The post X appeared first on Y.» names the item's title in full, whatever line the cleaner took for it.
  if (!declared && sources.feed !== null) return { value: sources.feed, basis: 'inferred' };
  // A page with no headline line may have glued it after its date line: that comes before a title inferred from the story.
  if (headline === null && !declared && sources.stamp !== null) return { value: sources.stamp, basis: 'inferred' };
  if (declared || headline !== null) return detectTitle(raw, headline, outlet, null);
  return sources.opening === null ? UNKNOWN : { value: sources.opening, basis: 'inferred' };
}
