/**
 * The embedded fonts kept out of docx's packer, as the charts' pictures are (chart-media.ts). `Packer` deflates every
 * part of the package with fflate in JavaScript, and pinPackage inflates and deflates the package again; the fonts
 * are 2.6 MB of the seeds' 3 MB package, so deflating them twice was most of what a Word file cost (in `render --docx`
 * of the seeds' brief, docx's packing 263 → ~50 ms and the inflating 81 → 7 ms of CPU). docx is given a few bytes for
 * each font file instead, obfuscates them with its random key as it would the font, and pinPackage puts the font in
 * their place as it re-keys each font from its own bytes.
 */
export interface FontStandIns {
  /**
   * The stand-in to give docx for `font`: the same for the same Buffer, another for each other one (embeddedFonts
   * reads each file once, so one file is one Buffer).
   */
  standIn(font: Buffer): Buffer;
  /** The font `standIn` stands for, or undefined for bytes that are no stand-in of these. */
  fontFor(standIn: Uint8Array): Buffer | undefined;
  /** How many fonts were given stand-ins: each must be put back in the package. */
  count(): number;
}

const STAND_IN = /^mawjaz-font-stand-in:(\d+)$/;

export function fontStandIns(): FontStandIns {
  const fonts: Buffer[] = [];
  const numbers = new Map<Buffer, number>();
  return {
    standIn(font) {
      let n = numbers.get(font);
      if (n === undefined) {
        n = fonts.push(font) - 1;
        numbers.set(font, n);
      }
      return Buffer.from(`mawjaz-font-stand-in:${String(n)}`, 'latin1');
    },
    fontFor(standIn) {
      // A font file is never this short: only a stand-in is read as text.
      if (standIn.length > 64) return undefined;
      const n = STAND_IN.exec(Buffer.from(standIn).toString('latin1'))?.[1];
      return n === undefined ? undefined : fonts[Number(n)];
    },
    count: () => fonts.length,
  };
}
