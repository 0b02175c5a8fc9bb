// Annotated sentences as the actors stage reads them: pseudo-documents of 15 sentences, one sentence a line, and
// the stage's mentions mapped back onto the annotated tokens. Shared by `npm run eval -- actors` and
// `npm run tune:ner-stage`, so both score the stage the same way.
import type { Mention } from '../../main/analysis/actors/mention.ts';
import type { AnnotatedSentence } from '../../main/analysis/ner/read-corpus.ts';
import type { EntitySpan, EntityType } from '../../main/analysis/ner/tags.ts';

export const DOC_SENTENCES = 15;
export const TYPE_OF: Partial<Record<Mention['type'], EntityType>> = { person: 'PERS', organization: 'ORG', place: 'LOC' };

/** A pseudo-document: sentences as one body, one sentence a line, with each token's offsets. */
export interface Doc {
  sentences: AnnotatedSentence[];
  body: string;
  /** [sentence][token] → offsets in the body. */
  offsets: { start: number; end: number }[][];
}

export function makeDoc(sentences: AnnotatedSentence[]): Doc {
  let body = '';
  const offsets = sentences.map((s, i) => {
    if (i > 0) body += '\n';
    return s.tokens.map((t, k) => {
      if (k > 0) body += ' ';
      const start = body.length;
      body += t;
      return { start, end: body.length };
    });
  });
  return { sentences, body, offsets };
}

/** Consecutive pseudo-documents of DOC_SENTENCES sentences. */
export function makeDocs(sentences: readonly AnnotatedSentence[]): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < sentences.length; i += DOC_SENTENCES) docs.push(makeDoc(sentences.slice(i, i + DOC_SENTENCES)));
  return docs;
}

/**
 * The tokens of one sentence that body offsets [start, end) cover, or null when they run across a sentence line
 * or start more than a letter into a token (a proclitic written onto the first word is part of it).
 */
export function tokenSpan(doc: Doc, start: number, end: number): { sentence: number; from: number; to: number } | null {
  for (let s = 0; s < doc.offsets.length; s++) {
    const tokens = doc.offsets[s] ?? [];
    const first = tokens.findIndex((o) => o.end > start);
    const last = tokens.findLastIndex((o) => o.start < end);
    if (first >= 0 && last >= first && (tokens[first]?.start ?? 0) <= start + 1) return { sentence: s, from: first, to: last + 1 };
  }
  return null;
}

/** Mentions as token spans per sentence of the document (a mention across a sentence line is dropped; roles alone and non-actors too). */
export function mentionSpans(doc: Doc, mentions: readonly Mention[]): (EntitySpan & { mention: Mention })[][] {
  const out: (EntitySpan & { mention: Mention })[][] = doc.sentences.map(() => []);
  for (const m of mentions) {
    const type = TYPE_OF[m.type];
    if (type === undefined || m.roleOnly) continue;
    const span = tokenSpan(doc, m.start, m.end);
    if (span !== null) out[span.sentence]?.push({ type, start: span.from, end: span.to, mention: m });
  }
  return out;
}
