import { z } from 'zod';
import { ImportReport as LibraryImportReport } from '../library/import-report.ts';

/** The library's import report, plus whether the analyst cancelled the batch. */
export const ImportReport = LibraryImportReport.extend({ cancelled: z.boolean().default(false) });
export type ImportReport = z.infer<typeof ImportReport>;
