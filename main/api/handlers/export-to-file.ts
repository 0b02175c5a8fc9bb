import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { withoutOutletGrades } from '../../briefing/source-grades.ts';
import { withJudgmentCredibility } from '../../analysis/credibility/judgment-credibility.ts';
import type { OutletGrade } from '../../library/outlet-grades.ts';
import type { z } from 'zod';
import type { exportToContract } from '../export-to-contract.ts';
import type { ApiContext } from '../handler.ts';

type ExportTo = { [K in 'request' | 'response']: z.output<(typeof exportToContract)['brief:exportTo'][K]> };

/** What writing an export to a file needs of the host answering `brief:exportTo`. */
export interface ExportToFileHost extends Pick<ApiContext, 'emit' | 'work'> {
  /** The workspace's outlet grades; none where there is no workspace (handlers/create-files-api.ts). */
  grades: readonly Pick<OutletGrade, 'outlet' | 'grade'>[];
}

/**
 * `brief:exportTo`: the brief with the grades and the judgments' credibility it is exported with, rendered on the work
 * thread and written atomically to the path asked for. Shared by the workspace's API (local-files.ts) and the one
 * without a workspace, so both write the same bytes.
 */
export async function exportToFile(req: ExportTo['request'], host: ExportToFileHost): Promise<ExportTo['response']> {
  host.emit({ task: `export:${req.format}`, done: 0, total: 1, label: req.brief.title });
  // The outlet list that grades are matched by loads only when there are grades: `mawjaz render` has none, and
  // loading it (the outlet gazetteer and the Arabic text layer under it) cost ≈ 6 ms of the command's CPU.
  const graded = host.grades.length === 0
    ? withoutOutletGrades(req.brief)
    : (await import('../../briefing/outlet-grades.ts')).withOutletGrades(req.brief, host.grades);
  const bytes = await host.work.exportBrief(withJudgmentCredibility(graded), req.format, req.template);
  await writeFileAtomic(req.to, bytes);
  host.emit({ task: `export:${req.format}`, done: 1, total: 1, label: req.brief.title });
  return { bytes: bytes.length };
}
