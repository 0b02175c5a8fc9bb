import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApiCaller } from '../../api/api-caller.ts';
import type { ApiError, Method, Request, Response } from '../../api/contract.ts';
import { defaultWorkspacePath, exportsDirForLocation } from '../../library/workspace-path.ts';
import { isTeamLibraryLocation, TeamLibraryUnavailableError } from '../../library/workspace-location.ts';
import type { CliIo } from './command.ts';

/** A failed API call, as the CLI reports it: the API's one-line message (main.ts prints it, exit 1). */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

/** The API's calls as a command makes them: a call answers its value (parsed by the API against the contract) or throws. */
export interface CliCalls {
  call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>>;
  onProgress: ApiCaller['onProgress'];
}

/** The API open on a workspace, as a command uses it. */
export interface CliApi extends CliCalls {
  readonly workspace: string;
}

export interface CliApiOptions {
  /** The workspace file or team library; see `workspaceLocation` for the --workspace flag. */
  workspace: string;
  /** Where `brief:export` writes; beside the workspace unless given. */
  exportsDir?: string;
  /** --date: pins the clock (import times, "now" of the analysis) to that day's midnight UTC. */
  date?: string;
}

/** The calls that stop a long call: Ctrl-C sends them all, and each stops its own kind of work if one runs. */
const CANCELS = ['articles:importCancel', 'brief:assembleCancel', 'brief:exportCancel'] as const;

/**
 * The workspace a command works on: --workspace if given, else the user's default workspace (MAWJAZ_WORKSPACE
 * included) — a workspace file, resolved, or a team library's URL as given (never resolved into a local file name).
 */
export function workspaceLocation(flag: string | undefined): string {
  const location = flag !== undefined && flag !== '' ? flag : defaultWorkspacePath();
  return isTeamLibraryLocation(location) ? location.trim() : path.resolve(location);
}

/**
 * The workspace file a command that works on files only (backup, restore, the browser host) works on; a team
 * library's URL is refused here in one sentence naming where it came from, never repeating it (it may hold a secret).
 */
export function workspaceFile(flag: string | undefined, command: string): string {
  const named = flag !== undefined && flag !== '';
  const location = workspaceLocation(flag);
  if (isTeamLibraryLocation(location)) throw new TeamLibraryUnavailableError(named ? '--workspace' : 'MAWJAZ_WORKSPACE', `\`mawjaz ${command}\` works on a workspace file`);
  return location;
}


/**
 * Runs `fn` with the API open on a workspace, in this process (no HTTP, no IPC): the CLI calls the same handlers,
 * with the same request and response parsing, as the app and the browser host; the work thread's jobs run in process. Ctrl-C (the CLI's signal) cancels
 * the call under way; the API is always closed.
 */
export async function withApi<T>(io: CliIo, options: CliApiOptions, fn: (api: CliApi) => Promise<T>): Promise<T> {
  // Loaded when a command runs, so `mawjaz --help` stays instant.
  const [{ createApi }, { createInProcessWork }] = await Promise.all([import('../../api/handlers/create-api.ts'), import('../../work-thread/in-process.ts')]);
  const { date } = options;
  const api = await createApi({
    workspace: options.workspace,
    exportsDir: options.exportsDir ?? exportsDirForLocation(options.workspace),
    ...(date === undefined ? {} : { now: () => `${date}T00:00:00.000Z` }),
    // One command, then exit: its jobs run here rather than load every module again in a thread.
    work: createInProcessWork(),
    // `mawjaz brief` checks the entity model itself; the other commands never use it.
    checkModel: false,
  });
  try {
    return await withCalls(io, api, (calls) => fn({ workspace: api.workspace, ...calls }));
  } finally {
    await api.close();
  }
}

/**
 * Runs `fn` with the calls of `api` as a command makes them: only those the command declares, each answering its
 * value or throwing ApiCallError; Ctrl-C (the CLI's signal) cancels the call under way.
 */
async function withCalls<T>(io: CliIo, api: ApiCaller, fn: (calls: CliCalls) => Promise<T>): Promise<T> {
  const cancel = (): void => {
    for (const method of CANCELS) void api.call(method, {});
  };
  io.signal.addEventListener('abort', cancel, { once: true });
  try {
    return await fn({
      onProgress: api.onProgress,
      async call(method, request) {
        if (io.calls !== undefined && !io.calls.includes(method)) throw new Error(`${method} is not among the API calls this command declares`);
        const answer = api.call(method, request);
        // A Ctrl-C heard before this call began still stops it.
        if (io.signal.aborted) cancel();
        const result = await answer;
        if (!result.ok) throw new ApiCallError(result.error);
        return result.value as Response<typeof method>;
      },
    });
  } finally {
    io.signal.removeEventListener('abort', cancel);
  }
}

/**
 * Runs `fn` with the API open on a workspace of its own, removed afterwards: for commands that work on files rather
 * than a workspace (`mawjaz brief FILES`, `clean`), so they too go through the API.
 */
export async function withTemporaryApi<T>(io: CliIo, options: Omit<CliApiOptions, 'workspace' | 'exportsDir'>, fn: (api: CliApi) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mawjaz-cli-'));
  try {
    return await withApi(io, { ...options, workspace: path.join(dir, 'cli.mawjaz'), exportsDir: path.join(dir, 'exports') }, fn);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` with the API's calls that need no workspace (api/handlers/create-files-api.ts), for a command that renders
 * a file and keeps nothing (`render`): the same contract and handler as withTemporaryApi gives, without opening a
 * workspace or loading the rest of the API. Ctrl-C cancels as withApi does (the other cancels are refused unknown).
 */
export async function withFilesApi<T>(io: CliIo, fn: (api: CliCalls) => Promise<T>): Promise<T> {
  const [{ createFilesApi }, { createInProcessWork }] = await Promise.all([import('../../api/handlers/create-files-api.ts'), import('../../work-thread/in-process.ts')]);
  const api = createFilesApi({ work: createInProcessWork() });
  try {
    return await withCalls(io, api, fn);
  } finally {
    await api.close();
  }
}
