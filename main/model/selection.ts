import { z } from 'zod';

/** What the analyst picked: articles one by one and/or whole topics (their articles are included). */
export const Selection = z.object({
  articleIds: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
  /** Articles the analyst keeps in the story although the assembly finds them apart from it (Brief.includedSources). */
  included: z.array(z.string()).optional(),
});
export type Selection = z.infer<typeof Selection>;

/** A topic as the analysis sees it: its name and keywords steer the summary's relevance. */
export const TopicFocus = z.object({ name: z.string(), keywords: z.array(z.string()).default([]) });
export type TopicFocus = z.infer<typeof TopicFocus>;
