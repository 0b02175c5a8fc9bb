/**
 * The connectives that open a sentence or clause of a report before its verb («كما أشار …», «فيما أعلنت …») and carry
 * no content of their own. One list for the readers that step over them: a cut last paragraph told by how it opens
 * (ingest/clean/story-opening.ts) and a clause trimmed to its event line (analysis/timeline/clauses.ts).
 */
import { normalise } from './normalise.ts';

// Those that open a new sentence of the story («كما», «فيما»): what a story's next sentence may begin with.
const SENTENCE_OPENING = ['كما', 'فيما', 'بينما', 'ثم'];
// Those that open a clause inside one too, or join it to what came before: a bare conjunction, «وقد», «كذلك», «أما».
const CLAUSE_OPENING = ['و', 'ف', 'وكما', 'وكان', 'وكانت', 'وقد', 'كذلك', 'ايضا', 'اما', 'واما'];

const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set(SENTENCE_OPENING.map((w) => normalise(w)));
const CLAUSE_CONNECTIVES: ReadonlySet<string> = new Set([...SENTENCE_OPENING, ...CLAUSE_OPENING].map((w) => normalise(w)));

/** True when a matching key is a connective that opens a story's sentence before its verb («كما», «فيما», «بينما», «ثم»). */
export function isSentenceConnective(key: string): boolean {
  return SENTENCE_CONNECTIVES.has(key);
}

/** True when a matching key is a connective a clause may open with (the sentence ones, «و», «وقد», «كذلك», «أما» …). */
export function isClauseConnective(key: string): boolean {
  return CLAUSE_CONNECTIVES.has(key);
}

// Those that open a clause of circumstance, reason or contrast after what a sentence says («… إذ تنتظر …»، «… في حين
// طالب …»، «… بعدما تعذر …»): the first clause's content ends before them. Two-word ones as their words.
const SUBORDINATE_OPENING = ['اذ', 'حيث', 'بينما', 'فيما', 'بعدما', 'في حين', 'بعد ان', 'غير ان', 'الا ان', 'لكن', 'ولكن', 'مكتفيا', 'مكتفية'];
const SUBORDINATE_CONNECTIVES: readonly string[][] = SUBORDINATE_OPENING.map((w) => w.split(' ').map((p) => normalise(p)));

/**
 * How many words a connective that opens a subordinate clause takes at `keys[i]` («إذ» 1, «في حين» 2), or 0: where a
 * quoted clause's own content ends.
 */
export function subordinateConnectiveAt(keys: readonly string[], i: number): number {
  for (const words of SUBORDINATE_CONNECTIVES) if (words.every((w, k) => keys[i + k] === w)) return words.length;
  return 0;
}
