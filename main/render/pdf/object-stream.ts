import { deflateSync } from 'node:zlib';

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
  _write(data: string | Uint8Array): void;
  _offset: number;
  _security?: unknown;
}

/**
 * An object stream (ISO 32000-1 §7.5.7, PDF 1.5): objects given as dictionary text, numbered `ids`, packed into one
 * compressed stream: the pairs "number offset" first, then the objects one after the other.
 */
export function objectStream(objects: ReadonlyArray<{ id: number; body: string }>): { dictionary: string; data: Uint8Array } {
  const pairs: string[] = [];
  const bodies: string[] = [];
  let offset = 0;
  for (const { id, body } of objects) {
    pairs.push(`${id} ${offset}`);
    bodies.push(body);
    offset += body.length + 1;
  }
  const head = `${pairs.join(' ')}\n`;
  const data = deflateSync(Buffer.from(`${head}${bodies.join('\n')}\n`, 'latin1'));
  return { dictionary: `<</Type/ObjStm/N ${objects.length}/First ${head.length}/Filter/FlateDecode/Length ${data.length}>>`, data };
}

/** Where an object is: at an offset in the file, or the index-th object of an object stream. */
export type XrefEntry = { offset: number } | { stream: number; index: number } | undefined;

/**
 * A cross-reference stream's rows (§7.5.8.3, fields 1, 4 and 2 bytes wide): object 0 free, then each object in the
 * file (type 1, its offset) or in an object stream (type 2, the stream's number and its index there).
 */
export function xrefRows(entries: readonly XrefEntry[]): Uint8Array {
  const rows = Buffer.alloc((entries.length + 1) * 7);
  rows.writeUInt8(0, 0);
  rows.writeUInt16BE(0xffff, 5);
  entries.forEach((entry, i) => {
    const at = (i + 1) * 7;
    if (entry === undefined) return;
    if ('offset' in entry) {
      rows.writeUInt8(1, at);
      rows.writeUInt32BE(entry.offset, at + 1);
    } else {
      rows.writeUInt8(2, at);
      rows.writeUInt32BE(entry.stream, at + 1);
      rows.writeUInt16BE(entry.index, at + 5);
    }
  });
  return rows;
}

/** What pdfkit 0.20 keeps to write its cross-reference table and trailer, and its stream output. */
interface FinalizeInternals extends ObjectWriterInternals {
  _offsets: Array<number | null | undefined>;
  _root: PdfkitRef;
  _info: PdfkitRef;
  _id: Uint8Array;
  _finalize(): void;
  push(chunk: Uint8Array | null): boolean;
}

/**
 * Packs objects (dictionary text, under references already reserved) into one object stream and has the document
 * end with a cross-reference stream, which objects in object streams need, in place of pdfkit's table. Some two
 * thousand structure elements take a few kilobytes so, instead of some hundred and fifty: a PDF 1.5 reader is
 * needed, and the document declares 1.7.
 */
export function writeObjectStream(document: ObjectWriterInternals, objects: ReadonlyArray<{ ref: PdfkitRef; body: string }>): void {
  if (objects.length === 0) return;
  const doc = document as FinalizeInternals;
  // Encryption would need each object encrypted with its own key, which pdfkit does only in its own writer.
  if (doc._security) throw new Error('writeObjectStream: an encrypted document cannot take packed objects');
  const stream = doc.ref();
  const { dictionary, data } = objectStream(objects.map(({ ref, body }) => ({ id: ref.id, body })));
  stream.offset = doc._offset;
  doc._write(`${stream.id} 0 obj\n${dictionary}\nstream`);
  doc._write(data);
  doc._write('\nendstream\nendobj');
  const packed = new Map<number, { stream: number; index: number }>();
  objects.forEach(({ ref }, index) => packed.set(ref.id, { stream: stream.id, index }));
  const ends = doc as unknown as { _refEnd(ref: PdfkitRef): void };
  ends._refEnd(stream);
  for (const { ref } of objects) ends._refEnd(ref);

  doc._finalize = function finalizeWithXrefStream(this: FinalizeInternals): void {
    const id = this._offsets.length + 1;
    const offset = this._offset;
    const entries: XrefEntry[] = this._offsets.map((at, i) => packed.get(i + 1) ?? (at == null ? undefined : { offset: at }));
    entries.push({ offset });
    const rows = deflateSync(xrefRows(entries));
    const fileId = `<${Buffer.from(this._id).toString('hex')}>`;
    this._write(`${id} 0 obj\n<</Type/XRef/Size ${id + 1}/W[1 4 2]/Root ${String(this._root)}/Info ${String(this._info)}`
      + `/ID[${fileId} ${fileId}]/Filter/FlateDecode/Length ${rows.length}>>\nstream`);
    this._write(rows);
    this._write('\nendstream\nendobj');
    this._write(`startxref\n${offset}\n%%EOF`);
    this.push(null);
  };
}
