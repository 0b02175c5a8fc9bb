import { SOURCE_DESTINATION } from './citation-marks.ts';

/** The part of a pdfkit document this module reaches: its catalog's tree of named destinations. */
interface NamedDestinations {
  _root?: { data?: { Names?: { data?: { Dests?: { _compareKeys?: (a: string, b: string) => number } } } } };
}

/**
 * The order pdfkit writes its named destinations in: localeCompare, as pdfkit does (its PDFNameTree), unless both
 * are source destinations (`source-N`, citation-marks.ts: the only names Mawjaz gives), which are put in code-unit
 * order. For those the two orders agree — one prefix, then decimal digits, which every collation orders 0 to 9, a
 * name before its own extensions — while localeCompare's first call makes an ICU collator: ≈ 6 ms of a render's CPU,
 * once the dates are said without ICU (text/dates/arabic-date-words.ts).
 */
export function destinationOrder(a: string, b: string): number {
  if (SOURCE_DESTINATION.test(a) && SOURCE_DESTINATION.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

/** Sets pdfkit's named-destination tree of `doc` to sort by destinationOrder; throws if pdfkit no longer has one. */
export function orderDestinations(doc: object): void {
  const tree = (doc as NamedDestinations)._root?.data?.Names?.data?.Dests;
  if (tree?._compareKeys === undefined) throw new Error('pdfkit no longer keeps its named destinations where orderDestinations expects them');
  tree._compareKeys = destinationOrder;
}
