import path from 'node:path';
// Backup and restore work on the workspace's file, never open: a restore replaces the file, so no API holds it.
import { workspaceFile } from './cli-api.ts';
import { UsageError, type Command } from './command.ts';
import { parseFlags } from './flags.ts';


/** Where the workspace as it stood before a restore is kept: beside it, named for the moment (never replaced). */
export function safetyCopyName(workspace: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(workspace), `${path.basename(workspace, path.extname(workspace))}-before-restore-${stamp}.mawjaz`);
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy a workspace to one file through SQLite\'s online backup, consistent even while the app is using it',
  usage: 'mawjaz backup [--workspace FILE] OUT [--force]',
  // The workspace's file, not an open workspace: the API (which migrates what it opens) is not involved.
  calls: [],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { workspace: { type: 'string' }, force: { type: 'boolean', default: false } });
    const [out, ...extra] = positionals;
    if (out === undefined || extra.length > 0) throw new UsageError('give exactly one file to write the backup to');
    // SQLite loads when a backup runs, not with every command.
    const { backupWorkspace } = await import('../../library/backup.ts');
    const { bytes } = await backupWorkspace(workspaceFile(values.workspace, 'backup'), out, { overwrite: values.force });
    io.out(`wrote ${out} (${Math.max(1, Math.round(bytes / 1024))} KB)`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace a workspace with a backup (a damaged one, or one from a newer Mawjaz, is refused); the workspace as it was is kept beside it',
  usage: 'mawjaz restore [--workspace FILE] BACKUP',
  calls: [],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { workspace: { type: 'string' } });
    const [backup, ...extra] = positionals;
    if (backup === undefined || extra.length > 0) throw new UsageError('give exactly one backup file to restore');
    const workspace = workspaceFile(values.workspace, 'restore');
    const { restoreWorkspace } = await import('../../library/backup.ts');
    const { safetyCopy } = await restoreWorkspace(backup, workspace, safetyCopyName(workspace, new Date()));
    if (safetyCopy !== null) io.err(`mawjaz restore: the workspace as it was is kept in ${safetyCopy}`);
    io.out(`restored ${workspace} from ${backup}`);
    return 0;
  },
};
