import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import type { Mention } from './mention.ts';
import { nameEvidence } from './name-evidence.ts';
import { personRuleOn } from './person-rules.ts';
import type { PersonRule } from './person-rules.ts';
import type { PassObserver } from './pass-trace.ts';
import { claim, unclaim } from './scan-context.ts';
import type { Scan } from './scan-context.ts';
import { displayWithout } from '../words/sentence-tokens.ts';
import type { Word } from '../words/sentence-tokens.ts';

/** A mention found in a sentence, over words [from, to). */
export interface Found {
  from: number;
  to: number;
  mention: Mention;
}

export type Draft = Omit<Mention, 'sourceId' | 'sentence' | 'start' | 'end' | 'alsoCalled' | 'roles' | 'roleOnly' | 'weak' | 'single' | 'tagged' | 'outlet' | 'attribution' | 'entry'> &
  Partial<Mention>;

/** One sentence being read by the passes of mention-passes.ts: its scan and the mentions found so far. */
export class SentenceScan {
  readonly found: Found[] = [];
  /** The pass running now (mention-passes.ts sets it), named in what the observer is told. */
  pass = '';
  constructor(
    readonly scan: Scan,
    readonly sourceId: string,
    private readonly sentence: Mention['sentence'],
    private readonly observer: PassObserver | null = null,
  ) {}

  /** Says, to the observer if any, that the running pass left a tagger entity's words [from, to) out, and why. */
  skip(from: number, to: number, reason: string): void {
    this.observer?.skipped(this.pass, this, from, to, reason);
  }

  /** Whether person rule `rule` runs (person-rules.ts: all do but in a measuring tool's ablation). */
  on(rule: PersonRule): boolean {
    return personRuleOn(this.scan.off, rule);
  }

  get words(): readonly Word[] {
    return this.scan.words;
  }

  /** The words [from, to) as written, without the proclitics that `reading` drops from the first. */
  text(from: number, to: number, reading?: string): string {
    const first = this.words[from];
    const last = this.words[to - 1];
    if (first === undefined || last === undefined) return '';
    const head = reading === undefined ? first.text : displayWithout(first.text, first.key, reading);
    const rest = this.scan.sentenceText.slice(first.end - this.scan.sentenceStart, last.end - this.scan.sentenceStart);
    return (head + rest).replace(/\s+/gu, ' ').trim();
  }

  key(from: number, to: number, reading?: string): string {
    const keys = this.words.slice(from, to).map((w) => w.key);
    if (reading !== undefined && keys.length > 0) keys[0] = reading;
    return joinNameKeys(keys);
  }

  /** The evidence that words [from, to) are a person's name (name-evidence.ts; `shapes` false: by the lexicon only). */
  evidence(from: number, to: number, shapes = true): ReturnType<typeof nameEvidence> {
    return nameEvidence(this.words.slice(from, to).map((w) => w.key), this.scan.gazetteer, shapes, this.words[to]?.key);
  }

  add(from: number, to: number, draft: Draft, claimWords = true): Mention {
    const mention: Mention = {
      alsoCalled: [], roles: [], roleOnly: false, weak: false, single: false, tagged: false, outlet: false, attribution: false, entry: null,
      ...draft,
      sourceId: this.sourceId,
      sentence: this.sentence,
      start: this.words[from]?.start ?? this.sentence.start,
      end: this.words[to - 1]?.end ?? this.sentence.end,
    };
    this.found.push({ from, to, mention });
    if (claimWords) claim(this.scan, from, to);
    return mention;
  }

  /**
   * Takes a found mention back: it leaves the sentence's mentions and its words, from `from` (its first word unless
   * a caller gives back more before it) to its end, go back to the passes after, the tagger's own mentions among them.
   */
  drop(f: Found, from = f.from): void {
    this.found.splice(this.found.indexOf(f), 1);
    unclaim(this.scan, from, f.to);
  }
}

