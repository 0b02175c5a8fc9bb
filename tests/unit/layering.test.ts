import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering of DEVELOPERS.md is enforced by eslint.config.js; these cases prove the rules fire,
// so a config change cannot silently switch them off.
const eslint = new ESLint();

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
});
