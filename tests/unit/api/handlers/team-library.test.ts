import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brief } from '../../../../main/model/brief.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { callOk } from '../../../helpers/api-ok.ts';
import { startPasswordCatcher } from '../../../helpers/password-catcher.ts';
import { tempDir } from '../../library/helpers.ts';

// library:check tries a team library from the settings view while the analyst's own workspace stays open: a real,
// throwaway server answers where it is and what it holds; a wrong password, a server that is not there and a
// location carrying its password are each one sentence naming the server, never the password.

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));

const apis: AppApi[] = [];
afterEach(async () => {
  await Promise.all(apis.splice(0).map((a) => a.close()));
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
  delete process.env['MAWJAZ_ANALYST'];
});

async function localApi(): Promise<AppApi> {
  const dir = tempDir();
  const api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false });
  apis.push(api);
  return api;
}

function withoutPassword(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

describe('library:check', () => {
  const cluster = useCluster();

  it('answers the library a typed password opens, and the workspace in use stays the local one', async () => {
    const location = withoutPassword(await cluster().createDatabase('checked'));
    const api = await localApi();
    const answer = await callOk(api, 'library:check', { location, password: cluster().password });
    expect(answer).toEqual({ server: `127.0.0.1:${String(cluster().port)}/checked`, articles: 0, briefs: 0 });
    expect(JSON.stringify(answer)).not.toContain(cluster().password);
    expect(await callOk(api, 'workspace:info', {})).toMatchObject({ name: 'w.mawjaz' });
  });

  it('names a team library in workspace:info by host:port/database', async () => {
    const location = withoutPassword(await cluster().createDatabase('named'));
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = cluster().password;
    const dir = tempDir();
    const api = await createApi({ workspace: location, exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false });
    apis.push(api);
    expect(await callOk(api, 'workspace:info', {})).toEqual({ name: `127.0.0.1:${String(cluster().port)}/named`, articles: 0, topics: 0, briefs: 0, team: true });
  });

  it('reads the host’s own password source when none is typed, for the library the host was started on', async () => {
    const location = withoutPassword(await cluster().createDatabase('fromenv'));
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = cluster().password;
    const dir = tempDir();
    const api = await createApi({ workspace: location, exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false });
    apis.push(api);
    expect(await callOk(api, 'library:check', { location })).toMatchObject({ server: `127.0.0.1:${String(cluster().port)}/fromenv` });
  });

  it('sends the host’s password to no other library, even one on the same server', async () => {
    const home = withoutPassword(await cluster().createDatabase('home'));
    const other = withoutPassword(await cluster().createDatabase('other'));
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = cluster().password;
    const dir = tempDir();
    const api = await createApi({ workspace: home, exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false });
    apis.push(api);
    const result = await api.call('library:check', { location: other });
    // Said as a missing password naming the library, not the driver's internal TypeError.
    expect(result).toMatchObject({ ok: false, error: { code: 'io', library: { problem: 'password-missing', about: `127.0.0.1:${String(cluster().port)}/other` } } });
  });

  it('says a refused password in one sentence naming the server, without the password', async () => {
    const location = withoutPassword(await cluster().createDatabase('refused'));
    const api = await localApi();
    const result = await api.call('library:check', { location, password: 'not-the-password' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: `The team library at 127.0.0.1:${String(cluster().port)}/refused cannot be used: the password was refused.`,
        library: { problem: 'password-refused', about: `127.0.0.1:${String(cluster().port)}/refused` },
      },
    });
  });

  it('says a password written into the location is refused, without repeating it', async () => {
    const api = await localApi();
    const result = await api.call('library:check', { location: 'postgres://ana:s3cret-pw@127.0.0.1:5999/desk' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('io');
    expect(result.error.message).toMatch(/password written into the location/);
    expect(result.error.message).not.toContain('s3cret-pw');
    expect(result.error.library).toEqual({ problem: 'password-in-location', about: 'postgres://ana@127.0.0.1:5999/desk' });
  });

  it('refuses what is not a postgres:// address before connecting', async () => {
    const api = await localApi();
    const result = await api.call('library:check', { location: '/home/ana/desk.mawjaz' });
    expect(result.ok ? null : result.error.code).toBe('invalid-request');
  });
});

describe('library:check without a server', () => {
  it('never sends the host’s password to an address the analyst typed (a server asking for it in clear text)', async () => {
    const catcher = await startPasswordCatcher();
    try {
      process.env['MAWJAZ_LIBRARY_PASSWORD'] = 'team-secret-from-env';
      const api = await localApi();
      const result = await api.call('library:check', { location: `postgres://ana@127.0.0.1:${String(catcher.port)}/desk` });
      expect(result.ok).toBe(false);
      expect(catcher.caught()).not.toContain('team-secret-from-env');
    } finally {
      await catcher.close();
    }
  });

  it('says a server that is not there in one sentence naming it', async () => {
    const api = await localApi();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const result = await api.call('library:check', { location: 'postgres://ana@127.0.0.1:1/desk', password: 'pw-not-shown' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'The team library at 127.0.0.1:1/desk cannot be used: the connection was refused (is the server running and listening there?).',
        library: { problem: 'connection-refused', about: '127.0.0.1:1/desk' },
      },
    });
  });
});

describe('library:copy and library:send', () => {
  const cluster = useCluster();

  it('copies a topic of a team library into the workspace in use and sends a new article back, the report never naming the password', async () => {
    const url = await cluster().createDatabase('exchanged');
    const location = withoutPassword(url);
    const password = cluster().password;
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = password;
    const library = await createApi({ workspace: location, exportsDir: path.join(tempDir(), 'exports'), work: createInProcessWork(), checkModel: false });
    apis.push(library);
    await callOk(library, 'articles:importText', { name: 'افتتاح المعبر', text: 'أعلنت الحكومة اليوم افتتاح معبر روصو أمام الشاحنات بعد توقف دام أسبوعا.' });
    const [article] = (await callOk(library, 'articles:list', {})).items;
    const topic = await callOk(library, 'topics:create', { name: 'المعبر' });
    await callOk(library, 'topics:assign', { id: topic.id, articleIds: [article!.id] });

    const api = await localApi();
    // Without a typed password the host's own is not sent to a library other than its own workspace.
    const refused = await api.call('library:copy', { location });
    expect(refused).toMatchObject({ ok: false, error: { library: { problem: 'password-missing' } } });
    expect(JSON.stringify(refused)).not.toContain(password);
    const copied = await callOk(api, 'library:copy', { location, password, topics: ['المعبر'] });
    expect(copied).toMatchObject({ direction: 'copy', library: `127.0.0.1:${String(cluster().port)}/exchanged`, membershipsAdded: 1 });
    expect(copied.counts.article.new).toBe(1);
    expect(JSON.stringify(copied)).not.toContain(password);

    await callOk(api, 'brief:save', { id: 'offline', brief: SAMPLE });
    await callOk(api, 'articles:importText', { name: 'عودة العبارة', text: 'عادت العبارة إلى العمل صباح اليوم ونقلت المسافرين والشاحنات بين الضفتين.' });
    // Who sent it is the name the analyst gave (MAWJAZ_ANALYST), not the connection's user.
    process.env['MAWJAZ_ANALYST'] = 'أمل';
    const sent = await callOk(api, 'library:send', { location, password });
    expect((await callOk(library, 'brief:versions', { id: 'offline' })).changes.map((c) => c.changedBy)).toEqual(['أمل']);
    expect(sent.counts.article).toMatchObject({ new: 1, alreadyThere: 1 });
    expect((await callOk(library, 'workspace:info', {})).articles).toBe(2);

    // A team library in use is no place to copy into.
    const intoLibrary = await library.call('library:copy', { location, password });
    expect(intoLibrary).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/workspace file/) } });
  });
});
