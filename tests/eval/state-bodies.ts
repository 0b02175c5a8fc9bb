// The state bodies among a finder's organisations, which `npm run eval -- actors` scores apart: ANERcorp's
// annotation leaves most ministries, armies, governments and courts O («وزارة الخارجية», «الجيش الإسرائيلي»,
// «المحكمة العليا»), where an analyst wants them as actors, so each one the actors stage finds there counts against
// its ORG precision though it is right for the brief (ner21's finding). A span is a state body by its head noun
// alone, read through the text layer's normaliser and light stem (so «وزارات», «الحكومتين», «للمحكمة» too): no
// list of bodies' names, so a body the gazetteer never heard of is judged like one it knows.
import { lightStem, normalise, particleReadings } from '../../main/text/arabic/index.ts';
import type { AnnotatedSentence } from '../../main/analysis/ner/read-corpus.ts';
import { spansFromTags } from '../../main/analysis/ner/tags.ts';
import type { EntitySpan } from '../../main/analysis/ner/tags.ts';
import { tokenKey } from '../../main/analysis/ner/word-features.ts';

const stem = (key: string): string => lightStem(key, { rootWaw: true });

/** The head nouns of ministries, armies, governments and courts, as light stems. */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(
  'وزارة وزارات جيش جيوش قوات حكومة حكومات سلطات محكمة محاكم'.split(' ').map((w) => stem(normalise(w))),
);
/** A ministry's short forms, the adjective standing for it («الخارجية الأمريكية»): whole words, as «خارج» is not one. */
const MINISTRY_ADJECTIVES: ReadonlySet<string> = new Set(['خارجية', 'داخلية'].map(normalise));
// A feminine noun's dual («الحكومتين», «وزارتا»), which Light10 leaves with its «ت».
const DUAL = new RegExp(`${normalise('ت')}(?:${normalise('ين')}|${normalise('ان')}|${normalise('ا')})$`, 'u');
const TA_MARBUTA = normalise('ة');

/** Whether the tokens of a span name a state body: its first word, its particles and ending stripped, is such a head. */
export function isStateBody(tokens: readonly string[]): boolean {
  const head = tokens[0] === undefined ? '' : tokenKey(tokens[0]);
  if (head.length === 0) return false;
  if (particleReadings(head, true).some((r) => MINISTRY_ADJECTIVES.has(r))) return true;
  return STATE_BODY_HEADS.has(stem(head)) || STATE_BODY_HEADS.has(stem(head.replace(DUAL, TA_MARBUTA)));
}

/** A sentence's found spans split: the organisations that are state bodies over words the annotation leaves O, and the rest. */
export function stateBodiesApart(sentence: AnnotatedSentence, found: readonly EntitySpan[]): { apart: EntitySpan[]; kept: EntitySpan[] } {
  const gold = spansFromTags(sentence.tags);
  const apart: EntitySpan[] = [];
  const kept: EntitySpan[] = [];
  for (const e of found) {
    const untagged = !gold.some((g) => g.start < e.end && e.start < g.end);
    (e.type === 'ORG' && untagged && isStateBody(sentence.tokens.slice(e.start, e.end)) ? apart : kept).push(e);
  }
  return { apart, kept };
}
