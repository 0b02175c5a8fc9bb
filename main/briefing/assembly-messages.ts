import { z } from 'zod';
import { ActorCorrections } from '../analysis/actors/corrections.ts';
import { ArticleRecord } from '../ingest/article.ts';
import { ASSEMBLY_STAGES } from './assemble.ts';
import { Brief } from './brief.ts';
import { TopicFocus } from './selection.ts';

// The messages between the API and the assembly thread: both ends parse what they receive.

export const AssemblyJob = z.object({
  id: z.number().int(),
  articles: z.array(ArticleRecord),
  options: z.object({
    now: z.string(),
    title: z.string().optional(),
    topics: z.array(TopicFocus).optional(),
    corrections: ActorCorrections.optional(),
  }),
});
export type AssemblyJob = z.input<typeof AssemblyJob>;

export const AssemblyAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), id: z.number().int(), stage: z.enum(ASSEMBLY_STAGES) }),
  z.object({ kind: z.literal('done'), id: z.number().int(), brief: Brief }),
  z.object({ kind: z.literal('failed'), id: z.number().int(), message: z.string() }),
]);
export type AssemblyAnswer = z.input<typeof AssemblyAnswer>;
