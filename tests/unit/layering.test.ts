import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering of DEVELOPERS.md is enforced by eslint.config.js; these cases prove the rules fire,
// so a config change cannot silently switch them off. The cases are files that do not exist, which the TypeScript
// project cannot type: the two rules that need types (no-floating-promises, require-await) are left out here, and
// parsing goes without the project.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/require-await': 'off' },
  },
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering rules', () => {
  it('only main/electron may import electron', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'main/library/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'main/electron/x.ts')).not.toContain('no-restricted-imports');
  });

  it('main/ never touches the DOM', async () => {
    expect(await ruleIds('export const t = document.title;\n', 'main/render/x.ts')).toContain('no-restricted-globals');
  });

  it('the renderer imports no Node modules and no main code', async () => {
    expect(await ruleIds("import fs from 'node:fs';\nexport const f = fs;\n", 'renderer/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { openWorkspace } from '../main/library/store.ts';\nexport const o = openWorkspace;\n", 'renderer/x.ts')).toContain('no-restricted-imports');
  });

  it('the renderer takes only types from the API contract', async () => {
    expect(await ruleIds("import { contract } from '../main/api/contract.ts';\nexport const c = contract;\n", 'renderer/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import type { Method } from '../main/api/contract.ts';\nexport type M = Method;\n", 'renderer/x.ts')).toEqual([]);
  });

  it('common/ imports only types', async () => {
    expect(await ruleIds("import { contract } from '../main/api/contract.ts';\nexport const c = contract;\n", 'common/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import type { Method } from '../main/api/contract.ts';\nexport type M = Method;\n", 'common/x.ts')).toEqual([]);
  });

  // Each case: a file of one folder importing another, and whether the layer order allows it.
  const backwards: [file: string, specifier: string][] = [
    ['main/briefing/x.ts', '../api/contract.ts'],
    ['main/model/x.ts', '../text/arabic/index.ts'],
    ['main/text/arabic/x.ts', '../../ingest/read-document.ts'],
    ['main/ingest/readers/x.ts', '../../library/store.ts'],
    ['main/library/x.ts', '../analysis/actors/index.ts'],
    ['main/analysis/actors/x.ts', '../../briefing/assemble.ts'],
    ['main/render/x.ts', '../work-thread/messages.ts'],
    ['main/api/handlers/x.ts', '../../cli/run.ts'],
    ['main/resources.ts', './files/exports-folder.ts'],
    ['main/files/x.ts', '../text/hash.ts'],
    ['main/web/x.ts', '../electron/main.ts'],
  ];
  const forwards: [file: string, specifier: string][] = [
    ['main/text/arabic/x.ts', '../../model/article.ts'],
    ['main/ingest/x.ts', '../text/arabic/index.ts'],
    ['main/briefing/x.ts', '../analysis/actors/index.ts'],
    ['main/api/handlers/x.ts', '../../resources.ts'],
    ['main/electron/x.ts', '../api/contract.ts'],
    ['main/cli/commands/x.ts', '../../web/serve.ts'],
    ['main/analysis/actors/x.ts', '../summary/y.ts'],
  ];

  it.each(backwards)('the layer order refuses %s importing %s', async (file, specifier) => {
    expect(await ruleIds(`import { v } from '${specifier}';\nexport const w = v;\n`, file)).toContain('mawjaz/layer-order');
  });

  it.each(forwards)('the layer order lets %s import %s', async (file, specifier) => {
    expect(await ruleIds(`import { v } from '${specifier}';\nexport const w = v;\n`, file)).not.toContain('mawjaz/layer-order');
  });

  it('checks export-from, type-only, dynamic and type-query imports too', async () => {
    expect(await ruleIds("export { v } from '../api/contract.ts';\n", 'main/library/x.ts')).toContain('mawjaz/layer-order');
    expect(await ruleIds("import type { V } from '../api/contract.ts';\nexport type W = V;\n", 'main/library/x.ts')).toContain('mawjaz/layer-order');
    expect(await ruleIds("export const m = () => import('../briefing/assemble.ts');\n", 'main/analysis/x.ts')).toContain('mawjaz/layer-order');
    expect(await ruleIds("export type B = import('../briefing/assemble.ts').AssembleOptions;\n", 'main/analysis/x.ts')).toContain('mawjaz/layer-order');
  });

  it('refuses a folder that has no place in the layer order', async () => {
    expect(await ruleIds("import { v } from '../model/brief.ts';\nexport const w = v;\n", 'main/newstage/x.ts')).toContain('mawjaz/layer-order');
  });
});
