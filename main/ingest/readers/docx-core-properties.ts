import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import type { DeclaredMetadata } from '../../model/raw-document.ts';
import { declaredMetadata } from './declared-metadata.ts';

interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
}

/**
 * Title, author, creation date and language from a .docx package's core properties (docProps/core.xml,
 * ECMA-376 Part 2 / OPC). jszip is the archive reader mammoth itself uses; a package without the part
 * or with a broken one simply declares nothing.
 */
export async function docxCoreProperties(bytes: Uint8Array): Promise<DeclaredMetadata> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('docProps/core.xml')?.async('string');
  } catch {
    return {};
  }
  if (xml === undefined) return {};
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlDocument;
  const read = (tag: string): string | undefined => {
    const value = doc.getElementsByTagName(tag)[0]?.textContent?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return declaredMetadata({ title: read('dc:title'), author: read('dc:creator'), published: read('dcterms:created'), language: read('dc:language') });
}
