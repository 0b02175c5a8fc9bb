import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  libraryConnectionString, LibrarySecretError, passwordFromEnvironment, processSecretSources, type SecretFile, type SecretSources,
} from '../../../../main/library/postgres/library-secret.ts';

const files = (map: Record<string, SecretFile>): SecretSources['readFile'] => (p) => {
  const f = map[p];
  if (f === undefined) throw new Error(`ENOENT: ${p}`);
  return f;
};

describe('the team library password', () => {
  it('comes from the environment variable first, else from a file only its owner can read', () => {
    const readFile = files({ '/home/ana/.mawjaz-pass': { mode: 0o100600, uid: 1000, text: 'file-secret\n' } });
    expect(passwordFromEnvironment({ env: { MAWJAZ_LIBRARY_PASSWORD: 'env-secret', MAWJAZ_LIBRARY_PASSWORD_FILE: '/home/ana/.mawjaz-pass' }, readFile, uid: 1000 })).toBe('env-secret');
    expect(passwordFromEnvironment({ env: { MAWJAZ_LIBRARY_PASSWORD_FILE: '/home/ana/.mawjaz-pass' }, readFile, uid: 1000 })).toBe('file-secret');
    expect(passwordFromEnvironment({ env: {}, readFile, uid: 1000 })).toBeNull();
  });

  it('refuses a file others can read, someone else\'s file, an empty or missing one, without saying what is in it', () => {
    const readFile = files({
      '/open': { mode: 0o100644, uid: 1000, text: 'leaky' },
      '/group': { mode: 0o100640, uid: 1000, text: 'leaky' },
      '/theirs': { mode: 0o100600, uid: 0, text: 'leaky' },
      '/empty': { mode: 0o100600, uid: 1000, text: '\n' },
    });
    const attempt = (file: string, uid: number | null = 1000): string => {
      try {
        passwordFromEnvironment({ env: { MAWJAZ_LIBRARY_PASSWORD_FILE: file }, readFile, uid });
      } catch (e) {
        expect(e).toBeInstanceOf(LibrarySecretError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(attempt('/open')).toBe("/open: the team library's password file can be read by others (mode 644); make it 600 (chmod 600)");
    expect(attempt('/group')).toMatch(/mode 640/);
    expect(attempt('/theirs')).toBe("/theirs: the team library's password file must belong to you");
    expect(attempt('/empty')).toBe("/empty: the team library's password file is empty");
    expect(attempt('/missing')).toBe("/missing: the team library's password file cannot be read");
    // Where files have no owners, only the text counts.
    expect(attempt('/open', null)).toBe('accepted');
    for (const f of ['/open', '/group', '/theirs']) expect(attempt(f)).not.toContain('leaky');
  });

  it('reads a real 0600 file and refuses it once it is opened to the group', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-secret-')), 'pass');
    fs.writeFileSync(file, 'real-secret\n', { mode: 0o600 });
    const sources = { ...processSecretSources(), env: { MAWJAZ_LIBRARY_PASSWORD_FILE: file } };
    expect(passwordFromEnvironment(sources)).toBe('real-secret');
    fs.chmodSync(file, 0o640);
    // Where files have no owners (Windows) the bits are not checked.
    if (sources.uid !== null) expect(() => passwordFromEnvironment(sources)).toThrow(/can be read by others/);
  });

  it('is joined to the location the analyst gave, and a location that carries one itself is refused without repeating it', () => {
    expect(libraryConnectionString('postgres://ana@db.desk.example:5432/news', 'p@ss word')).toBe('postgres://ana:p%40ss%20word@db.desk.example:5432/news');
    expect(libraryConnectionString('postgresql://ana@db.desk.example/news', null)).toBe('postgresql://ana@db.desk.example/news');
    expect(() => libraryConnectionString('postgres://ana:hunter2@db.desk.example/news', null)).toThrow(
      'postgres://ana@db.desk.example/news: a password written into the location would be kept in plain text; give it in MAWJAZ_LIBRARY_PASSWORD or a file named by MAWJAZ_LIBRARY_PASSWORD_FILE (mode 600)',
    );
    // The driver reads a password from the query too: refused the same way, the other parameters kept in the sentence.
    for (const secret of ['password', 'sslpassword']) {
      const refused = (): string => libraryConnectionString(`postgres://ana@db.desk.example/news?sslmode=require&${secret}=hunter2`, 'typed');
      expect(refused).toThrow(LibrarySecretError);
      expect(refused).toThrow(/^postgres:\/\/ana@db\.desk\.example\/news\?sslmode=require: a password written into the location/);
      expect(refused).not.toThrow(/hunter2/);
    }
    expect(libraryConnectionString('postgres://ana@db.desk.example/news?sslmode=require', 'typed')).toBe('postgres://ana:typed@db.desk.example/news?sslmode=require');
    expect(() => libraryConnectionString('/home/ana/work.mawjaz', 'x')).toThrow(LibrarySecretError);
  });
});
