import { z } from 'zod';
import { ActorCorrections } from '../analysis/actors/corrections.ts';
import { ASSEMBLY_STAGES } from '../briefing/assemble.ts';
import { Brief } from '../briefing/brief.ts';
import { TopicFocus } from '../briefing/selection.ts';
import { ArticleRecord } from '../ingest/article.ts';

// The messages between the API and the work thread: both ends parse what they receive.

export const WorkJob = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('assemble'),
    id: z.number().int(),
    articles: z.array(ArticleRecord),
    options: z.object({
      now: z.string(),
      title: z.string().optional(),
      topics: z.array(TopicFocus).optional(),
      corrections: ActorCorrections.optional(),
    }),
  }),
  z.object({
    kind: z.literal('export'),
    id: z.number().int(),
    brief: Brief,
    format: z.enum(['pdf', 'docx']),
    template: z.string(),
  }),
]);
export type WorkJob = z.input<typeof WorkJob>;

export const WorkAnswer = z.discriminatedUnion('kind', [
  /** Sent once, when the thread has loaded its code. */
  z.object({ kind: z.literal('ready'), id: z.literal(0) }),
  z.object({ kind: z.literal('stage'), id: z.number().int(), stage: z.enum(ASSEMBLY_STAGES) }),
  z.object({ kind: z.literal('assembled'), id: z.number().int(), brief: Brief }),
  z.object({ kind: z.literal('exported'), id: z.number().int(), bytes: z.instanceof(Uint8Array) }),
  /** `name` and `code` let the API answer with the right error code (a bad template, a file it could not read). */
  z.object({ kind: z.literal('failed'), id: z.number().int(), message: z.string(), name: z.string().optional(), code: z.string().optional() }),
]);
/** What the thread sends; the API reads it back as `ReceivedWorkAnswer`, parsed (defaults filled in). */
export type WorkAnswer = z.input<typeof WorkAnswer>;
export type ReceivedWorkAnswer = z.output<typeof WorkAnswer>;
