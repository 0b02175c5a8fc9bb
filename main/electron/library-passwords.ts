import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The team libraries' passwords in the desktop app: encrypted by the operating system's keychain through Electron's
 * safeStorage (injected here, so this module is plain Node and tested with it mocked) and kept in one file of the
 * app's user folder that only the user can read (0600). The renderer never gets one back, and no URL, log or
 * settings file holds one in plain text.
 */

/** What this module needs of Electron's safeStorage (https://www.electronjs.org/docs/latest/api/safe-storage). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring was found and the "encryption" is a key written into Chromium. */
  getSelectedStorageBackend?: () => string;
}

export interface LibraryPasswords {
  /** The password saved for a library location, or null (none saved, or it cannot be decrypted on this account). */
  get(location: string): string | null;
  /** Saves (encrypted) the password of a library location; throws a sentence when the system offers no encryption. */
  set(location: string, password: string): void;
  forget(location: string): void;
}

/** Refusal to keep a password: said to the analyst, who can still give it each time or through the environment. */
export class PasswordStorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordStorageError';
  }
}

const PasswordFile = z.object({ version: z.literal(1), passwords: z.record(z.string(), z.string().base64()) });
type PasswordFile = z.infer<typeof PasswordFile>;

/** The key of a location: the URL without a password (never stored in one) and with the user, host, port, database. */
function keyOf(location: string): string {
  const url = new URL(location.trim());
  url.password = '';
  // postgresql:// and postgres:// name the same library (libpq takes both).
  return url.toString().replace(/^postgresql:/i, 'postgres:');
}

function read(file: string): PasswordFile {
  try {
    const parsed = PasswordFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    // A damaged file forgets the passwords (the analyst types them again) rather than stopping the app.
    return parsed.success ? parsed.data : { version: 1, passwords: {} };
  } catch {
    return { version: 1, passwords: {} };
  }
}

/** Written whole to a temporary file created 0600, then renamed over the old one: never half-written, never readable by others. */
function write(file: string, data: PasswordFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.rmSync(tmp, { force: true });
  fs.writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(tmp, file);
}

/** The passwords kept in `file` (e.g. userData/library-passwords.json), encrypted with `safe`. */
export function libraryPasswords(safe: SafeStorage, file: string): LibraryPasswords {
  return {
    get(location) {
      const saved = read(file).passwords[keyOf(location)];
      if (saved === undefined || !safe.isEncryptionAvailable()) return null;
      try {
        return safe.decryptString(Buffer.from(saved, 'base64'));
      } catch {
        // Encrypted under another account or keychain: as if none were saved.
        return null;
      }
    },
    set(location, password) {
      if (!safe.isEncryptionAvailable() || safe.getSelectedStorageBackend?.() === 'basic_text') {
        throw new PasswordStorageError(
          'this computer offers no keychain to encrypt the password with, so it is not saved: give it in MAWJAZ_LIBRARY_PASSWORD or a file named by MAWJAZ_LIBRARY_PASSWORD_FILE (mode 600)',
        );
      }
      const data = read(file);
      data.passwords[keyOf(location)] = safe.encryptString(password).toString('base64');
      write(file, data);
    },
    forget(location) {
      const data = read(file);
      const key = keyOf(location);
      if (!(key in data.passwords)) return;
      delete data.passwords[key];
      write(file, data);
    },
  };
}
