import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withOutletGrades } from '../../main/briefing/outlet-grades.ts';
import { Brief } from '../../main/model/brief.ts';
import { joinBrief, SEEDS_GOLDEN_DIR } from './seeds-golden-brief.ts';

/**
 * The seeds' golden brief with two outlets graded in the workspace (one usually reliable, one unreliable) and the
 * analyst's own credibility on one point: what the golden pages of graded evidence are made from.
 */
export function gradedSeedsBrief(): Brief {
  const seeds = seedsBrief();
  const graded = withOutletGrades(seeds, [{ outlet: 'إرم نيوز', grade: 'B' }, { outlet: 'العربي الجديد', grade: 'E' }]);
  return { ...graded, summary: graded.summary.map((p, i) => (i === 1 && p.credibility ? { ...p, credibility: { ...p.credibility, chosen: 2 } } : p)) };
}

/** The seeds' golden brief as it stands: what the actor map's golden pages are made from. */
export function seedsBrief(): Brief {
  return Brief.parse(JSON.parse(joinBrief((f) => readFileSync(path.join(SEEDS_GOLDEN_DIR, f), 'utf8'))));
}
