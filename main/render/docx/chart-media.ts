import { encodePng } from '../charts/png-encode.ts';

/**
 * The charts' pictures kept out of docx's packer. `Packer` deflates every part of the package with fflate in
 * JavaScript and hashes each picture's bytes (SHA-1, also in JavaScript) for its key; a chart's 300 dpi PNG is half a
 * megabyte already deflated, so that was most of what a chart cost the Word file, for nothing — pinPackage then
 * inflates it again and stores it. docx 9 has no way to store one part as it is (its zip takes no options), so each
 * chart is given to docx as a stand-in, a 1×1 PNG of its own colour, and its real PNG put in its place when
 * pinPackage rewrites the package. The stand-ins differ from each other, so docx keeps one file for each.
 */
export interface ChartMedia {
  /** The stand-in to give docx for `png`. */
  standIn(png: Uint8Array): Uint8Array;
  /** Each stand-in with the picture it stands for, in the order they were made. */
  pictures(): ReadonlyArray<readonly [Uint8Array, Uint8Array]>;
}

export function chartMedia(): ChartMedia {
  const pairs: Array<[Uint8Array, Uint8Array]> = [];
  return {
    standIn(png) {
      const n = pairs.length + 1;
      // The picture's number in its colour: unique for up to 16 million charts a document.
      const stand = encodePng(1, 1, Uint8Array.of((n >> 16) & 255, (n >> 8) & 255, n & 255), 72);
      pairs.push([stand, png]);
      return stand;
    },
    pictures: () => pairs,
  };
}

const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** Puts each chart's PNG where docx wrote its stand-in (word/media/…), in place, so the package keeps its order. */
export function restoreChartMedia(files: Record<string, Uint8Array>, media: ChartMedia): void {
  const pictures = media.pictures();
  const placed = new Set<Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (!path.startsWith('word/media/')) continue;
    const found = pictures.find(([stand]) => same(stand, data));
    if (!found) continue;
    files[path] = found[1];
    placed.add(found[0]);
  }
  // A stand-in docx did not write would leave a chart as one pixel: refuse rather than write that file.
  if (placed.size !== pictures.length) throw new Error(`${pictures.length - placed.size} chart picture(s) missing from the Word package`);
}
