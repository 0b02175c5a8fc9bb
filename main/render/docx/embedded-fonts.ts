import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CharacterSet, type IPropertiesOptions } from 'docx';
import type { Template } from '../template.ts';
import type { FontStandIns } from './font-stand-ins.ts';

type FontOptions = NonNullable<IPropertiesOptions['fonts']>[number];

/**
 * The template's font files grouped by family, as docx embeds them (ECMA-376 §17.8.3.3: `w:embedRegular`,
 * `w:embedBold`). The regular roles (body, heading, latin) fill a family's regular face, the bold roles its bold
 * face; a family with only one file (such as a bold heading face) embeds it as both, so Word neither substitutes a
 * system font nor fakes bold on it. Whole font files are embedded: docx does not subset. docx is given each file's
 * stand-in (font-stand-ins.ts), which pinPackage replaces by the file.
 */
export function embeddedFonts(template: Template, fontsDir: string, standIns: FontStandIns): FontOptions[] {
  const { fonts } = template;
  const roles: { ref: Template['fonts']['body']; bold: boolean; arabic: boolean }[] = [
    { ref: fonts.body, bold: false, arabic: true },
    { ref: fonts.bodyBold, bold: true, arabic: true },
    { ref: fonts.heading, bold: false, arabic: true },
    { ref: fonts.latin, bold: false, arabic: false },
    { ref: fonts.latinBold, bold: true, arabic: false },
  ];
  const families = new Map<string, { regular?: string; bold?: string; arabic: boolean }>();
  for (const { ref, bold, arabic } of roles) {
    const family = families.get(ref.family) ?? { arabic };
    if (bold) family.bold ??= ref.file;
    else family.regular ??= ref.file;
    families.set(ref.family, family);
  }
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let data = cache.get(file);
    if (data === undefined) {
      data = readFileSync(join(fontsDir, file));
      cache.set(file, data);
    }
    return data;
  };
  return [...families].map(([name, faces]) => {
    const regular = faces.regular ?? faces.bold;
    const bold = faces.bold ?? faces.regular;
    if (regular === undefined || bold === undefined) throw new Error(`font family ${name} has no file`);
    return {
      name,
      data: standIns.standIn(read(regular)),
      bold: standIns.standIn(read(bold)),
      characterSet: faces.arabic ? CharacterSet.ARABIC : CharacterSet.ANSI,
    };
  });
}
