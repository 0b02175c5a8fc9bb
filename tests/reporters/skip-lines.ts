// One format for the skipped tests of both runners (vitest, Playwright): each skip says why, in the run's output.

/** A skipped test as a reporter sees it: its file, its full name, and the reason given when it was skipped. */
export interface Skipped {
  file: string;
  name: string;
  reason: string | undefined;
}

/** What a skip without a reason prints, so that it is noticed and given one. */
export const NO_REASON = 'none given: skip with a reason (vitest: ctx.skip(condition, why); Playwright: test.skip(condition, why))';

/**
 * The lines that close a run with skipped tests: one line per file and reason (with how many tests it skipped and
 * their names when they are few), or nothing when no test was skipped.
 */
export function skipLines(skipped: readonly Skipped[]): string[] {
  if (skipped.length === 0) return [];
  const groups = new Map<string, { file: string; reason: string; names: string[] }>();
  for (const s of skipped) {
    const reason = s.reason?.trim() || NO_REASON;
    const key = `${s.file}\n${reason}`;
    const group = groups.get(key) ?? { file: s.file, reason, names: [] };
    group.names.push(s.name);
    groups.set(key, group);
  }
  const lines = [`Skipped (${String(skipped.length)} ${skipped.length === 1 ? 'test' : 'tests'}), and why:`];
  for (const { file, reason, names } of groups.values()) {
    const what = names.length === 1 ? names[0] ?? '' : `${String(names.length)} tests`;
    lines.push(`  ↓ ${file} › ${what}`, `      reason: ${reason}`);
  }
  return lines;
}
