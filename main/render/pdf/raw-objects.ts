/** A pdfkit 0.20 reference: its object number, and where its object starts once written. */
export interface PdfkitRef {
  readonly id: number;
  offset?: number;
  toString(): string;
}

/**
 * The parts of pdfkit 0.20's private API used to write objects whose text is already made: `ref` reserves an object
 * number (and counts the object as awaited), `_write` appends to the file, `_refEnd` records the object's offset for
 * the cross-reference table. They are what pdfkit's own `PDFReference.finalize` does.
 */
export interface ObjectWriterInternals {
  ref(data?: Record<string, unknown>): PdfkitRef;
  _write(data: string): void;
  _offset: number;
  _security?: unknown;
}
interface RefEnd {
  _refEnd(ref: PdfkitRef): void;
}

/**
 * Writes objects whose dictionaries are already PDF text (ASCII, so one byte per character) under the references
 * reserved for them, in one write: pdfkit would convert a dictionary per object, and write three pieces for each.
 */
export function writeRawObjects(document: ObjectWriterInternals, objects: ReadonlyArray<{ ref: PdfkitRef; body: string }>): void {
  if (objects.length === 0) return;
  // Encryption would need each string encrypted with its object's key, which pdfkit does only in its own writer.
  if (document._security) throw new Error('writeRawObjects: an encrypted document cannot take raw objects');
  let offset = document._offset;
  const parts: string[] = [];
  for (const { ref, body } of objects) {
    const text = `${ref.id} 0 obj\n${body}\nendobj\n`;
    ref.offset = offset;
    offset += text.length;
    parts.push(text);
  }
  // `_write` ends what it writes with a newline: the last object's own is left off.
  document._write(parts.join('').slice(0, -1));
  const ends = document as unknown as RefEnd;
  for (const { ref } of objects) ends._refEnd(ref);
}
