/**
 * A source line that opens with a label and a colon — «**الكاتب:** فلان», «**التاريخ**: 8 يناير 2026», «المصدر: وكالة» —
 * is a field of the page's head, one per line, whatever Markdown says of soft breaks: joined into one paragraph, three
 * such fields read as one long line that no byline, date or outlet reader recognises (and the cleaner drops as a caption).
 *
 * `bold`: the label is in bold or underscored emphasis, which a writer uses only for a field's name, so such a line is a
 * field even after prose. A plain label (at most three words, no digits, before a colon and a value) is a field only after
 * fields alone (a head of fields, one per source line), since a wrapped sentence may well go on «للصحفيين: …» on a new source line.
 */
export type LabelledLine = { readonly bold: boolean };

const BOLD_LABEL = /^\s{0,3}(\*\*|__)[^\s*_:][^*_:\n]{0,30}(?::\1|\1\s*:)\s*\S/u;
const PLAIN_LABEL = /^\s{0,3}[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}\s*:\s*\S/u;

export function labelledLine(line: string): LabelledLine | undefined {
  // A cheap prefilter: every labelled line has a colon within its first forty characters.
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 40) return undefined;
  if (BOLD_LABEL.test(line)) return { bold: true };
  if (PLAIN_LABEL.test(line)) return { bold: false };
  return undefined;
}
