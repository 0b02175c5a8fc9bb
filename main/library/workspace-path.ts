import path from 'node:path';
import os from 'node:os';
import { isTeamLibraryLocation } from './workspace-location.ts';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

const FILE_NAME = 'workspace.mawjaz';
const APP_FOLDER = 'Mawjaz';

/**
 * Where the workspace lives when the user names none: the platform's per-user data folder
 * (XDG Base Directory on Linux and other Unixes, %APPDATA% on Windows, Application Support on macOS).
 * MAWJAZ_WORKSPACE overrides it, so tests and portable installs can point elsewhere.
 */
export function defaultWorkspacePath(info: PlatformInfo = { platform: process.platform, env: process.env, home: os.homedir() }): string {
  const { platform, env, home } = info;
  const override = env['MAWJAZ_WORKSPACE'];
  if (override !== undefined && override.trim() !== '') return override;
  if (platform === 'win32') {
    const appData = env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER, FILE_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER, FILE_NAME);
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env['XDG_DATA_HOME'];
  const dataHome = xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
  return path.posix.join(dataHome, APP_FOLDER, FILE_NAME);
}

/** Where exports of a workspace go: an `exports` folder beside the workspace file. */
export function exportsDirFor(workspace: string): string {
  return path.join(path.dirname(path.resolve(workspace)), 'exports');
}

/**
 * Where exports go for a workspace location: beside a workspace file; for a team library (a server, nowhere on this
 * disk), beside the user's own default workspace file.
 */
export function exportsDirForLocation(location: string, home: string = os.homedir()): string {
  if (!isTeamLibraryLocation(location)) return exportsDirFor(location);
  return exportsDirFor(defaultWorkspacePath({ platform: process.platform, env: {}, home }));
}
