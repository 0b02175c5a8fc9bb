import type { RawDocument } from '../../model/raw-document.ts';
import { classifyLines } from '../clean/classify-lines.ts';
import { splitLines } from '../lines/split-lines.ts';
import { rulesTitle, titleSources } from './rules-title.ts';
import { detectOutlet } from '../metadata/detect-outlet.ts';
import { detectTitle, withoutBullet } from '../metadata/detect-title.ts';
import type { TitlePage } from './title-candidates.ts';

/** A line as a title, as the rules would read it were it the page's headline: its furniture off (detectTitle). */
export function headlineStripper(raw: RawDocument, outlet: string | null): (line: string) => string | null {
  const bare: RawDocument = { ...raw, declared: { ...raw.declared, title: undefined } };
  return (line) => detectTitle(bare, withoutBullet(line), outlet).value;
}

/** What the title chooser reads of a page read on its own (training and evaluation; the import has these at hand). */
export function titlePage(raw: RawDocument, now: string | undefined): TitlePage {
  const classified = classifyLines(raw.text, { now });
  const outlet = detectOutlet(raw, splitLines(raw.text)).value;
  return { raw, lines: classified.lines, rules: rulesTitle(raw, classified, outlet, now).value, sources: titleSources(raw, classified, now), outlet };
}
