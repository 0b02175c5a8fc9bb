import type { ParagraphStructure } from './blocks.ts';
import type { ArtifactKind, FlowTagger, ParagraphElements, RunTagger, TagElement } from './flow-tagger.ts';
import { SOURCE_LINK_AR } from './pdf-labels.ts';
import { writeObjectStream, type ObjectWriterInternals, type PdfkitRef } from './object-stream.ts';
import {
  elementDictionary, elementsInOrder, linkAnnotationDictionary, parentTreeDictionary, structNode, type ObjectRef, type StructNode,
} from './structure-tree.ts';
import { foreignLanguage } from './text-language.ts';

/**
 * The parts of pdfkit 0.20 the tagger uses: raw content output, the page being drawn (its dictionary, and its
 * annotations, which the links join) and the catalog's structure tree root, which pdfkit makes for a `tagged`
 * document and writes at its end.
 */
interface TaggingInternals extends ObjectWriterInternals {
  addContent(data: string): unknown;
  page: { dictionary: PdfkitRef & { data: Record<string, unknown> }; annotations: PdfkitRef[] };
  getStructTreeRoot(): PdfkitRef & { data: Record<string, unknown> };
  // A reference made with its data, which pdfkit writes when it is ended (a String object is written as a string).
  ref(data?: Record<string, unknown>): PdfkitRef & { end(): void };
}

/**
 * The tagged PDF's structure tree (ISO 32000-1 §14.7–14.8), built in memory as the flow draws and written once at
 * the end: a Document element holding, in reading order, the headings (H1, H2), paragraphs (P), lists (L of LI, each
 * a Lbl for its marker and an LBody for its text), tables (Table of TR, column headers TH with a Column scope, data
 * TD) and the logo (Figure with /Alt). A line's runs are marked content of their element (a BDC with an MCID per
 * page written straight into the content stream), added to it in logical order (runs are drawn left to right, which
 * is backwards for Arabic); a citation mark is a Link element holding its run and its link annotation, and a Latin
 * run inside Arabic text a Span declaring English.
 *
 * pdfkit's own marking API makes an indirect object per element as it is created and writes each, uncompressed, as
 * a dictionary it converts, and tracks open marked content per page: for some two thousand elements that cost more
 * than a tenth of the export and doubled the file. Here the elements are plain objects until `finish` writes them,
 * compact, into one compressed object stream.
 */
export function createStructureTagger(document: unknown): FlowTagger {
  const doc = document as TaggingInternals;
  const root = structNode('Document');
  // The parent tree's entries by key: a page's elements by MCID, or the element of an annotation (§14.7.4.4).
  const parentTree: Array<StructNode | StructNode[]> = [];
  const pageEntries = new Map<ObjectRef, StructNode[]>();
  // The link annotations, written with the elements at the end (the pages list them, and are written after).
  const annotations: Array<{ ref: PdfkitRef; body: string }> = [];
  // The list being filled.
  let list: { key: string; element: StructNode } | undefined;

  const child = (parent: StructNode, role: string, options: { lang?: string; alt?: string; scope?: 'Column' } = {}): StructNode => {
    const element = structNode(role, options);
    parent.kids.push(element);
    return element;
  };
  const topLevel = (role: string, options: { lang?: string; alt?: string } = {}): StructNode => {
    list = undefined;
    return child(root, role, options);
  };

  const listItem = (structure: ParagraphStructure, marked: boolean): ParagraphElements => {
    const key = structure.list ?? '';
    if (list?.key !== key) list = { key, element: child(root, 'L') };
    const item = child(list.element, 'LI');
    const label = marked ? child(item, 'Lbl') : undefined;
    const body = child(item, 'LBody', structure.lang === undefined ? {} : { lang: structure.lang });
    return { body, ...(label ? { label } : {}) };
  };

  /** Opens a marked-content sequence of `owner` on the current page: its MCID is the page's next. */
  const beginContent = (owner: StructNode): { kind: 'content'; page: ObjectRef; mcid: number } => {
    const page = doc.page.dictionary;
    let owners = pageEntries.get(page);
    if (!owners) {
      owners = [];
      pageEntries.set(page, owners);
      page.data.StructParents = parentTree.length;
      parentTree.push(owners);
    }
    const mcid = owners.length;
    owners.push(owner);
    doc.addContent(`/${owner.role}<</MCID ${mcid}>>BDC`);
    return { kind: 'content', page, mcid };
  };
  const endContent = (): void => {
    doc.addContent('EMC');
  };

  const text = (target: TagElement, draw: (tagRun?: RunTagger) => void): void => {
    const element = target as StructNode;
    const items: Array<{ start: number; kid: StructNode | ReturnType<typeof beginContent> }> = [];
    // Runs drawn one after the other that are plain text of the element share one marked-content sequence: the
    // structure needs no finer grain, and the file stays small.
    let plain: { start: number; kid: ReturnType<typeof beginContent> } | undefined;
    const endPlain = (): void => {
      if (plain) endContent();
      plain = undefined;
    };
    draw((run, drawRun) => {
      // Latin text is always set left to right: a right-to-left run is the element's own language.
      const lang = run.direction === 'ltr' ? foreignLanguage(run.text) : undefined;
      const role = run.style.link !== undefined ? 'Link' : lang !== undefined && lang !== element.lang ? 'Span' : undefined;
      if (role === undefined) {
        if (!plain) {
          plain = { start: run.start, kid: beginContent(element) };
          items.push(plain);
        }
        plain.start = Math.min(plain.start, run.start);
        return drawRun();
      }
      endPlain();
      const inline = structNode(role, role === 'Span' ? { lang } : {});
      inline.kids.push(beginContent(inline));
      let width: number;
      if (role === 'Link') {
        // The annotation names its element through its /StructParent key; the element holds it as an OBJR.
        const key = parentTree.length;
        parentTree.push(inline);
        width = drawRun((rect, destination) => {
          // The action is pdfkit's, as its `goTo` writes it; the annotation waits for the object stream.
          const action = doc.ref({ S: 'GoTo', D: Object(destination) as unknown });
          action.end();
          const annotation = doc.ref();
          doc.page.annotations.push(annotation);
          annotations.push({ ref: annotation, body: linkAnnotationDictionary(rect, action, key, `${SOURCE_LINK_AR} ${run.text}`) });
          inline.kids.push({ kind: 'annotation', page: doc.page.dictionary, annotation });
        });
      } else {
        width = drawRun();
      }
      endContent();
      items.push({ start: run.start, kid: inline });
      return width;
    });
    endPlain();
    if (items.length > 1) items.sort((a, b) => a.start - b.start);
    for (const item of items) element.kids.push(item.kid);
  };

  return {
    paragraph: (structure, hasMarker) => {
      if (structure?.role === 'LI') return listItem(structure, hasMarker);
      return { body: topLevel(structure?.role ?? 'P', structure?.lang === undefined ? {} : { lang: structure.lang }) };
    },
    table: () => topLevel('Table'),
    row: (table) => child(table as StructNode, 'TR'),
    cell: (row, header) => child(row as StructNode, header ? 'TH' : 'TD', header ? { scope: 'Column' } : {}),
    figure: (alt, draw) => {
      const figure = topLevel('Figure', { alt });
      figure.kids.push(beginContent(figure));
      draw();
      endContent();
    },
    text,
    artifact: (kind: ArtifactKind, draw) => {
      doc.addContent(`/Artifact<</Type/${kind}>>BDC`);
      draw();
      endContent();
    },
    finish: () => writeStructure(doc, root, parentTree, annotations),
  };
}

/**
 * Writes the elements (each an indirect object: a parent is referred to by reference, §14.7.2), the parent tree and
 * the link annotations into one object stream, and hangs them from pdfkit's structure tree root, which pdfkit writes when the document
 * ends.
 */
function writeStructure(
  doc: TaggingInternals, root: StructNode, parentTree: ReadonlyArray<StructNode | StructNode[]>,
  annotations: ReadonlyArray<{ ref: PdfkitRef; body: string }>,
): void {
  const treeRoot = doc.getStructTreeRoot();
  const elements = elementsInOrder(root);
  const refs = new Map<StructNode, PdfkitRef>();
  for (const element of elements) refs.set(element, doc.ref());
  const refOf = (node: StructNode): PdfkitRef => {
    const ref = refs.get(node);
    if (!ref) throw new Error(`structure tree: ${node.role} element not in the tree`);
    return ref;
  };
  const parents = new Map<StructNode, ObjectRef>([[root, treeRoot]]);
  for (const element of elements) {
    for (const kid of element.kids) if (kid.kind === 'element') parents.set(kid, refOf(element));
  }
  const parentTreeRef = doc.ref();
  writeObjectStream(doc, [
    ...elements.map((element) => ({ ref: refOf(element), body: elementDictionary(element, parents.get(element) ?? treeRoot, refOf) })),
    { ref: parentTreeRef, body: parentTreeDictionary(parentTree, refOf) },
    ...annotations,
  ]);
  treeRoot.data.K = refOf(root);
  treeRoot.data.ParentTree = parentTreeRef;
  treeRoot.data.ParentTreeNextKey = parentTree.length;
}
