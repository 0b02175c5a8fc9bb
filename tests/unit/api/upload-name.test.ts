import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import type { Response } from '../../../main/api/contract.ts';
import { MAX_NAME_BYTES, uploadName } from '../../../main/api/upload-name.ts';
import { syntheticArticles } from '../../bench/corpus.ts';

const ARABIC_130 = 'ب'.repeat(130);

describe('uploadName', () => {
  it('keeps the last path part only, and letters with their marks', () => {
    expect(uploadName('../../etc/passwd.txt')).toEqual({ ok: true, name: 'passwd.txt', shown: 'passwd.txt' });
    expect(uploadName('C:\\Users\\x\\خَبَر.html')).toEqual({ ok: true, name: 'خَبَر.html', shown: 'خَبَر.html' });
    expect(uploadName('a\u0000b;rm -rf $(x).txt')).toEqual({ ok: true, name: 'ab_rm -rf _(x).txt', shown: 'ab;rm -rf $(x).txt' });
    expect(uploadName('\u202Etxt.exe')).toMatchObject({ ok: true, name: 'txt.exe' });
  });

  it('refuses names with nothing usable left', () => {
    for (const name of ['..', '.', '...', 'a/..', '/', '\u0000', ' \u202E ']) expect(uploadName(name), JSON.stringify(name)).toMatchObject({ ok: false });
    expect(uploadName('..')).toEqual({ ok: false, shown: '..', problem: '".." is not a usable file name' });
  });

  it('shortens a name to 255 UTF-8 bytes, whole characters, keeping the extension', () => {
    const named = uploadName(`${ARABIC_130}.txt`);
    if (!named.ok) throw new Error(named.problem);
    expect(Buffer.byteLength(named.name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(named.name).toBe(`${'ب'.repeat(125)}.txt`);
    expect(named.shown).toBe(`${ARABIC_130}.txt`);
    // Letters outside the BMP are two UTF-16 units and four bytes: never cut in half.
    const gothic = uploadName(`${'𐌰'.repeat(100)}.md`);
    expect(gothic).toEqual({ ok: true, name: `${'𐌰'.repeat(63)}.md`, shown: `${'𐌰'.repeat(100)}.md` });
  });
});

describe('importing uploads with hostile names', () => {
  let dir: string;
  let api: AppApi;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-names-'));
    api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => '2025-04-10T09:00:00.000Z' });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails each bad name on its own, keeps the good files of the batch and leaks no temporary path', async () => {
    const texts = syntheticArticles(7).map((a) => Buffer.from(a.text).toString('base64'));
    const names = ['good-1.txt', '..', `${ARABIC_130}.txt`, 'good-2.txt', '.', 'sub/../../escape.txt', 'nul\u0000name.txt'];
    const files = names.map((name, i) => ({ name, base64: texts[i] ?? '' }));
    const result = await api.call('articles:importFiles', { files });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as Response<'articles:importFiles'>;
    expect(report.entries.map((e) => [e.file, e.status])).toEqual([
      ['good-1.txt', 'imported'],
      ['..', 'failed'],
      [`${ARABIC_130}.txt`, 'imported'],
      ['good-2.txt', 'imported'],
      ['.', 'failed'],
      ['escape.txt', 'imported'],
      ['nulname.txt', 'imported'],
    ]);
    expect(report.entries[1]?.error).toBe('".." is not a usable file name');
    expect(report.totals).toMatchObject({ files: 7, imported: 5, failed: 2 });
    expect(JSON.stringify(report)).not.toContain(os.tmpdir());
    expect(JSON.stringify(report)).not.toContain('mawjaz-upload');
  }, 60_000);

  it('names a file that fails to read by the name it was sent under, without the temporary folder', async () => {
    const result = await api.call('articles:importFiles', { files: [{ name: `${ARABIC_130}.html`, base64: Buffer.from('<html><body>' + '<div>'.repeat(2_000)).toString('base64') }] });
    const report = result.ok ? (result.value as Response<'articles:importFiles'>) : null;
    expect(report?.entries).toEqual([{ file: `${ARABIC_130}.html`, status: 'failed', error: expect.stringMatching(/^the page is too deeply nested/) as unknown, code: 'too-complex' }]);
    expect(JSON.stringify(result)).not.toContain(os.tmpdir());
  }, 60_000);
});
