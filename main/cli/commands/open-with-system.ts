/**
 * The program and arguments that hand `target` (a URL or a file) to the system's default application. The target
 * is always one argument of an argument array, never part of a shell command line: no `cmd /c start` on Windows,
 * whose command line would read `&`, `|` or `^` in a path as commands.
 */
export function systemOpenCommand(platform: NodeJS.Platform, target: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [target] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [target] };
  return { command: 'xdg-open', args: [target] };
}

/**
 * Hands a URL or a file to the system (browser, PDF viewer); detached, and a failure is only a missed convenience.
 * child_process is loaded here, when something is opened: the command table imports this module for `mawjaz web`,
 * and loading child_process (with net and dgram, which it loads) at the start of every command cost ≈ 3 ms of CPU.
 */
export async function openWithSystem(target: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const { command, args } = systemOpenCommand(platform, target);
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore', shell: false });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
