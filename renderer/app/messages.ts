import type { ClientError } from './api-client.ts';
import { t, type Key } from './i18n.ts';

/** An API error as the analyst reads it: what happened (the host's own words, which name the file) and what to do. */
export function describeError(error: ClientError): string {
  const key = `error.${error.code}` as Key;
  // A storage failure is said in the UI's language; the host's own English words are kept for everything else.
  const message = error.problem && error.file ? `${isolate(error.file)}: ${t(`storage.${error.problem}`)}` : isolate(error.message.replace(/[.\s]+$/, ''));
  return t(key, { message });
}

/**
 * Wraps text of either direction (a path, an English message inside Arabic) in a first-strong isolate, so that its
 * neutral characters — the leading slash of a path, a colon — stay with it instead of moving to the other end.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
