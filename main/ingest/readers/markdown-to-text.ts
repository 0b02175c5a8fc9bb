import { labelledLine } from './labelled-line.ts';

/**
 * Markdown (CommonMark and the GitHub extensions scrapers emit) to plain text: one block per line —
 * headings, paragraphs (soft-wrapped lines joined), list items, table rows — blank lines between blocks.
 * Links keep their text, images are dropped, code is kept as text, inline HTML tags are removed.
 */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let fence: { marker: string; lines: string[] } | undefined;
  // Whether every source line of the paragraph so far was a labelled field («الكاتب: …»): then a plain field after it
  // starts a line of its own, where a wrapped sentence's next line («للصحفيين: …») stays in its paragraph.
  let allLabelled = true;

  const flush = (): void => {
    const text = inlineToText(paragraph.join(' ')).replace(/[ \t]+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    paragraph = [];
  };

  for (const rawLine of markdown.split('\n')) {
    if (fence) {
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(rawLine);
      if (close && close[1]?.[0] === fence.marker[0] && (close[1]?.length ?? 0) >= fence.marker.length) {
        const code = fence.lines.join('\n').replace(/^\n+|\s+$/g, '');
        if (code !== '') blocks.push(code);
        fence = undefined;
      } else {
        fence.lines.push(rawLine);
      }
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (open) {
      flush();
      fence = { marker: open[1] ?? '```', lines: [] };
      continue;
    }

    let line = rawLine;
    let quoted = false;
    while (/^\s{0,3}>/.test(line)) {
      line = line.replace(/^\s{0,3}>\s?/, '');
      quoted = true;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (quoted && paragraph.length > 0 && !/^\s{0,3}>/.test(rawLine)) flush();

    const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      paragraph = [heading[1] ?? ''];
      flush();
      continue;
    }
    // A line of = or - under paragraph text turns that text into a heading (setext); alone, --- is a rule.
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && paragraph.length > 0) {
      flush();
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/.test(line)) continue; // table alignment row
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()).filter((cell) => cell !== '');
      paragraph = [cells.join(' | ')];
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph = [item[1] ?? ''];
      continue;
    }
    const label = labelledLine(line);
    if (label && paragraph.length > 0 && (label.bold || allLabelled)) flush();
    allLabelled = (paragraph.length === 0 || allLabelled) && label !== undefined;
    paragraph.push(line.trim());
    // Two trailing spaces or a backslash end a line inside a paragraph (a hard break).
    if (/( {2,}|\\)$/.test(line)) {
      paragraph[paragraph.length - 1] = line.trim().replace(/\\$/, '');
      flush();
    }
  }
  if (fence) {
    const code = fence.lines.join('\n').trim();
    if (code !== '') blocks.push(code);
  }
  flush();
  return blocks.join('\n\n');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Inline Markdown to text. Code spans and backslash escapes are set aside first so emphasis rules cannot touch them. */
export function inlineToText(source: string): string {
  const kept: string[] = [];
  const keep = (text: string): string => `\uE000${kept.push(text) - 1}\uE001`;
  let s = source
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => keep(code.trim()))
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, (_m, ch: string) => keep(ch))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '');
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
      // Underscores inside words (snake_case) are not emphasis.
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  }
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
  return s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => kept[Number(i)] ?? '');
}
