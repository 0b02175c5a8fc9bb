import { EventEmitter } from 'node:events';
import type { ApiCaller } from '../api-caller.ts';
import { apiErrorOf } from './api-error-of.ts';
import type { Method } from '../methods.ts';
import type { Progress, Result } from '../result.ts';
import { exportToContract } from '../export-to-contract.ts';
import type { WorkThread } from '../../work-thread/work-thread.ts';
import { exportToFile } from './export-to-file.ts';
import { isReadBrief } from '../../briefing/read-brief.ts';
import type { z } from 'zod';

/** The API without a workspace: exporting a brief given whole to a file, and cancelling it. */
export interface FilesApi extends ApiCaller {
  /** Stops the work thread. */
  close: () => Promise<void>;
}

type FilesMethod = keyof typeof exportToContract;

function isFilesMethod(method: Method): method is FilesMethod {
  return Object.hasOwn(exportToContract, method);
}

/** The path an export was asked to write, or '' when the request names none. */
function targetOf(request: unknown): string {
  return typeof request === 'object' && request !== null && 'to' in request && typeof request.to === 'string' ? request.to : '';
}

const exportToRequest = exportToContract['brief:exportTo'].request;
const exportToFields = exportToRequest.omit({ brief: true });

/**
 * A `brief:exportTo` request parsed by the contract's schema, except a brief that readBrief gave back (the file
 * `mawjaz render` read, parsed at that boundary with its file-naming errors): it is already the Brief schema's
 * output, kept as given, and parsing it again cost ≈ 3.5 ms of the command's CPU. The other fields are parsed.
 */
function parseExportTo(request: unknown): z.output<typeof exportToRequest> {
  if (typeof request === 'object' && request !== null && 'brief' in request && isReadBrief(request.brief)) {
    return { ...exportToFields.parse(request), brief: request.brief };
  }
  return exportToRequest.parse(request ?? {});
}

/**
 * The API for a host that renders a brief file and keeps nothing (`mawjaz render`): the contract's `brief:exportTo`
 * and `brief:exportCancel`, parsed with the same schemas and answered by the same handler as createApi's, with the
 * same Result errors (api-error-of.ts), but no workspace is opened and nothing else of the API is loaded. Opening a
 * scratch workspace for it, as the CLI did, and building every call's schemas cost `mawjaz render` ≈ 90 ms of CPU,
 * a sixth of the command. Without a workspace no outlet is graded, as in a new workspace. Any other call is refused.
 */
export function createFilesApi(options: { work: WorkThread }): FilesApi {
  const { work } = options;
  const events = new EventEmitter();
  const emit = (p: Progress): void => {
    events.emit('progress', p);
  };
  const answer = async (method: FilesMethod, request: unknown): Promise<unknown> => {
    switch (method) {
      case 'brief:exportCancel':
        exportToContract[method].request.parse(request ?? {});
        return exportToContract[method].response.parse({ cancelled: work.cancel('export') });
      case 'brief:exportTo': {
        const parsed = parseExportTo(request);
        return exportToContract[method].response.parse(await exportToFile(parsed, { emit, work, grades: [] }));
      }
      default: {
        const never: never = method;
        throw new Error(`unknown call ${String(never)}`);
      }
    }
  };
  return {
    async call(method, request): Promise<Result<unknown>> {
      if (!isFilesMethod(method)) return { ok: false, error: { code: 'not-found', message: `no API call ${String(method)} without a workspace` } };
      try {
        return { ok: true, value: await answer(method, request) };
      } catch (e) {
        // A write that fails names the export's path (there is no workspace to name).
        return { ok: false, error: apiErrorOf(e, targetOf(request), 'output') };
      }
    },
    onProgress(listener) {
      events.on('progress', listener);
      return () => events.off('progress', listener);
    },
    close: () => work.close(),
  };
}
