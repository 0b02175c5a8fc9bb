/** The most bytes a file name may have on the file systems Mawjaz runs on (ext4, APFS, NTFS in UTF-16 aside). */
export const MAX_NAME_BYTES = 255;

// Characters a file name keeps: letters with their marks (Arabic vowels and hamza), digits, and a little
// punctuation. Everything else — separators, NUL and other controls, bidi overrides, shell and Windows
// metacharacters — becomes "_".
const UNSAFE = /[^\p{L}\p{M}\p{N}._ ()-]/gu;
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

export type UploadName = { ok: true; name: string; shown: string } | { ok: false; shown: string; problem: string };

/**
 * The name an uploaded file is written under, from the name the browser or the app gave it: its last path part
 * only, unsafe characters replaced, at most 255 UTF-8 bytes (the stem is shortened, whole characters at a time,
 * and the extension kept, since it chooses the reader). `shown` is the name to report back to the analyst —
 * the last path part, invisible characters taken out. A name with nothing usable left ("", ".", "..") is refused.
 */
export function uploadName(given: string): UploadName {
  const last = given.split(/[/\\]/).pop() ?? '';
  const shown = last.replace(HIDDEN, '').trim() || given.replace(HIDDEN, '').trim() || '(no name)';
  const safe = last.replace(HIDDEN, '').replace(UNSAFE, '_').trim();
  if (/^\.*$/.test(safe)) return { ok: false, shown, problem: `"${shown}" is not a usable file name` };
  return { ok: true, name: shortened(safe), shown };
}

function shortened(name: string): string {
  if (Buffer.byteLength(name, 'utf8') <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let budget = MAX_NAME_BYTES - Buffer.byteLength(extension, 'utf8');
  let stem = '';
  for (const ch of name.slice(0, name.length - extension.length)) {
    budget -= Buffer.byteLength(ch, 'utf8');
    if (budget < 0) break;
    stem += ch;
  }
  return `${stem}${extension}`;
}
