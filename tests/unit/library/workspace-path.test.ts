import { describe, expect, it } from 'vitest';
import { defaultWorkspacePath } from '../../../main/library/workspace-path.ts';

describe('defaultWorkspacePath', () => {
  it('follows XDG on Linux, ignoring a relative XDG_DATA_HOME', () => {
    expect(defaultWorkspacePath({ platform: 'linux', env: {}, home: '/home/sara' })).toBe('/home/sara/.local/share/Mawjaz/workspace.mawjaz');
    expect(defaultWorkspacePath({ platform: 'linux', env: { XDG_DATA_HOME: '/data' }, home: '/home/sara' })).toBe('/data/Mawjaz/workspace.mawjaz');
    expect(defaultWorkspacePath({ platform: 'linux', env: { XDG_DATA_HOME: 'rel' }, home: '/home/sara' })).toBe(
      '/home/sara/.local/share/Mawjaz/workspace.mawjaz',
    );
  });

  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    expect(defaultWorkspacePath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Sara\\AppData\\Roaming' }, home: 'C:\\Users\\Sara' })).toBe(
      'C:\\Users\\Sara\\AppData\\Roaming\\Mawjaz\\workspace.mawjaz',
    );
    expect(defaultWorkspacePath({ platform: 'darwin', env: {}, home: '/Users/sara' })).toBe(
      '/Users/sara/Library/Application Support/Mawjaz/workspace.mawjaz',
    );
  });

  it('is overridden by MAWJAZ_WORKSPACE', () => {
    expect(defaultWorkspacePath({ platform: 'linux', env: { MAWJAZ_WORKSPACE: '/tmp/x.mawjaz' }, home: '/home/sara' })).toBe('/tmp/x.mawjaz');
  });
});
