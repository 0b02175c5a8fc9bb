import { z } from 'zod';
import { ActorCorrections } from '../analysis/actors/corrections.ts';
import { ASSEMBLY_STAGES } from '../briefing/assembly-stages.ts';
import { Brief } from '../model/brief.ts';
import { TopicFocus } from '../model/selection.ts';
import { ArticleRecord } from '../model/article.ts';
import { RawDocument } from '../model/raw-document.ts';
import { ImportFailure } from '../library/import-report.ts';

/** One file of an import batch once read (or why not), as the thread gets it to clean. */
const ReadSlot = z.object({ file: z.string(), raw: RawDocument.optional(), error: z.string().optional(), code: ImportFailure.optional() });

const Words = z.custom<Uint32Array>((v) => v instanceof Uint32Array, 'expected a Uint32Array');

/** One file of an import batch cleaned and prepared for writing (library/prepare-article.ts), or why not. */
export const PreparedSlot = z.object({
  file: z.string(),
  prepared: z
    .object({
      record: ArticleRecord,
      contentHash: z.string(),
      sourceHash: z.string().nullable(),
      shingles: Words,
      signature: Words,
      index: z.object({ title: z.string(), body: z.string(), bodyForms: z.string() }),
    })
    .optional(),
  error: z.string().optional(),
  code: ImportFailure.optional(),
});

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
      included: z.array(z.string()).optional(),
    }),
  }),
  z.object({
    kind: z.literal('export'),
    id: z.number().int(),
    brief: Brief,
    format: z.enum(['pdf', 'docx']),
    template: z.string(),
  }),
  /** Reads one file of an import: one job per file, so each has its own time budget. */
  z.object({ kind: z.literal('read'), id: z.number().int(), file: z.string(), maxBytes: z.number().int().positive().optional() }),
  /** Cleans and prepares an import batch that was read. */
  z.object({ kind: z.literal('prepare'), id: z.number().int(), slots: z.array(ReadSlot), now: z.string() }),
]);
export type WorkJob = z.input<typeof WorkJob>;

export const WorkAnswer = z.discriminatedUnion('kind', [
  /** Sent once, when the thread has loaded its code. */
  z.object({ kind: z.literal('ready'), id: z.literal(0) }),
  z.object({ kind: z.literal('stage'), id: z.number().int(), stage: z.enum(ASSEMBLY_STAGES) }),
  /** Sent when an import job's code is loaded and its work begins: its time budget counts from here. */
  z.object({ kind: z.literal('started'), id: z.number().int() }),
  z.object({ kind: z.literal('assembled'), id: z.number().int(), brief: Brief }),
  z.object({ kind: z.literal('exported'), id: z.number().int(), bytes: z.instanceof(Uint8Array) }),
  z.object({ kind: z.literal('document'), id: z.number().int(), raw: RawDocument }),
  z.object({ kind: z.literal('prepared'), id: z.number().int(), slots: z.array(PreparedSlot) }),
  /**
   * `name` and `code` let the API answer with the right error code (a bad template, a file it could not read);
   * `file` and `problem` rebuild a refused import file's IngestError.
   */
  z.object({
    kind: z.literal('failed'),
    id: z.number().int(),
    message: z.string(),
    name: z.string().optional(),
    code: z.string().optional(),
    file: z.string().optional(),
    problem: z.string().optional(),
  }),
]);
/** What the thread sends; the API reads it back as `ReceivedWorkAnswer`, parsed (defaults filled in). */
export type WorkAnswer = z.input<typeof WorkAnswer>;
export type ReceivedWorkAnswer = z.output<typeof WorkAnswer>;
