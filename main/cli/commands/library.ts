import type { ExchangeReport } from '../../library/exchange/exchange-report.ts';
import { isTeamLibraryLocation } from '../../library/workspace-location.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { withApi, workspaceLocation } from './cli-api.ts';

const USAGE = [
  'mawjaz library copy --from postgres://USER@HOST:PORT/DB --to FILE [--topic NAME]… [--json]',
  'mawjaz library send --from FILE --to postgres://USER@HOST:PORT/DB [--json]',
  '(the password from MAWJAZ_LIBRARY_PASSWORD or the owner-only file MAWJAZ_LIBRARY_PASSWORD_FILE names)',
].join('\n       ');

/** The report as lines: a count line per kind that moved, then every conflict and every skip with its reason. */
export function describeReport(r: ExchangeReport): string[] {
  const lines = [`${r.direction === 'copy' ? 'copied from' : 'sent to'} ${r.library} ${r.direction === 'copy' ? 'into' : 'from'} ${r.workspace}`];
  for (const [kind, c] of Object.entries(r.counts)) {
    if (c.new + c.updated + c.alreadyThere + c.conflicts + c.skipped + c.deleted === 0) continue;
    const deleted = c.deleted === 0 ? '' : `, ${String(c.deleted)} deleted`;
    lines.push(`  ${kind}: ${String(c.new)} new, ${String(c.updated)} updated, ${String(c.alreadyThere)} already there, ${String(c.conflicts)} conflicts, ${String(c.skipped)} skipped${deleted}`);
  }
  lines.push(`  topic memberships added: ${String(r.membershipsAdded)}`);
  for (const c of r.conflicts) {
    const versions = c.libraryVersion === undefined ? '' : ` (library version ${String(c.libraryVersion)}${c.baseVersion === undefined ? '' : `, edited from ${String(c.baseVersion)}`})`;
    lines.push(`conflict: ${c.kind} ${c.label}${versions}: ${c.outcome}`);
  }
  for (const s of r.skipped) lines.push(`skipped: ${s.kind} ${s.label}: ${s.reason}`);
  for (const d of r.deleted) lines.push(`deleted: ${d.kind} ${d.label}: deleted ${r.direction === 'copy' ? 'in the library' : 'in this workspace'} since the last exchange`);
  return lines;
}

/** The password for the library, read as every command reads it (library-secret.ts); never printed. */
async function libraryPassword(): Promise<string | undefined> {
  const secret = await import('../../library/postgres/library-secret.ts');
  return secret.passwordFromEnvironment(secret.processSecretSources()) ?? undefined;
}

function locations(action: string, from: string | undefined, to: string | undefined): { library: string; file: string } {
  if (from === undefined || to === undefined) throw new UsageError(`library ${action} needs --from and --to`);
  const [library, file] = action === 'copy' ? [from, to] : [to, from];
  const libraryFlag = action === 'copy' ? '--from' : '--to';
  if (!isTeamLibraryLocation(library)) throw new UsageError(`${libraryFlag} must be a team library (postgres://…)`);
  if (isTeamLibraryLocation(file)) throw new UsageError(`${action === 'copy' ? '--to' : '--from'} must be a workspace file, not a team library`);
  return { library: library.trim(), file: workspaceLocation(file) };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    topic: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  const [action, ...rest] = positionals;
  if (action !== 'copy' && action !== 'send') throw new UsageError(`name an action, copy or send:\n       ${USAGE}`);
  if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}; quote topic names with spaces`);
  if (action === 'send' && values.topic !== undefined) throw new UsageError('--topic is for copy: send sends all new work back');
  const { library, file } = locations(action, values.from, values.to);
  const password = await libraryPassword();
  const request = { location: library, ...(password === undefined ? {} : { password }) };
  const report = await withApi(io, { workspace: file }, (api) =>
    action === 'copy' ? api.call('library:copy', { ...request, topics: values.topic ?? [] }) : api.call('library:send', request),
  );
  if (values.json === true) io.out(JSON.stringify(report, null, 2));
  else for (const line of describeReport(report)) io.out(line);
  return 0;
}

/** `mawjaz library`: an explicit copy between a team library and a workspace file, for working offline, both ways. */
export const libraryCommand: Command = {
  name: 'library',
  summary: 'Copy topics from a team library into a workspace file, and send new work back',
  usage: USAGE,
  calls: ['library:copy', 'library:send'],
  run,
};
