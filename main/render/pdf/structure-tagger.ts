import type { ParagraphStructure } from './blocks.ts';
import type { ArtifactKind, FlowTagger, ParagraphElements, RunTagger, TagElement } from './flow-tagger.ts';
import { SOURCE_LINK_AR } from './pdf-labels.ts';
import { foreignLanguage } from './text-language.ts';

type StructureElement = PDFKit.PDFStructureElement;
type StructureContent = PDFKit.PDFStructureContent;

/** A structure element with what its content is marked as and the language it declares. */
interface PdfTag extends TagElement {
  element: StructureElement;
  lang?: string;
}

// pdfkit 0.20 takes a table cell's /Scope attribute (ISO 32000-1 §14.8.5.7) as `scope`; its typings do not list it.
interface ElementOptions { lang?: string; alt?: string; scope?: 'Column' | 'Row' | 'Both' }

// A PDF text string: pdfkit writes a String object as (text) and a primitive string as a /Name.
function pdfString(text: string): unknown {
  return Object(text) as unknown;
}

/**
 * The tagged PDF's structure tree (ISO 32000-1 §14.7–14.8) built with pdfkit 0.20's marking API as the flow draws:
 * a Document element holding, in reading order, the headings (H1, H2), paragraphs (P), lists (L of LI, each a Lbl
 * for its marker and an LBody for its text), tables (Table of TR, column headers TH with a Column scope, data TD)
 * and the logo (Figure with /Alt). A line's runs are marked content of their element, added to it in logical order
 * (runs are drawn left to right, which is backwards for Arabic); a citation mark is a Link element holding its run
 * and its link annotation, and a Latin run inside Arabic text a Span declaring English.
 */
export function createStructureTagger(doc: PDFKit.PDFDocument): FlowTagger {
  const root = doc.struct('Document');
  doc.addStructure(root);
  // The list being filled, and the elements of the block being drawn; ended (written out) once drawn.
  let list: { key: string; element: StructureElement } | undefined;
  let open: StructureElement[] = [];

  const moveOn = (sameList: boolean): void => {
    open.forEach((e) => e.end());
    open = [];
    if (!sameList && list) {
      list.element.end();
      list = undefined;
    }
  };
  const child = (parent: StructureElement, role: string, options: ElementOptions = {}): PdfTag => {
    const element = doc.struct(role, options);
    parent.add(element);
    return { role, element, ...(options.lang === undefined ? {} : { lang: options.lang }) };
  };
  const topLevel = (role: string, options: ElementOptions = {}): PdfTag => {
    moveOn(false);
    const tag = child(root, role, options);
    open.push(tag.element);
    return tag;
  };

  const listItem = (structure: ParagraphStructure, marked: boolean): ParagraphElements => {
    const key = structure.list ?? '';
    moveOn(list?.key === key);
    if (!list) {
      list = { key, element: doc.struct('L') };
      root.add(list.element);
    }
    const item = child(list.element, 'LI');
    open.push(item.element);
    const label = marked ? child(item.element, 'Lbl') : undefined;
    const body = child(item.element, 'LBody', structure.lang === undefined ? {} : { lang: structure.lang });
    return { body, ...(label ? { label } : {}) };
  };

  const marked = (role: string, draw: () => number): { width: number; content: StructureContent } => {
    const content = doc.markStructureContent(role);
    const width = draw();
    doc.endMarkedContent();
    return { width, content };
  };

  const text = (target: TagElement, draw: (tagRun?: RunTagger) => void): void => {
    const tag = target as PdfTag;
    const items: Array<{ start: number; child: StructureElement | StructureContent; inline: boolean }> = [];
    // Runs drawn one after the other that are plain text of the element share one marked-content sequence: the
    // structure needs no finer grain, and the file stays small.
    let plain: { start: number; child: StructureContent; inline: false } | undefined;
    const endPlain = (): void => {
      if (plain) doc.endMarkedContent();
      plain = undefined;
    };
    draw((run, drawRun) => {
      // Latin text is always set left to right: a right-to-left run is the element's own language.
      const lang = run.direction === 'ltr' ? foreignLanguage(run.text) : undefined;
      const role = run.style.link !== undefined ? 'Link' : lang !== undefined && lang !== tag.lang ? 'Span' : undefined;
      if (role === undefined) {
        if (!plain) {
          plain = { start: run.start, child: doc.markStructureContent(tag.role), inline: false };
          items.push(plain);
        }
        plain.start = Math.min(plain.start, run.start);
        return drawRun();
      }
      endPlain();
      const inline = doc.struct(role, role === 'Span' ? { lang } : {});
      const annotation = role === 'Link' ? { structParent: inline, Contents: pdfString(`${SOURCE_LINK_AR} ${run.text}`) } : undefined;
      const { width, content } = marked(role, () => drawRun(annotation));
      inline.add(content);
      items.push({ start: run.start, child: inline, inline: true });
      return width;
    });
    endPlain();
    if (items.length > 1) items.sort((a, b) => a.start - b.start);
    for (const item of items) {
      tag.element.add(item.child);
      // Ended at once, on the page its link annotation is on (pdfkit records the annotation's page when it ends).
      if (item.inline) (item.child as StructureElement).end();
    }
  };

  return {
    paragraph: (structure, hasMarker) => {
      if (structure?.role === 'LI') return listItem(structure, hasMarker);
      return { body: topLevel(structure?.role ?? 'P', structure?.lang === undefined ? {} : { lang: structure.lang }) };
    },
    table: () => topLevel('Table'),
    row: (table) => child((table as PdfTag).element, 'TR'),
    cell: (row, header) => child((row as PdfTag).element, header ? 'TH' : 'TD', header ? { scope: 'Column' } : {}),
    figure: (alt, draw) => {
      const figure = topLevel('Figure', { alt });
      figure.element.add(marked('Figure', () => { draw(); return 0; }).content);
    },
    text,
    artifact: (kind: ArtifactKind, draw) => {
      doc.markContent('Artifact', { type: kind });
      draw();
      doc.endMarkedContent();
    },
    finish: () => {
      moveOn(false);
      root.end();
    },
  };
}
