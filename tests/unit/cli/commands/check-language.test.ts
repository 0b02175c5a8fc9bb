import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/main.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { captureIo } from '../../../helpers/cli-io.ts';

const SAMPLE = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
const HEDGE = 'ربما تعيد السلطات فتح المعبر.';
const BRIEF: Brief = {
  ...SAMPLE,
  summary: SAMPLE.summary.map((p, i) => ({ ...p, edited: i === 0, manual: false, text: i === 0 ? HEDGE : p.text })),
  timeline: SAMPLE.timeline.map((t) => ({ ...t, edited: false, manual: false })),
  openQuestions: SAMPLE.openQuestions.map((q, i) => ({ ...q, edited: false, manual: i === 0, text: i === 0 ? 'Will the crossing reopen? It might.' : q.text })),
};

function file(name: string, data: unknown): string {
  const p = path.join(mkdtempSync(path.join(os.tmpdir(), 'mawjaz-check-')), name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
}

describe('mawjaz check-language', () => {
  it('prints each flagged item with its flags and suggestions, and exits 0 though it found some', async () => {
    const io = captureIo();
    expect(await main(['check-language', file('brief.json', BRIEF)], io)).toBe(0);
    expect(io.stdout).toEqual([
      `summary ${BRIEF.summary[0]!.id}`,
      '  vague-hedge 0–4 «ربما»',
      expect.stringContaining('«ربما» لا يحدد درجة احتمال: اختر درجة من سلّم الاحتمال'),
      `openQuestions ${BRIEF.openQuestions[0]!.id}`,
      '  vague-hedge 29–34 «might»',
      expect.stringContaining('"might" names no probability'),
      '2 flags in 2 of 2 checked items (advice only: exports are never blocked)',
    ]);
    expect(io.stderr).toEqual([]);
  });

  it('writes the API\'s answer as JSON with --json, from a saved draft (brief:get\'s answer) as from a brief', async () => {
    const fromBrief = captureIo();
    expect(await main(['check-language', file('brief.json', BRIEF), '--json'], fromBrief)).toBe(0);
    const report = JSON.parse(fromBrief.stdout.join('\n')) as { checked: number; items: { id: string; flags: { kind: string; start: number; end: number }[] }[] };
    expect(report.checked).toBe(2);
    expect(report.items.map((i) => i.flags.map((f) => [f.kind, f.start, f.end]))).toEqual([[['vague-hedge', 0, 4]], [['vague-hedge', 29, 34]]]);
    const fromDraft = captureIo();
    expect(await main(['check-language', file('draft.json', { id: 'd1', brief: BRIEF, history: { undo: 0, redo: 0 } }), '--json'], fromDraft)).toBe(0);
    expect(fromDraft.stdout).toEqual(fromBrief.stdout);
  });

  it('says so when there is nothing of the analyst\'s to check', async () => {
    const io = captureIo();
    const assembled = { ...BRIEF, summary: BRIEF.summary.map((p) => ({ ...p, edited: false })), openQuestions: BRIEF.openQuestions.map((q) => ({ ...q, manual: false })) };
    expect(await main(['check-language', file('brief.json', assembled)], io)).toBe(0);
    expect(io.stdout).toEqual(['no edited or written items to check']);
  });

  it('refuses a file that is no brief or draft, naming it and the field (exit 1), and a missing file name (exit 2)', async () => {
    const bad = captureIo();
    const p = file('bad.json', { brief: { title: 'x' } });
    expect(await main(['check-language', p], bad)).toBe(1);
    expect(bad.stderr[0]).toMatch(new RegExp(`^mawjaz check-language: ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a valid draft: `));
    const notJson = captureIo();
    expect(await main(['check-language', file('x.json', '{')], notJson)).toBe(1);
    expect(notJson.stderr[0]).toContain('not a readable JSON file');
    const usage = captureIo();
    expect(await main(['check-language'], usage)).toBe(2);
  });
});
