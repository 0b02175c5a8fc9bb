import type { DeclaredField, DeclaredMetadata } from '../../model/raw-document.ts';

/**
 * The fields a format declares, keeping only those with a value: an absent or empty field says nothing, and
 * must not shadow a later source of the same field (RawDocument.declared).
 */
export function declaredMetadata(fields: { [K in DeclaredField]?: string | undefined }): DeclaredMetadata {
  const declared: DeclaredMetadata = {};
  for (const key of Object.keys(fields) as DeclaredField[]) {
    const value = fields[key];
    if (value) declared[key] = value;
  }
  return declared;
}
