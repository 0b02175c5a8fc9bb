// Stack traces of the built code name the TypeScript sources' lines, through the build's source maps, read only when
// a stack is. Node's own support (process.setSourceMapsEnabled) reads and keeps the map of every file as it loads:
// for `mawjaz render` that was ≈ 60 ms of CPU at every run (a tenth of the command), spent for a stack that is almost
// never printed. Here a map is read the first time a stack shows a frame of its file.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A frame's location: `file:line:column` at the end of V8's text for it, the file perhaps a file: URL. */
const LOCATION = /(\(?)((?:file:\/\/)?[^\s()]+):(\d+):(\d+)(\)?)$/;

/**
 * Maps the frames of every stack from now on whose file lies in `dir` (the build's folder, files with a `.map` beside
 * them) to the original source, line and column, as Node's `--enable-source-maps` writes them. A frame stays as V8
 * wrote it when its file has no readable map or the map has no entry for it.
 */
export function mapStacksOf(dir) {
  const inside = path.resolve(dir) + path.sep;
  /** @type {Map<string, SourceMap | null>} */
  const maps = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      let map = null;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        // No map (or not one Node can read): the frame keeps the built file's line.
      }
      maps.set(file, map);
    }
    return maps.get(file);
  };
  const mapFrame = (text) => {
    const m = LOCATION.exec(text);
    if (m === null) return text;
    const [whole, open, where, line, column, close] = m;
    const file = where.startsWith('file://') ? fileURLToPath(where) : where;
    if (!file.startsWith(inside)) return text;
    const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (entry?.originalSource === undefined) return text;
    const source = path.resolve(path.dirname(file), entry.originalSource);
    return `${text.slice(0, text.length - whole.length)}${open}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}${close}`;
  };
  Error.prepareStackTrace = (error, frames) => {
    let head;
    try {
      head = Error.prototype.toString.call(error);
    } catch {
      head = '<error>';
    }
    return head + frames.map((frame) => `\n    at ${mapFrame(String(frame))}`).join('');
  };
}
