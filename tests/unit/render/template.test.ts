import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listTemplates, loadTemplate, TemplateError } from '../../../main/render/load-template.ts';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

describe('loadTemplate', () => {
  it('loads the shipped templates: standard (A4), flash (one page), letter (Letter)', () => {
    expect(loadTemplate('standard', templatesDir).page.size).toBe('A4');
    const flash = loadTemplate('flash', templatesDir);
    expect(flash.page.maxPages).toBe(1);
    expect(flash.itemsPerSection).toBeGreaterThan(0);
    expect(loadTemplate('letter', templatesDir).page.size).toBe('Letter');
    expect(listTemplates(templatesDir).map((t) => t.name)).toEqual(['agency', 'flash', 'letter', 'standard']);
  });

  it('names the file and the field path of a bad template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-tpl-'));
    const bad = JSON.parse(readFileSync(join(templatesDir, 'standard.json'), 'utf8'));
    bad.sizes.body = 'large';
    bad.colours.accent = 'blue';
    const path = join(dir, 'x.json');
    writeFileSync(path, JSON.stringify(bad));
    expect(() => loadTemplate(path, templatesDir)).toThrow(TemplateError);
    try {
      loadTemplate(path, templatesDir);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/x\.json: sizes\.body: .*expected number/);
      expect(message).toMatch(/x\.json: colours\.accent: expected a colour as #RRGGBB/);
    }
  });

  it('refuses a missing template and broken JSON with the file name', () => {
    expect(() => loadTemplate('nope', templatesDir)).toThrow(/templates\/nope\.json: no such template; the templates are agency, flash, letter, standard, or give/);
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-tpl-'));
    writeFileSync(join(dir, 'broken.json'), '{ "name": ');
    expect(() => loadTemplate(join(dir, 'broken.json'), templatesDir)).toThrow(/broken\.json: not valid JSON/);
  });
});
