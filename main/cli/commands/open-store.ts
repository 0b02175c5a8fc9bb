import { defaultWorkspacePath } from '../../library/workspace-path.ts';
import { openWorkspace } from '../../library/open-workspace.ts';
import type { Store } from '../../library/store.ts';

/** The workspace a command works on: --workspace if given, else the user's default workspace. */
export function openStore(workspaceFlag: string | undefined, now?: () => Date): Store {
  const file = workspaceFlag !== undefined && workspaceFlag !== '' ? workspaceFlag : defaultWorkspacePath();
  return openWorkspace(file, now ? { now } : {});
}

/** Runs `fn` with the workspace open and always closes it, even when `fn` throws. */
export async function withStore<T>(workspaceFlag: string | undefined, fn: (store: Store) => T | Promise<T>, now?: () => Date): Promise<T> {
  const store = openStore(workspaceFlag, now);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
