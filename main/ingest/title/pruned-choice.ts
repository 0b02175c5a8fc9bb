// The learned chooser's pick without stripping the furniture off every head line: only the lines that can still
// change the pick are stripped. Every other line's score is bounded from above, the bound below the pick's score.
import { bestChoice, choiceScore } from '../choice/fit-choice.ts';
import { assembleCandidates, lineDrafts, type TitleCandidate, type TitlePage } from './title-candidates.ts';

// Scores are sums of the same weights in another order: a bound this close to the pick's score is not trusted.
const EPSILON = 1e-9;

/** What the page's sources can add at most to one line that turns out to read the same title as they do (all of them). */
function sourcesGain(page: TitlePage, weights: ReadonlyMap<string, number>): number {
  const present = [page.raw.declared.title?.trim() ? 'declared' : null, ...Object.entries(page.sources).map(([s, v]) => (v === null ? null : s)), page.rules === null ? null : 'rules'];
  return present.reduce((sum, s) => sum + (s === null ? 0 : Math.max(0, weights.get(`src:${s}`) ?? 0)), 0);
}

const FEW_LINES = 6;

function pickOf(candidates: readonly TitleCandidate[], weights: ReadonlyMap<string, number>): TitleCandidate {
  const pick = candidates[bestChoice(candidates, weights)];
  // assembleCandidates always ends with «no title»: there is a pick.
  if (pick === undefined) throw new Error('no title candidate');
  return pick;
}

/**
 * The best candidate among titleCandidates(page, strip), by bestChoice, found stripping as few lines as it can.
 *
 * Why it is the same: a line left unstripped (1) stands for a title scoring at most its bound (its own features, the
 * furniture's weight if positive, and every present source's if positive), below the pick's score; (2) may take a
 * later line's title or a source's flag from another candidate, which only lowers candidates other than the pick,
 * because every line before the pick's line is stripped; (3) when the pick is a source's title not read off a
 * stripped line, any line could turn out to read it: then every line is stripped.
 */
export function prunedBest(page: TitlePage, weights: ReadonlyMap<string, number>, strip: (line: string) => string | null): TitleCandidate {
  const drafts = lineDrafts(page);
  // A head of a few lines is stripped whole: bounding them costs about what stripping them does.
  if (drafts.length <= FEW_LINES) {
    const candidates = assembleCandidates(page, drafts.map((d) => ({ ...d, value: strip(d.line.text) })));
    return pickOf(candidates, weights);
  }
  const gain = Math.max(0, weights.get('furniture-off') ?? 0) + sourcesGain(page, weights);
  const bounds = drafts.map((d) => choiceScore(d.features, weights) + gain);
  const values = new Map<number, string | null>();
  const top = bounds.reduce((t, b, i) => (b > (bounds[t] ?? -Infinity) ? i : t), 0);
  // The likeliest pick and every line above it (which its winning would need stripped anyway): most pages stop there.
  let toStrip = drafts.slice(0, top + 1).map((_, i) => i);
  for (;;) {
    for (const i of toStrip) values.set(i, strip(drafts[i]?.line.text ?? ''));
    const lines = drafts.flatMap((d, i) => (values.has(i) ? [{ ...d, value: values.get(i) ?? null }] : []));
    const pick = pickOf(assembleCandidates(page, lines), weights);
    const score = choiceScore(pick.features, weights);
    const at = pick.line === null ? (pick.value === null ? -1 : drafts.length) : drafts.findIndex((d) => d.line === pick.line);
    toStrip = drafts.flatMap((_, i) => (!values.has(i) && (i < at || (bounds[i] ?? Infinity) + EPSILON >= score) ? [i] : []));
    if (toStrip.length === 0) return pick;
  }
}
