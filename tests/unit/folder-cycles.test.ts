import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// File-level cycle tools do not see cycles between folders (a → b in one file, b → a in another), so this test
// builds the folder graph of main/ from the sources themselves: every import, import type, export-from and dynamic
// import() with a relative specifier, resolved to the folder it lands in.
const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The folder of main/ a file counts under, `depth` folders deep; a file at main/'s root (resources.ts) is its own node. */
function folderOf(file: string, depth: number): string {
  const parts = path.relative(MAIN, file).split(path.sep);
  const name = parts.pop() ?? '';
  return parts.length === 0 ? name : parts.slice(0, depth).join('/');
}

/** Folder → folders it imports from, with one file-level example per edge (to name in a failure). */
function folderGraph(depth: number): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(MAIN)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName);
      if (path.relative(MAIN, target).startsWith('..')) continue;
      const from = folderOf(file, depth);
      const to = folderOf(target, depth);
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${path.relative(MAIN, file)} → ${fileName}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** The strongly connected components of more than one folder (Tarjan), each as its sorted folder names. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/** A cycle with the edges inside it, so a failure says which imports close it. */
function describeCycle(graph: Map<string, Map<string, string>>, component: string[]): string {
  const edges = component.flatMap((a) => component.flatMap((b) => {
    const example = graph.get(a)?.get(b);
    return example === undefined ? [] : [`  ${a} → ${b} (${example})`];
  }));
  return [`{${component.join(', ')}}`, ...edges].join('\n');
}

describe('the folders of main/ import each other without cycles', () => {
  it('at the first level (model, text, ingest, … electron)', () => {
    const graph = folderGraph(1);
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph).map((c) => describeCycle(graph, c))).toEqual([]);
  });

  it('at the second level (analysis/actors, render/pdf, …): a folder holding both the base its subfolders import and the entry that wires them is split', () => {
    const graph = folderGraph(2);
    expect(graph.size).toBeGreaterThan(25);
    expect(cycles(graph).map((c) => describeCycle(graph, c))).toEqual([]);
  });

  it('sees a cycle made of two files in different folders, as a file-level tool would not', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts → ../b/y.ts']])],
      ['b', new Map([['c', 'b/z.ts → ../c/w.ts']])],
      ['c', new Map([['a', 'c/w.ts → ../a/v.ts']])],
      ['d', new Map([['a', 'd/u.ts → ../a/x.ts']])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(describeCycle(graph, ['a', 'b', 'c'])).toContain('c → a (c/w.ts → ../a/v.ts)');
  });
});
