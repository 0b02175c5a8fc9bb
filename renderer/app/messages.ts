import type { ClientError } from './api-client.ts';
import { t, type Key } from './i18n.ts';

/** An API error as the analyst reads it: what happened (the host's own words, which name the file) and what to do. */
export function describeError(error: ClientError): string {
  const key = `error.${error.code}` as Key;
  return t(key, { message: error.message.replace(/[.\s]+$/, '') });
}
