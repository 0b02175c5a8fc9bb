import { createRequire } from 'node:module';
import type v8 from 'node:v8';

/**
 * V8's flags for a process that does one short job and exits: no optimising compiles. Left to itself, V8 compiles
 * the hot JavaScript with TurboFan and HarfBuzz's WebAssembly functions with its optimising tier, on background
 * threads whose CPU the process pays for, and a render that lasts a fraction of a second never earns it back:
 * `mawjaz render` of the seeds' brief took ≈ 0.9 s of CPU with them and ≈ 0.55 s without (the render itself ≈ 590 ms
 * → ≈ 300 ms), and even a 61-page brief was faster without them (1.4 s → 1.0 s). JavaScript still gets V8's
 * baseline compiler (Sparkplug, `--max-opt=1`) and WebAssembly its baseline one (Liftoff), which is what runs
 * first anyway. Only one-shot commands call this: a long import or the browser host keeps every tier.
 */
export const ONE_SHOT_V8_FLAGS = ['--max-opt=1', '--liftoff-only'] as const;

/**
 * Whether the command line `argv` (without node and script) runs a one-shot command: `render` writing no Word file,
 * which tunes itself before its renderer loads. A Word file is a zip whose embedded fonts (≈ 2.6 MB) fflate deflates
 * in JavaScript (pin-package.ts): a loop that pays for TurboFan many times over (the seeds' brief, CPU 2.8 → 1.1 s). bin/
 * mawjaz.mjs asks it before compiling the command line, since V8 accepts a code cache only under the flags it was
 * made with, and the cache is made after the command ran, flags set.
 */
export function isOneShotRun(argv: readonly string[]): boolean {
  return argv[0] === 'render' && !argv.some((arg) => arg === '--docx' || arg.startsWith('--docx='));
}

/**
 * Sets ONE_SHOT_V8_FLAGS for the rest of the process. Call it before the modules the job runs are loaded, since
 * WebAssembly is compiled as it is instantiated. The flags change how fast the code runs, never what it computes.
 */
export function tuneForOneShot(): void {
  // node:v8 is loaded here, by the one command that tunes itself: imported at the top, it was loaded at the start of
  // every command (bin/mawjaz.mjs imports this module for each, and cli.cjs with the render command), ≈ 2 ms of CPU.
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof v8;
  for (const flag of ONE_SHOT_V8_FLAGS) setFlagsFromString(flag);
}

/**
 * zod without its JIT, for the rest of the process: zod compiles each object schema into a function (`new
 * Function`) the first time it parses with it, which pays only over many parses; a one-shot command parses its one
 * document once or twice (`render`: the brief read, then the API's request), and parsing the seeds' brief cost ≈ 22 ms
 * of CPU with the JIT against ≈ 14 ms without. The result of a parse is the same either way.
 */
export async function parseWithoutJit(): Promise<void> {
  const { z } = await import('zod');
  z.config({ jitless: true });
}
