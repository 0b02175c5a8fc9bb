import { describe, expect, it } from 'vitest';
import { sameLibrary } from '../../../../main/library/postgres/library-identity.ts';

// The host's password goes only to the library the host was started on: same host, port, database, user, settings.

describe('sameLibrary', () => {
  const home = 'postgres://ana@db.desk.example:5433/news';

  it('is the same library with default parts spelled or not, and the host in any case', () => {
    expect(sameLibrary(home, 'postgresql://ana@DB.desk.example:5433/news')).toBe(true);
    expect(sameLibrary('postgres://ana@db:5432/ana', 'postgres://ana@db/')).toBe(true);
  });

  it('is another library when the host, port, database or user differs', () => {
    expect(sameLibrary(home, 'postgres://ana@evil.example:5433/news')).toBe(false);
    expect(sameLibrary(home, 'postgres://ana@db.desk.example:5432/news')).toBe(false);
    expect(sameLibrary(home, 'postgres://ana@db.desk.example:5433/other')).toBe(false);
    expect(sameLibrary(home, 'postgres://bob@db.desk.example:5433/news')).toBe(false);
  });

  it('is another library when the query moves the connection elsewhere (the driver reads ?host=)', () => {
    expect(sameLibrary(home, `${home}?host=evil.example`)).toBe(false);
  });

  it('is never the same as a workspace file or something that is no URL', () => {
    expect(sameLibrary(home, '/home/ana/desk.mawjaz')).toBe(false);
    expect(sameLibrary('/home/ana/desk.mawjaz', '/home/ana/desk.mawjaz')).toBe(false);
    expect(sameLibrary('postgres://[db', 'postgres://[db')).toBe(false);
  });
});
