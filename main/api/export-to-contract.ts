import { z } from 'zod';
import { Brief } from '../model/brief.ts';

// Part of the API's contract (contract.ts spreads it in), apart so that a host answering only these calls
// (handlers/create-files-api.ts: `mawjaz render`) builds their schemas without building every other call's.
export const exportToContract = {
  /** Stops an export that has not started yet (a thread's running export too). */
  'brief:exportCancel': { request: z.object({}).strict(), response: z.object({ cancelled: z.boolean() }) },
  /**
   * Renders a brief to a file at a path on this computer, with a template by name or by file (the CLI's --template):
   * internal, like `articles:import`, since the page must never name paths.
   */
  'brief:exportTo': {
    request: z.object({ brief: Brief, format: z.enum(['pdf', 'docx']), template: z.string().min(1).default('standard'), to: z.string().min(1) }),
    response: z.object({ bytes: z.number().int() }),
  },
};
