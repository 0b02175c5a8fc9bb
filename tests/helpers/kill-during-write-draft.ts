import { z } from 'zod';

/** The autosaved draft of the kill tests: every point carries the draft's version, so a torn draft shows. */
const Draft = z.object({
  version: z.number().int().positive(),
  points: z.array(z.object({ version: z.number().int(), text: z.string() })).length(40),
});

/**
 * Draft number `v`: about 24 KB of Arabic text, so that one save spans several SQLite pages (a save that were
 * written page by page could be caught half old, half new).
 */
export function draftOf(v: number): z.infer<typeof Draft> {
  return {
    version: v,
    points: Array.from({ length: 40 }, (_, i) => ({
      version: v,
      text: `النقطة ${String(i + 1)} من المسودة ${String(v)}: ${'أفاد مراسلنا بأن الاجتماع انتهى دون اتفاق على موعد الجولة المقبلة. '.repeat(4)}`,
    })),
  };
}

/** The version of a saved draft; throws when the draft does not parse or its points disagree (a torn save). */
export function versionOf(json: unknown): number {
  const draft = Draft.parse(json);
  const torn = draft.points.find((p) => p.version !== draft.version);
  if (torn) throw new Error(`torn draft: version ${String(draft.version)} holds a point of version ${String(torn.version)}`);
  return draft.version;
}
