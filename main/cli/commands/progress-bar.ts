import type { CliIo } from './command.ts';

export interface ProgressBar {
  update(label: string, done: number, total: number, detail: string): void;
  /** Removes the bar so that what follows prints where it stood. */
  clear(): void;
}

const UP = '\u001b[1A';
const CLEAR_LINE = '\u001b[2K';
const WIDTH = 24;
const DETAIL = 40;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : '…' + text.slice(text.length - max + 1);
}

/**
 * A one-line progress bar on stderr, redrawn in place, only when stderr is a terminal: piped output stays
 * plain lines. CliIo writes whole lines, so each redraw moves up over the previous bar and clears it.
 */
export function progressBar(io: CliIo): ProgressBar {
  if (!io.isTty) return { update: () => undefined, clear: () => undefined };
  let drawn = false;
  let last = '';
  return {
    update(label, done, total, detail) {
      const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH));
      const line = `${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(done)}/${String(total)} ${shorten(detail, DETAIL)}`;
      if (line === last) return;
      io.err((drawn ? UP + CLEAR_LINE : '') + line);
      drawn = true;
      last = line;
    },
    clear() {
      // Up to the bar, clear it, up once more: the newline io.err adds then lands back on the cleared line.
      if (drawn) io.err(UP + CLEAR_LINE + UP);
      drawn = false;
      last = '';
    },
  };
}
