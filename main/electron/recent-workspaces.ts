import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Recent = z.array(z.string()).max(10);
const fileOf = (userData: string): string => path.join(userData, 'recent-workspaces.json');

/** The workspaces opened last, newest first (a missing or damaged list is an empty one). */
export function recentWorkspaces(userData: string): string[] {
  try {
    const parsed = Recent.safeParse(JSON.parse(readFileSync(fileOf(userData), 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberWorkspace(userData: string, file: string): void {
  const list = [file, ...recentWorkspaces(userData).filter((f) => f !== file)].slice(0, 10);
  const tmp = `${fileOf(userData)}.tmp`;
  writeFileSync(tmp, JSON.stringify(list, null, 2));
  renameSync(tmp, fileOf(userData));
}
