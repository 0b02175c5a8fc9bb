import { decodeText } from './decode-text.ts';
import type { RawDocument } from '../../model/raw-document.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownToText } from './markdown-to-text.ts';

/** A Markdown file: front matter to declared metadata, the body as plain text lines. */
export function readMarkdownFile(file: string, bytes: Uint8Array): RawDocument {
  const { text, encoding } = decodeText(bytes, file);
  const { declared, body } = splitFrontMatter(text);
  return { file, format: 'md', encoding, text: markdownToText(body), declared };
}
