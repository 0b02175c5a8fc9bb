/** An indirect object as it is referred to in the file ("12 0 R"): pdfkit's references print so. */
export interface ObjectRef {
  toString(): string;
}

/** What an element holds, in reading order: elements, marked-content sequences (by page and MCID), annotations. */
export type StructKid =
  | StructNode
  | { readonly kind: 'content'; readonly page: ObjectRef; readonly mcid: number }
  | { readonly kind: 'annotation'; readonly page: ObjectRef; readonly annotation: ObjectRef };

/** A structure element (ISO 32000-1 §14.7.2), kept in memory until the whole tree is written. */
export interface StructNode {
  readonly kind: 'element';
  readonly role: string;
  readonly lang?: string;
  readonly alt?: string;
  /** A table header cell's /Scope (§14.8.5.7). */
  readonly scope?: 'Column' | 'Row' | 'Both';
  readonly kids: StructKid[];
}

export function structNode(role: string, options: { lang?: string; alt?: string; scope?: 'Column' | 'Row' | 'Both' } = {}): StructNode {
  return {
    kind: 'element',
    role,
    kids: [],
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.alt === undefined ? {} : { alt: options.alt }),
    ...(options.scope === undefined ? {} : { scope: options.scope }),
  };
}

/** The elements of a tree, parents before their children, in reading order. */
export function elementsInOrder(root: StructNode): StructNode[] {
  const out: StructNode[] = [];
  const visit = (node: StructNode): void => {
    out.push(node);
    for (const kid of node.kids) if (kid.kind === 'element') visit(kid);
  };
  visit(root);
  return out;
}

/**
 * A PDF text string (§7.9.2.2): printable ASCII as a literal, anything else as UTF-16BE with its byte order mark in
 * hex, so that the file written around it stays one byte per character.
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/u.test(text)) return `(${text.replace(/[\\()]/gu, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/**
 * One element's dictionary, compact (no whitespace a parser does not need): /Pg once, the page of its first marked
 * content, so the MCIDs on that page are bare integers in /K; content on another page is a marked-content reference.
 */
export function elementDictionary(node: StructNode, parent: ObjectRef, refOf: (node: StructNode) => ObjectRef): string {
  const first = node.kids.find((k) => k.kind !== 'element');
  const page = first?.page;
  const kids = node.kids.map((kid): string => {
    if (kid.kind === 'element') return String(refOf(kid));
    if (kid.kind === 'annotation') return `<</Type/OBJR/Obj ${String(kid.annotation)}/Pg ${String(kid.page)}>>`;
    return kid.page === page ? String(kid.mcid) : `<</Type/MCR/Pg ${String(kid.page)}/MCID ${kid.mcid}>>`;
  });
  const k = kids.length === 1 ? ` ${kids[0] ?? ''}` : `[${kids.join(' ')}]`;
  return `<</S/${node.role}/P ${String(parent)}${page ? `/Pg ${String(page)}` : ''}`
    + `${node.lang === undefined ? '' : `/Lang${pdfTextString(node.lang)}`}`
    + `${node.alt === undefined ? '' : `/Alt${pdfTextString(node.alt)}`}`
    + `${node.scope === undefined ? '' : `/A<</O/Table/Scope/${node.scope}>>`}/K${k}>>`;
}

/**
 * The parent tree (§14.7.4.4) as a number tree of one node: under a page's key the elements its MCIDs belong to,
 * indexed by MCID; under an annotation's key the element holding it.
 */
export function parentTreeDictionary(entries: ReadonlyArray<StructNode | readonly StructNode[]>, refOf: (node: StructNode) => ObjectRef): string {
  const values = entries.map((entry, key) =>
    `${key} ${Array.isArray(entry) ? `[${(entry as readonly StructNode[]).map((n) => String(refOf(n))).join(' ')}]` : String(refOf(entry as StructNode))}`);
  return `<</Nums[${values.join(' ')}]>>`;
}

// pdfkit's number formatting (PDFObject.number): rounded to a millionth.
function pdfNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * A link annotation, as pdfkit's `goTo` makes it (no border, printed, its GoTo `action` an object of its own), with
 * its /StructParent key (§14.7.4.4) and /Contents, what it is read as.
 */
export function linkAnnotationDictionary(rect: readonly number[], action: ObjectRef, structParent: number, contents: string): string {
  return `<</Type/Annot/Subtype/Link/Rect[${rect.map(pdfNumber).join(' ')}]/Border[0 0 0]/F 4`
    + `/A ${String(action)}/StructParent ${structParent}/Contents${pdfTextString(contents)}>>`;
}
