import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryPasswords, PasswordStorageError, type SafeStorage } from '../../../main/electron/library-passwords.ts';
import { tempDir } from '../library/helpers.ts';

// The app's store of team library passwords, with Electron's safeStorage mocked: a reversible stand-in cipher that
// leaves no plain text (the real one is the system keychain's), and the switches a system without one turns off.

function mockSafeStorage(options: { available?: boolean; backend?: string; key?: number } = {}): SafeStorage {
  const key = options.key ?? 0x5a;
  const flip = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ key));
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), flip(Buffer.from(text, 'utf8'))]),
    decryptString: (data) => {
      if (data.subarray(0, 3).toString() !== 'v10') throw new Error('not ours');
      const text = flip(data.subarray(3)).toString('utf8');
      if (!/^[\x20-\x7e]*$/.test(text)) throw new Error('wrong key');
      return text;
    },
    ...(options.backend === undefined ? {} : { getSelectedStorageBackend: () => options.backend ?? '' }),
  };
}

const LOCATION = 'postgres://ana@db.desk:5432/stories';

describe('libraryPasswords', () => {
  it('keeps a password encrypted in a file only the user can read, and gives it back by location', () => {
    const file = path.join(tempDir(), 'conf', 'library-passwords.json');
    const passwords = libraryPasswords(mockSafeStorage(), file);
    passwords.set(LOCATION, 'correct horse battery');
    expect(passwords.get(LOCATION)).toBe('correct horse battery');
    // The same library however it is typed (postgresql://, spaces around it) is the same key; another is not.
    expect(passwords.get(`  ${LOCATION} `)).toBe('correct horse battery');
    expect(passwords.get(LOCATION.replace('postgres:', 'postgresql:'))).toBe('correct horse battery');
    expect(passwords.get('postgres://ana@db.desk:5432/other')).toBeNull();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('correct horse');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['library-passwords.json']);
  });

  it('replaces a saved password and forgets one', () => {
    const file = path.join(tempDir(), 'library-passwords.json');
    const passwords = libraryPasswords(mockSafeStorage(), file);
    passwords.set(LOCATION, 'first');
    passwords.set('postgres://bo@db.desk/stories', 'other');
    passwords.set(LOCATION, 'second');
    expect(passwords.get(LOCATION)).toBe('second');
    passwords.forget(LOCATION);
    expect(passwords.get(LOCATION)).toBeNull();
    expect(passwords.get('postgres://bo@db.desk/stories')).toBe('other');
  });

  it('refuses to save where the system has no encryption, or only Chromium’s built-in key (Linux without a keyring)', () => {
    for (const safe of [mockSafeStorage({ available: false }), mockSafeStorage({ backend: 'basic_text' })]) {
      const file = path.join(tempDir(), 'library-passwords.json');
      expect(() => libraryPasswords(safe, file).set(LOCATION, 'secret-pw')).toThrow(PasswordStorageError);
      expect(() => libraryPasswords(safe, file).set(LOCATION, 'secret-pw')).toThrow(/no keychain/);
      expect(fs.existsSync(file)).toBe(false);
    }
    const file = path.join(tempDir(), 'library-passwords.json');
    libraryPasswords(mockSafeStorage({ backend: 'gnome_libsecret' }), file).set(LOCATION, 'kept');
    expect(libraryPasswords(mockSafeStorage(), file).get(LOCATION)).toBe('kept');
  });

  it('answers null for a password it cannot decrypt here, and for a damaged file', () => {
    const file = path.join(tempDir(), 'library-passwords.json');
    libraryPasswords(mockSafeStorage({ key: 0x11 }), file).set(LOCATION, 'pw');
    expect(libraryPasswords(mockSafeStorage({ key: 0x77 }), file).get(LOCATION)).toBeNull();
    expect(libraryPasswords(mockSafeStorage({ available: false }), file).get(LOCATION)).toBeNull();
    fs.writeFileSync(file, '{"version":1,"passwords":{"x":');
    expect(libraryPasswords(mockSafeStorage(), file).get(LOCATION)).toBeNull();
    // A damaged file is replaced whole by the next save.
    libraryPasswords(mockSafeStorage(), file).set(LOCATION, 'again');
    expect(libraryPasswords(mockSafeStorage(), file).get(LOCATION)).toBe('again');
  });
});
