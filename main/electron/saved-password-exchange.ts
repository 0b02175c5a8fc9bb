import type { ApiCaller } from '../api/api-caller.ts';
import type { AppRequest } from '../api/app-contract.ts';
import type { Result } from '../api/result.ts';
import type { LibraryPasswords } from './library-passwords.ts';

/**
 * A copy from a team library or a send back to it (library:copy, library:send) from the desktop app, with the password
 * as a switch to the library uses it (main.ts): the one typed, else the one saved for the library, which so never goes
 * to the page. A typed password that worked is saved, encrypted (library-passwords.ts), for the next time; with no
 * keychain it is not, and the field asks for it again. Plain Node: the API and the passwords are injected.
 */
export async function exchangeWithSavedPassword(
  api: Pick<ApiCaller, 'call'>,
  passwords: LibraryPasswords | null,
  request: AppRequest<'app:exchangeTeamLibrary'>,
): Promise<Result<unknown>> {
  const { direction, location, password, topics } = request;
  const secret = password ?? passwords?.get(location) ?? undefined;
  const withSecret = { location, ...(secret === undefined ? {} : { password: secret }) };
  const answer = direction === 'copy' ? await api.call('library:copy', { ...withSecret, ...(topics === undefined ? {} : { topics }) }) : await api.call('library:send', withSecret);
  if (answer.ok && password !== undefined && passwords !== null) {
    try {
      passwords.set(location, password);
    } catch {
      // No keychain: the exchange is done; the password is asked again next time, as the field's hint says.
    }
  }
  return answer;
}
