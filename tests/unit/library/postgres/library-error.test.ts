import { describe, expect, it } from 'vitest';
import { displayUrl, isConnectionError, libraryError, NewerSchemaError, serverName, TeamLibraryError } from '../../../../main/library/postgres/library-error.ts';

describe('team library errors', () => {
  it('names the server as host:port/database, with the defaults PostgreSQL uses', () => {
    expect(serverName('postgres://ana:pw@db.desk.example:6543/news')).toBe('db.desk.example:6543/news');
    expect(serverName('postgresql://ana:pw@db.desk.example/news')).toBe('db.desk.example:5432/news');
    expect(serverName('postgres://ana@db.desk.example')).toBe('db.desk.example:5432/ana');
    expect(serverName('postgres://ana:p%40ss@10.0.0.5:5432/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1')).toBe('10.0.0.5:5432/أخبار');
  });

  it('shows the connection string without its password', () => {
    expect(displayUrl('postgres://ana:p%40ss@db.desk.example:6543/news?sslmode=require')).toBe('postgres://ana@db.desk.example:6543/news?sslmode=require');
    expect(displayUrl('postgres://ana:p%40ss@db.desk.example:6543/news')).not.toContain('p%40ss');
  });

  it('turns connection problems into one sentence and lets every other error through unchanged', () => {
    const refused = libraryError('h:1/d', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1 password=oops'), { code: 'ECONNREFUSED' }));
    expect(refused).toBeInstanceOf(TeamLibraryError);
    expect((refused as Error).message).toBe('The team library at h:1/d cannot be used: the connection was refused (is the server running and listening there?).');
    expect((refused as TeamLibraryError).retryable).toBe(true);
    const password = libraryError('h:1/d', Object.assign(new Error('password authentication failed for user "ana"'), { code: '28P01' })) as TeamLibraryError;
    expect([password.message, password.retryable]).toEqual(['The team library at h:1/d cannot be used: the password was refused.', false]);
    expect((libraryError('h:1/d', new Error('Connection terminated unexpectedly')) as Error).message).toMatch(/the connection was lost\.$/);
    const constraint = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(libraryError('h:1/d', constraint)).toBe(constraint);
    expect(isConnectionError(constraint)).toBe(false);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
  });
});

describe('team library problems', () => {
  it('names each problem by a code the UI translates, and the server apart', () => {
    const refused = libraryError('h:1/d', Object.assign(new Error('x'), { code: '28P01' })) as TeamLibraryError;
    expect([refused.problem, refused.server]).toEqual(['password-refused', 'h:1/d']);
    const tls = libraryError('h:1/d', Object.assign(new Error('no pg_hba.conf entry for host "1.2.3.4", user "ana", database "d", no encryption'), { code: '28000' }));
    expect(tls).toMatchObject({ problem: 'tls-required', retryable: false });
    expect(libraryError('h:1/d', new Error('The server does not support SSL connections'))).toMatchObject({ problem: 'tls-unsupported' });
    expect(libraryError('h:1/d', new NewerSchemaError(9, 4))).toMatchObject({ problem: 'newer-schema', retryable: false });
    expect(libraryError('h:1/d', Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toMatchObject({ problem: 'no-such-host', retryable: true });
    // The server asked for a password and none was given: the driver's own TypeErrors, SCRAM's and the plain one's.
    expect(libraryError('h:1/d', new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'))).toMatchObject({ problem: 'password-missing', retryable: false });
    expect(libraryError('h:1/d', new TypeError('Password must be a string'))).toMatchObject({ problem: 'password-missing' });
  });
});
