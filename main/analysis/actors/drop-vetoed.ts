import { isShippedEntry } from '../../text/gazetteer/gazetteer.ts';
import { DIRECTIONS, PLACE_CUES, VERBAL_NOUN_HEADS } from '../words/lexicon.ts';
import { isFeminineAdjectiveShaped, isMasdarShaped, isPluralShaped } from '../words/word-shapes.ts';
import { readsAsKeepingArticle } from '../words/word-tests.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { describesCue } from './describes-cue.ts';
import { overlaps } from './sentence-entities.ts';
import type { WordEntity } from './sentence-entities.ts';
import type { WordMargins } from './word-margins.ts';

/**
 * How sure the tagger must be that every word of a rule's mention is no actor's (its max-marginal margin,
 * viterbi.ts) for the mention to be dropped. Chosen on the training part's dev block with a model trained
 * without it (npm run eval -- actors, EVAL_BLOCK=dev); the margins are in the model's weight units, so a model
 * trained on other features or epochs asks for it to be chosen again. Re-checked on the three tune blocks pooled
 * (npm run tune:ner-stage, stage micro / PERS): 65 77.53 / 75.68, 45 77.59 / 75.68: hundredths, within noise; kept.
 */
export const VETO_MARGIN = 65;

/**
 * The lower bar for a one-word place after a feminine place cue that agrees with it as an adjective does, a word
 * of a feminine adjective's pattern («منطقة جافة», «ناحية ثانية», «قرية صغيرة»: a dry area, another side, a small
 * village): the cue is no name's cue there, so the tagger needs only to be as sure as word-margins.ts's
 * SURE_OUTSIDE_MARGIN. The shape alone is not enough: a town may have it («ناحية راوة»), and the tagger is as sure
 * of «بعشيقة» (margin ≈ 50, no adjective's shape) as of «صغيرة»; gazetteer places are never vetoed here. The same
 * bar for a word that describes its cue by agreement or is a plural it governs (describes-cue.ts).
 */
const ADJECTIVE_MARGIN = 30;

/** Whether found words [from, to) are one word of a feminine adjective's shape after a place cue ending in «ة». */
function agreesWithCue(s: SentenceScan, from: number, to: number): boolean {
  const cue = s.words[from - 1]?.key ?? '';
  const word = s.words[from]?.key ?? '';
  return to - from === 1 && cue.endsWith('ه') && readsAsKeepingArticle(cue, PLACE_CUES) !== null && isFeminineAdjectiveShaped(word);
}

/**
 * Whether the place at found words [from, to) is located by a direction and another place right after it
 * («ناحية بعشيقة شمال الموصل», «بلدة … جنوب بيروت»): news places a town it names by a place the reader knows, and
 * that is evidence the tagger, which never saw the town, lacks. The other place is one a pass found or the tagger reads.
 */
function locatedBy(s: SentenceScan, entities: readonly WordEntity[], from: number, to: number): boolean {
  // A verbal noun or a plural names no town («منطقة عمليات شمال بغداد»: an area of operations).
  for (let i = from; i < to; i++) {
    const key = s.words[i]?.key ?? '';
    if (isMasdarShaped(key) || isPluralShaped(key)) return false;
  }
  const direction = s.words[to]?.key ?? '';
  if (!DIRECTIONS.has(direction) || direction.startsWith('ال')) return false;
  return s.found.some((o) => o.from === to + 1 && o.mention.type === 'place') || entities.some((e) => e.from === to + 1 && e.type === 'LOC');
}

/**
 * Drops the rules' mentions the tagger is confident are no actor at all: mentions over words no tagger entity
 * touches, each word of which the tagger reads as outside every person, organisation and place by at least
 * VETO_MARGIN. Which mentions may be vetoed:
 * - places («النظام القائم» is no town, «الطائف» of «اتفاق الطائف»), with a lower bar for an adjective after a
 *   place cue (ADJECTIVE_MARGIN);
 * - one-word persons with no role that are not the last word of a full name the article already gave (an
 *   ordinal «الثاني» or an adjective «الفائز» read as a surname). Full names and surnames of names the article
 *   gave stay: today's names are ones the 2000s newswire never saw, and the tagger is as sure of «الشرع» as of
 *   «الثاني» (vetoing every person lost persons of the seeds' brief);
 * - organisations headed by a word that is as often a verbal noun («حركة الملاحة», «تنظيم المعرض»: traffic, the
 *   organising of a fair), the gazetteer's excepted.
 * A place located by a direction and a known place after it is never vetoed (locatedBy). Other organisations are
 * never vetoed (the training data leaves «الجيش الأميركي» or «وزارة الخارجية» untagged, which an analyst wants),
 * nor the analyst's own gazetteer entries, nor roles.
 */
export function dropVetoed(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins, surnames: ReadonlySet<string>): void {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k];
    if (f === undefined) continue;
    const m = f.mention;
    const person = m.type === 'person' && s.on('veto') && m.roles.length === 0 && f.to - f.from === 1 && !surnames.has(m.key);
    const prose = m.type === 'organization' && m.entry === null && readsAsKeepingArticle(s.words[f.from]?.key ?? '', VERBAL_NOUN_HEADS) !== null;
    if ((m.type !== 'place' && !person && !prose) || m.roleOnly || m.tagged || (m.entry !== null && !isShippedEntry(m.entry)) || entities.some((e) => overlaps(e, f))) continue;
    if (m.type === 'place' && locatedBy(s, entities, f.from, f.to)) continue;
    const bar = m.type === 'place' && (agreesWithCue(s, f.from, f.to) || describesCue(s, f.from, f.to)) ? ADJECTIVE_MARGIN : VETO_MARGIN;
    let sure = true;
    for (let i = f.from; i < f.to && sure; i++) sure = margins.margin(i) >= bar;
    if (!sure) continue;
    s.drop(f);
  }
}
