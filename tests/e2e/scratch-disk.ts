import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * A small file system of the test's own (tmpfs), for the failures permission bits cannot make when tests run as
 * root: a read-only folder and a disk that fills up. Mounting needs root with CAP_SYS_ADMIN; elsewhere `mount`
 * answers null and the reason, and the test that needs it says so when it skips.
 */
export interface ScratchDisk {
  dir: string;
  unmount: () => void;
}

export function mountScratchDisk(dir: string, options: { sizeMb: number; readOnly?: boolean }): ScratchDisk | string {
  mkdirSync(dir, { recursive: true });
  const flags = [`size=${String(options.sizeMb)}m`, options.readOnly ? 'ro' : 'rw'].join(',');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', flags, 'mawjaz-test', dir], { stdio: 'pipe' });
  } catch (e) {
    const why = e instanceof Error && 'stderr' in e ? String((e as { stderr: unknown }).stderr).trim() : String(e);
    return `cannot mount a scratch file system here (needs root with CAP_SYS_ADMIN): ${why}`;
  }
  return {
    dir,
    unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'pipe' }),
  };
}

/** Fills the file system that holds `dir` to the last byte with one file, whose path it returns. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  try {
    for (let chunk = 1 << 20; chunk >= 512; chunk >>= 1) {
      const bytes = Buffer.alloc(chunk, 0x55);
      try {
        for (;;) writeSync(fd, bytes);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}
