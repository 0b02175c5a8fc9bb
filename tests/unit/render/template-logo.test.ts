import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplate, TemplateError } from '../../../main/render/load-template.ts';
import { LOGO_HEIGHT, loadTemplateLogo, logoSize } from '../../../main/render/template-logo.ts';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const agency = loadTemplate('agency', templatesDir);

// The smallest baseline JPEG header walk needs: SOI, an APP0 segment to skip, then SOF0 with height 30, width 70.
function tinyJpegHeader(): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8,
    0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46,
    0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x1e, 0x00, 0x46, 0x01, 0x01, 0x11, 0x00,
    0xff, 0xd9,
  ]);
}

describe('loadTemplateLogo', () => {
  it('reads the agency logo: a PNG, its pixel size from the header, drawn 40 pt high with its aspect kept', () => {
    const logo = loadTemplateLogo(agency, templatesDir);
    expect(logo?.format).toBe('png');
    expect([logo?.width, logo?.height]).toEqual([192, 128]);
    expect(Buffer.from(logo?.bytes ?? []).equals(readFileSync(join(templatesDir, 'assets/agency-logo.png')))).toBe(true);
    expect(logo && logoSize(logo)).toEqual({ width: 60, height: LOGO_HEIGHT });
    expect(LOGO_HEIGHT).toBe(40);
  });

  it('returns nothing for a template without a logo, whether or not a templates folder is given', () => {
    const standard = loadTemplate('standard', templatesDir);
    expect(loadTemplateLogo(standard, templatesDir)).toBeUndefined();
    expect(loadTemplateLogo(standard, undefined)).toBeUndefined();
  });

  it('reads a JPEG logo size from its start-of-frame segment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-logo-'));
    writeFileSync(join(dir, 'mark.jpg'), tinyJpegHeader());
    const logo = loadTemplateLogo({ ...agency, logo: 'mark.jpg' }, dir);
    expect([logo?.format, logo?.width, logo?.height]).toEqual(['jpg', 70, 30]);
  });

  it('refuses a missing logo, naming the template and the file', () => {
    const missing = { ...agency, name: 'agency-test', logo: 'assets/no-such-logo.png' };
    expect(() => loadTemplateLogo(missing, templatesDir)).toThrow(TemplateError);
    expect(() => loadTemplateLogo(missing, templatesDir))
      .toThrow(/template «agency-test»: logo assets\/no-such-logo\.png: no such file \(.*templates\/assets\/no-such-logo\.png\)/);
  });

  it('refuses a file that is not a PNG or JPEG, an unreadable one, one outside the folder, and a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-logo-'));
    writeFileSync(join(dir, 'fake.png'), 'GIF89a not really a png');
    expect(() => loadTemplateLogo({ ...agency, logo: 'fake.png' }, dir)).toThrow(/template «agency»: logo fake\.png: not a PNG or JPEG image/);
    mkdirSync(join(dir, 'folder.png'));
    expect(() => loadTemplateLogo({ ...agency, logo: 'folder.png' }, dir)).toThrow(/template «agency»: logo folder\.png: cannot be read/);
    copyFileSync(join(templatesDir, 'assets/agency-logo.png'), join(dir, 'outside.png'));
    const inner = join(dir, 'templates');
    mkdirSync(inner);
    expect(() => loadTemplateLogo({ ...agency, logo: '../outside.png' }, inner)).toThrow(/logo \.\.\/outside\.png: must be a path inside the templates folder/);
    expect(() => loadTemplateLogo(agency, undefined)).toThrow(/template «agency»: logo assets\/agency-logo\.png: no templates folder/);
  });
});
