import { z } from 'zod';
import { METHODS } from '../api/methods.ts';
import { AnyResult, LibraryFailure, Progress } from '../api/result.ts';

// The messages between the main process and the API's utility process. Each end parses what it receives, as every
// other input crossing a boundary is: a message that does not parse is dropped (and said on stderr), never acted on.

const Id = z.number().int();

/** Messages from the main process to the API's utility process. */
export const WorkerRequest = z.discriminatedUnion('type', [
  // `password`: a team library's, from the app's encrypted store; it crosses only this channel, never argv or env.
  // null: no password, not even the environment's (a library other than the one the app was started on).
  z.object({ type: z.literal('open'), id: Id, workspace: z.string().min(1), exportsDir: z.string().min(1), password: z.string().min(1).nullable().optional() }),
  z.object({ type: z.literal('call'), id: Id, method: z.enum(METHODS), request: z.unknown() }),
  z.object({ type: z.literal('open-path-done'), id: Id, opened: z.boolean() }),
  z.object({ type: z.literal('close') }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;

/** Messages from the API's utility process to the main process. */
export const WorkerReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), id: Id, workspace: z.string() }),
  // `library`: why a team library could not be opened, for the settings view to say in the analyst's language.
  z.object({ type: z.literal('open-failed'), id: Id, message: z.string(), library: LibraryFailure.optional() }),
  z.object({ type: z.literal('result'), id: Id, result: AnyResult }),
  z.object({ type: z.literal('progress'), progress: Progress }),
  z.object({ type: z.literal('open-path'), id: Id, path: z.string().min(1) }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;

/** `message` parsed as `schema`, or null (said on stderr: a malformed message is a bug, not something to act on). */
export function parseMessage<T>(schema: z.ZodType<T>, message: unknown, from: string): T | null {
  const parsed = schema.safeParse(message);
  if (parsed.success) return parsed.data;
  console.error(`Mawjaz: a malformed message from ${from} was dropped: ${parsed.error.message}`);
  return null;
}
