/** A piece of an item's text and, when the language checker flagged it, the flag's index. */
export interface FlagSegment {
  text: string;
  flag: number | null;
}

/**
 * An item's text cut at the checker's flags (UTF-16 offsets into the same text), so the editor can mark each flagged
 * span where it stands. Flags are in text order; one that overlaps an earlier one (a whole sentence that joins a
 * likelihood to a confidence level, around a hedge already marked) marks only what is left of it.
 */
export function flagSegments(text: string, flags: readonly { start: number; end: number }[]): FlagSegment[] {
  const out: FlagSegment[] = [];
  let at = 0;
  flags.forEach((f, i) => {
    const start = Math.max(f.start, at);
    const end = Math.min(f.end, text.length);
    if (end <= start) return;
    if (start > at) out.push({ text: text.slice(at, start), flag: null });
    out.push({ text: text.slice(start, end), flag: i });
    at = end;
  });
  if (at < text.length) out.push({ text: text.slice(at), flag: null });
  return out;
}
