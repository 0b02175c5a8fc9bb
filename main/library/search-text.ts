import { searchForms, tokenise, type Token } from '../text/arabic/index.ts';

/** What the full-text index holds for one article: normalised keys, never the display text. */
export interface IndexText {
  /** Title keys with their clitic-stripped forms: title hits weigh the most. */
  title: string;
  /** The body's keys as written (normalised), so exact forms rank above stripped ones. */
  body: string;
  /** The extra clitic-stripped forms of the body's keys: «والحشد» adds الحشد and حشد. */
  bodyForms: string;
}

function withForms(text: string): string {
  return tokenise(text)
    .flatMap((t) => searchForms(t.key))
    .join(' ');
}

/**
 * Builds the index columns. FTS5's unicode61 tokenizer does not fold Arabic spelling variants or strip
 * harakat (toolchain notes §3.5), so the text is normalised here and the same normalisation runs on queries.
 */
export function indexText(title: string | null, body: string, bodyTokens: readonly Token[] = tokenise(body)): IndexText {
  const keys: string[] = [];
  const forms: string[] = [];
  for (const t of bodyTokens) {
    keys.push(t.key);
    for (const f of searchForms(t.key)) if (f !== t.key) forms.push(f);
  }
  return { title: title === null ? '' : withForms(title), body: keys.join(' '), bodyForms: forms.join(' ') };
}
