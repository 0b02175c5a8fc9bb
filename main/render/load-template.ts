import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { Template } from './template.ts';

/** Thrown for a template that cannot be read or does not fit the schema; the message names the file and the field. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function describe(path: string, templatesDir: string): string {
  const rel = relative(join(templatesDir, '..'), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Loads a template by name ("standard" → `<templatesDir>/standard.json`) or by path, and parses it with the zod
 * Template schema. A bad template is refused with every problem listed as "file: field.path: message".
 */
export function loadTemplate(nameOrPath: string, templatesDir: string): Template {
  const path = /[\\/]|\.json$/.test(nameOrPath)
    ? (isAbsolute(nameOrPath) ? nameOrPath : join(process.cwd(), nameOrPath))
    : join(templatesDir, `${nameOrPath}.json`);
  const shown = describe(path, templatesDir);
  if (!existsSync(path)) throw new TemplateError(`${shown}: no such template; the templates are ${templateNames(templatesDir).join(', ')}, or give a template file's path`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TemplateError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = Template.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(root)';
      return `${shown}: ${field}: ${issue.message}`;
    });
    throw new TemplateError(problems.join('\n'));
  }
  return parsed.data;
}

/** The names `loadTemplate` takes for the templates in `templatesDir`, in name order. */
export function templateNames(templatesDir: string): string[] {
  return readdirSync(templatesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.slice(0, -'.json'.length));
}

/** Every template in `templatesDir` (each `*.json`), parsed, in name order; a bad one throws as `loadTemplate` does. */
export function listTemplates(templatesDir: string): Template[] {
  return templateNames(templatesDir).map((name) => loadTemplate(name, templatesDir));
}
