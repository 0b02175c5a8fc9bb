import { mayCarryProclitic, searchForms, tokenise, type Token } from '../text/arabic/index.ts';
import { textMemo } from '../text/arabic/text-memo.ts';

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

// A key's extra forms (its search forms other than itself), joined as bodyForms joins them, or null for none: an
// article repeats its words, and a batch its language, so most tokens find theirs here instead of walking the forms
// again. Bounded (text-memo.ts), in case of hostile input.
const EXTRA_FORMS = textMemo<string | null>(1_000_000);

function extraForms(key: string): string | null {
  return EXTRA_FORMS.get(key, () => {
    const forms = searchForms(key).filter((f) => f !== key);
    return forms.length === 0 ? null : forms.join(' ');
  });
}

/**
 * Builds the index columns. FTS5's unicode61 tokenizer does not fold Arabic spelling variants or strip
 * harakat (toolchain notes §3.5), so the text is normalised here and the same normalisation runs on queries.
 */
export function indexText(title: string | null, body: string, bodyTokens: readonly Token[] = tokenise(body)): IndexText {
  const keys: string[] = [];
  // Each token's extra forms already joined: joining those that have any gives the join of all the forms, in order.
  const forms: string[] = [];
  for (const t of bodyTokens) {
    keys.push(t.key);
    // Most words carry no proclitic and have no other form: no lookup for them.
    const extra = mayCarryProclitic(t.key) ? extraForms(t.key) : null;
    if (extra !== null) forms.push(extra);
  }
  return { title: title === null ? '' : withForms(title), body: keys.join(' '), bodyForms: forms.join(' ') };
}
