/**
 * Annotated text written by hand, one sentence a line, with its entities in brackets («قال [PERS فلان] في [LOC بغداد]»),
 * turned into ANERcorp's tokens and IOB2 tags: words as the Arabic layer's tokeniser finds them (clitics stay on the
 * word), every other visible character a token of its own (ANERcorp splits punctuation off). The project's own
 * training text (data/ner/) is written this way: brackets are easier to write and review than a tag a line.
 *
 * A line starting with «#» is a comment; a line starting with «##» opens an article. A bracket that cuts a word, an
 * unknown type, an empty or unclosed bracket fails with the file and line.
 */
import { tokenise } from '../../text/arabic/index.ts';
import { DOCSTART } from './read-corpus.ts';
import type { AnnotatedSentence } from './read-corpus.ts';
import { ENTITY_TYPES, tagIndex, TAGS } from './tags.ts';
import type { EntityType } from './tags.ts';

export interface BracketedArticle {
  /** The «##» line's text. */
  title: string;
  sentences: AnnotatedSentence[];
}

interface Marked {
  type: EntityType;
  start: number;
  end: number;
}

const ENTITY = /\[(\S+) ([^[\]]*)\]/gu;

/** The plain text of a bracketed line and its entities' character ranges in it. */
function unbracket(line: string, where: string): { text: string; marks: Marked[] } {
  const marks: Marked[] = [];
  let text = '';
  let last = 0;
  for (const m of line.matchAll(ENTITY)) {
    const type = m[1] ?? '';
    const inner = (m[2] ?? '').trim();
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`${where}: unknown entity type «${type}» (expected PERS, ORG, LOC or MISC)`);
    if (inner.length === 0) throw new Error(`${where}: an empty [${type}]`);
    text += line.slice(last, m.index);
    marks.push({ type: type as EntityType, start: text.length, end: text.length + inner.length });
    text += inner;
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  if (/[[\]]/u.test(text)) throw new Error(`${where}: a bracket that opens no entity or is not closed`);
  return { text, marks };
}

/** ANERcorp's tokens of `text` with their offsets: the tokeniser's words, and each other visible character alone. */
function corpusTokens(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = 0;
  const gap = (to: number): void => {
    for (let i = at; i < to; i++) {
      const ch = text[i] ?? ' ';
      if (!/\s/u.test(ch)) out.push({ text: ch, start: i, end: i + 1 });
    }
  };
  for (const t of tokenise(text)) {
    gap(t.start);
    out.push({ text: t.text, start: t.start, end: t.end });
    at = t.end;
  }
  gap(text.length);
  return out;
}

/** One bracketed line as an annotated sentence; `where` («file:line») names it in errors. */
export function bracketedSentence(line: string, where: string, lineNumber: number): AnnotatedSentence {
  const { text, marks } = unbracket(line, where);
  const tokens = corpusTokens(text);
  const tags = tokens.map(() => tagIndex('O') ?? 0);
  for (const mark of marks) {
    const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start < mark.end && mark.start < t.end);
    const cut = inside.find(({ t }) => t.start < mark.start || t.end > mark.end);
    if (cut !== undefined) throw new Error(`${where}: the bracket [${mark.type} …] cuts the word «${cut.t.text}»`);
    inside.forEach(({ i }, k) => { tags[i] = tagIndex(`${k === 0 ? 'B' : 'I'}-${mark.type}`) ?? 0; });
  }
  return { tokens: tokens.map((t) => t.text), tags, line: lineNumber };
}

/** The articles of a bracketed source file's text. */
export function readBracketed(source: string, file: string): BracketedArticle[] {
  const articles: BracketedArticle[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/u, '').trim();
    const where = `${file}:${index + 1}`;
    if (line.startsWith('##')) {
      articles.push({ title: line.slice(2).trim(), sentences: [] });
      return;
    }
    if (line.length === 0 || line.startsWith('#')) return;
    const article = articles.at(-1);
    if (article === undefined) throw new Error(`${where}: a sentence before the first article («## …» line)`);
    article.sentences.push(bracketedSentence(line, where, index + 1));
  });
  return articles;
}

/** Articles in ANERcorp's file format (read-corpus.ts), each opened by a `-DOCSTART-` line. */
export function corpusFileText(articles: readonly BracketedArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(DOCSTART, '');
    for (const s of a.sentences) lines.push(...s.tokens.map((t, i) => `${t} ${TAGS[s.tags[i] ?? 0] ?? 'O'}`), '');
  }
  return lines.join('\n');
}
