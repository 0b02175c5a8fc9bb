import { z } from 'zod';
import { ExchangeReport } from '../library/exchange/exchange-report.ts';
import { TopicName } from '../library/topic-name.ts';
import { ImportReport } from './import-report.ts';
import { LibraryHolds, TeamLibraryLocation } from './team-library-location.ts';
import { ApiError } from './result.ts';
import { LibraryProblem } from '../library/postgres/library-problem.ts';

/**
 * The calls the page makes of the desktop shell itself, and the events the shell pushes to the page: the `app:*`
 * channels. They are answered by the Electron main process, not by the API (a native dialog, the menu's language),
 * so they have a table of their own; but like every API call each has zod schemas, parsed where it is received
 * (app-ipc.ts) or before it is sent (app-events.ts), and the renderer sees only their types.
 */

/** The menu's commands the page runs itself: it owns the draft and the UI language. */
export const PageMenuCommand = z.enum(['export-pdf', 'export-docx', 'switch-language']);

export const UiLanguage = z.enum(['ar', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/**
 * Why a switch did not happen, for the page to say in its language: a team library's problem (with what it is
 * about), the page's request refused by the shell, or a page with no shell to switch (an older app, a browser).
 */
export const SwitchProblem = z.enum([...LibraryProblem.options, 'request-refused', 'no-switch-here']);
export type SwitchProblem = z.infer<typeof SwitchProblem>;

/**
 * What a switch of workspace answers the settings view: done, or why not — a `failure` the page translates, else
 * (a workspace file's own error) one sentence — and a note when done.
 */
const SwitchAnswer = z.object({
  ok: z.boolean(),
  message: z.string().optional(),
  failure: z.object({ problem: SwitchProblem, about: z.string().optional() }).optional(),
});
const NoRequest = z.object({}).strict();

export const appContract = {
  /** Saves a copy of an export, named by its plain name; the destination comes from the native dialog. */
  'app:saveExportAs': { request: z.string().min(1).max(300), response: z.string().nullable() },
  /** Shows an export, named by its plain name, selected in its folder in the system's file manager. */
  'app:showExport': { request: z.string().min(1).max(300), response: z.boolean() },
  /** The UI's language, so the application menu follows it. */
  'app:setLanguage': { request: UiLanguage, response: z.void() },
  /** The page's answer to a `flush` event: whether the draft is saved. */
  'app:flushed': { request: z.boolean(), response: z.void() },
  /**
   * The team library the app works on (its location without password), or null on a workspace file; and whether a
   * password is saved for it. The password itself never comes back to the page.
   */
  'app:teamLibrary': { request: NoRequest, response: z.object({ location: z.string().nullable(), passwordSaved: z.boolean() }) },
  /**
   * Switches the app to a team library: the typed password (or the one saved for it) opens it in a new API process;
   * only once that worked is the password saved (encrypted, library-passwords.ts) and the old workspace let go of.
   */
  'app:useTeamLibrary': { request: z.object({ location: TeamLibraryLocation, password: z.string().min(1).max(1000).optional() }).strict(), response: SwitchAnswer },
  /**
   * Tries a team library as `library:check` does, with the password saved for it (if any): the main process adds it,
   * so a saved password never goes to the page. The answer is library:check's Result.
   */
  'app:checkTeamLibrary': {
    request: z.object({ location: TeamLibraryLocation }).strict(),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value: LibraryHolds }), z.object({ ok: z.literal(false), error: ApiError })]),
  },
  /** Switches back to the analyst's own workspace file (the last one used, else the default one). */
  'app:useLocalWorkspace': { request: NoRequest, response: SwitchAnswer },
  /**
   * Copies a team library's topics into the workspace file in use, or sends the file's work back, as library:copy and
   * library:send do, with the password typed (saved, encrypted, once it worked) or else the one saved for the library,
   * which the main process adds: a saved password never goes to the page. The answer is the API call's Result.
   */
  'app:exchangeTeamLibrary': {
    request: z
      .object({
        direction: z.enum(['copy', 'send']),
        location: TeamLibraryLocation,
        password: z.string().min(1).max(1000).optional(),
        topics: z.array(TopicName).max(1000).optional(),
      })
      .strict(),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value: ExchangeReport }), z.object({ ok: z.literal(false), error: ApiError })]),
  },
} as const satisfies Record<`app:${string}`, { request: z.ZodType; response: z.ZodType }>;

export type AppContract = typeof appContract;
export type AppMethod = keyof AppContract;
export const APP_METHODS = Object.keys(appContract) as AppMethod[];
export type AppRequest<M extends AppMethod> = z.output<AppContract[M]['request']>;
export type AppResponse<M extends AppMethod> = z.input<AppContract[M]['response']>;

/** What the main process pushes on `app:event`: menu commands, workspace switches, a flush request, a menu import. */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('menu'), command: PageMenuCommand }),
  /** The file's name only: no absolute path reaches the page. */
  z.object({ type: z.literal('workspace-changed'), name: z.string() }),
  /** The app is about to switch workspaces: save what is pending, then answer `app:flushed`. */
  z.object({ type: z.literal('flush') }),
  z.object({ type: z.literal('imported'), report: ImportReport }),
]);
export type AppEvent = z.output<typeof AppEvent>;
