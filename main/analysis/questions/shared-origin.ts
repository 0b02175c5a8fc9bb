/**
 * One origin behind two citations (rev25 finding 1): an article that puts a figure in the same unnamed mouth as
 * another («قالت مصادر طبية …» / «فيما تحدثت مصادر طبية اليوم عن ١٩ قتيلا») relays that mouth; it did not learn the
 * figure on its own, so the two confirm it once. A named body that gives the figure itself stays a witness of its own,
 * even when it recalls that the unnamed mouth gave it first («أعلن خفر السواحل … ١٩ قتيلا، وهو الرقم الذي أعلنته مصادر
 * طبية»): a cited sentence's mouth is the one sentence-claim.ts reads as its claim's speaker. It lives beside the claim
 * readers it uses; the summary is handed it (SummaryOptions.sameOrigin, by briefing/assemble.ts), since the questions
 * stage reads the summary and not the other way round.
 */
import { sentenceClaim } from './sentence-claim.ts';
import { lightStem, tokenise } from '../../text/arabic/index.ts';

// The words that place a mouth inside a body («مصدر في وزارة الداخلية»): they join its description, they describe nothing.
const PLACING = new Set(['في', 'داخل', 'من', 'لدى', 'ب'].map((w) => tokenise(w)[0]?.key ?? w));
// The words an unnamed mouth must share at least to be one: its noun and one word that says which («مصادر طبية»); the
// noun alone («مصدر») is every newsroom's.
const MIN_DESCRIBED = 2;

/** The words describing the unnamed mouth a sentence's claim is put in, light-stemmed, or null when it names its speaker. */
function unnamedMouth(quote: string): string[] | null {
  const claim = sentenceClaim(quote);
  if (claim === null || !claim.unnamed || claim.speaker === null) return null;
  return tokenise(claim.speaker)
    .map((t) => t.key)
    .filter((k) => !PLACING.has(k))
    .map((k) => lightStem(k));
}

/**
 * Whether two cited sentences put their claim in one unnamed mouth: one's description of it is the start of the
 * other's («مصادر طبية» and «مصادر طبية في مستشفى رأس النخيل»), at least MIN_DESCRIBED words long.
 */
export function sameUnnamedOrigin(a: string, b: string): boolean {
  const x = unnamedMouth(a);
  const y = unnamedMouth(b);
  if (x === null || y === null) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= MIN_DESCRIBED && shorter.every((w, i) => longer[i] === w);
}
