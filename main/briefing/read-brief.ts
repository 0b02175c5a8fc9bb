import { readFile } from 'node:fs/promises';
import { describeZodError } from '../files/describe-zod-error.ts';
import { Brief } from '../model/brief.ts';

/** The Brief inside a saved draft's state (`{ id, brief, history }`), or undefined when `data` is not one. */
function draftBrief(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || 'schemaVersion' in data || !('brief' in data)) return undefined;
  return data.brief;
}

/** The briefs readBrief gave back: each the Brief schema's own output, frozen, so never changed by the commands that read them. */
const readBriefs = new WeakSet<object>();

/**
 * Whether `brief` is one readBrief gave back, so already the Brief schema's output: `mawjaz render`'s files API
 * (api/handlers/create-files-api.ts) does not parse it a second time.
 */
export function isReadBrief(brief: unknown): brief is Brief {
  return typeof brief === 'object' && brief !== null && readBriefs.has(brief);
}

/**
 * Reads a brief from a JSON file holding either a Brief (`mawjaz brief --json`, perhaps edited by hand) or a saved
 * draft as the API answers it (`brief:get`: the Brief under `brief`, beside its id and history), so every command
 * that takes a brief also takes what the desk saved. A file that is neither is refused naming the field.
 */
export async function readBrief(file: string): Promise<Brief> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a readable JSON file (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const draft = draftBrief(data);
  const isDraft = draft !== undefined;
  const parsed = Brief.safeParse(isDraft ? draft : data);
  if (!parsed.success) throw new Error(`${file}: not a valid ${isDraft ? 'draft' : 'brief'}: ${describeZodError(parsed.error)}`);
  const brief = freezeDeep(parsed.data);
  readBriefs.add(brief);
  return brief;
}

/**
 * Freezes `value` and everything it holds, so "never changed by the commands that read them" is enforced: a change
 * throws (modules are strict) instead of reaching a second export that trusted the brief unparsed.
 */
function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}
