import { readFile } from 'node:fs/promises';
import { describeZodError } from '../files/describe-zod-error.ts';
import { Brief } from '../model/brief.ts';

/** Reads a Brief JSON file (perhaps edited by hand); a file that fails the schema is refused naming the field. */
export async function readBrief(file: string): Promise<Brief> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a readable JSON file (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const parsed = Brief.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a valid brief: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
