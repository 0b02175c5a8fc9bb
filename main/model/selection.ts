import { z } from 'zod';

/** What the analyst picked: articles one by one and/or whole topics (their articles are included). */
export const Selection = z.object({
  articleIds: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
});
export type Selection = z.infer<typeof Selection>;

/** A topic as the analysis sees it: its name and keywords steer the summary's relevance. */
export const TopicFocus = z.object({ name: z.string(), keywords: z.array(z.string()).default([]) });
export type TopicFocus = z.infer<typeof TopicFocus>;
