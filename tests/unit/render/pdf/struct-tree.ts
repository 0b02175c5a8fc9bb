import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A node of a page's structure tree as pdf.js gives it: an element, a marked-content item or an object (OBJR). */
export interface StructNode {
  role?: string;
  type?: 'content' | 'object' | 'annotation';
  id?: string;
  lang?: string;
  alt?: string;
  children?: StructNode[];
}

/** An element of a page's tree with its parent's role, and the text of its marked content in structure order. */
export interface TaggedElement {
  role: string;
  parent: string;
  lang?: string;
  alt?: string;
  children: StructNode[];
  text: string;
}

export interface TaggedPage {
  elements: TaggedElement[];
  /** Text drawn inside Artifact marked content (page furniture). */
  artifactText: string;
  /** Text drawn outside any marked content: a tagged PDF has none. */
  untaggedText: string;
  /** Link annotations on the page. */
  links: number;
}

export interface TaggedPdf {
  lang: string | undefined;
  title: string | undefined;
  displayDocTitle: boolean;
  marked: boolean;
  pages: TaggedPage[];
}

interface TextItemLike { str?: string; type?: string; id?: string | null; tag?: string }

/** Each marked-content id's text, and the text in artifacts and outside any marked content. */
function pageTexts(items: readonly TextItemLike[]): { byId: Map<string, string>; artifact: string; untagged: string } {
  const byId = new Map<string, string>();
  const stack: Array<{ id: string | null; artifact: boolean }> = [];
  let artifact = '';
  let untagged = '';
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      stack.push({ id: item.id ?? null, artifact: item.tag === 'Artifact' });
    } else if (item.type === 'endMarkedContent') {
      stack.pop();
    } else if (item.str !== undefined) {
      const open = stack[stack.length - 1];
      if (!open) untagged += item.str;
      else if (open.artifact) artifact += `${item.str} `;
      else if (open.id) byId.set(open.id, (byId.get(open.id) ?? '') + item.str);
    }
  }
  return { byId, artifact, untagged };
}

function textOf(node: StructNode, byId: ReadonlyMap<string, string>): string {
  if (node.type === 'content') return byId.get(node.id ?? '') ?? '';
  return (node.children ?? []).map((c) => textOf(c, byId)).join(' ');
}

function hasContent(node: StructNode): boolean {
  return node.type === 'content' || (node.children ?? []).some(hasContent);
}

// pdf.js lists, under an element with content on a page, all of its child elements, those with content only on
// other pages included (empty): an element counts on a page when it has content there.
function flatten(node: StructNode, parent: string, byId: ReadonlyMap<string, string>, out: TaggedElement[]): void {
  if (node.role !== undefined && node.role !== 'Root' && !hasContent(node)) return;
  if (node.role !== undefined) {
    out.push({
      role: node.role, parent, children: node.children ?? [], text: textOf(node, byId),
      ...(node.lang ? { lang: node.lang } : {}), ...(node.alt ? { alt: node.alt } : {}),
    });
  }
  for (const child of node.children ?? []) flatten(child, node.role ?? '', byId, out);
}

/**
 * Reads a PDF back as pdf.js (a screen reader's view) sees it: the catalog's language, the document title and
 * whether the viewer shows it, and per page the structure tree's elements with their text.
 */
export async function readTaggedPdf(bytes: Uint8Array): Promise<TaggedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const { info } = await pdf.getMetadata() as { info: { Language?: string; Title?: string } };
  const preferences = await pdf.getViewerPreferences() as { DisplayDocTitle?: boolean } | null;
  const markInfo = await pdf.getMarkInfo();
  const pages: TaggedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const tree = await page.getStructTree() as StructNode | null;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = pageTexts(content.items as TextItemLike[]);
    const elements: TaggedElement[] = [];
    if (tree) flatten(tree, '', texts.byId, elements);
    const annotations = await page.getAnnotations() as Array<{ subtype?: string }>;
    pages.push({
      elements, artifactText: texts.artifact, untaggedText: texts.untagged, links: annotations.filter((a) => a.subtype === 'Link').length,
    });
  }
  await pdf.destroy();
  return {
    lang: info.Language, title: info.Title, displayDocTitle: preferences?.DisplayDocTitle === true, marked: markInfo?.Marked === true, pages,
  };
}

/** Every element of every page of `role` (an element with content on two pages is listed on each). */
export function elementsOf(pdf: TaggedPdf, role: string): TaggedElement[] {
  return pdf.pages.flatMap((p) => p.elements.filter((e) => e.role === role));
}

/**
 * The characters of a text, sorted, without whitespace and bidi controls: the same text whatever order the extractor
 * gives its pieces in and wherever it infers a space (extraction order is not what the structure tree is tested on).
 */
export function letters(text: string): string {
  return [...text.replace(/[\s\u200e\u200f\u2066-\u2069\u2060]/gu, '')].sort().join('');
}
