import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../main/analysis/actors/mention.ts';
import { MENTION_PASSES } from '../../../../main/analysis/actors/mention-passes.ts';
import type { PassObserver } from '../../../../main/analysis/actors/pass-trace.ts';
import { selectionMentions } from '../../../../main/analysis/actors/selection-mentions.ts';
import { loadNerModel } from '../../../../main/analysis/ner/load-model.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { sentenceChanges } from '../../../../scripts/stage-changes.ts';
import { lossClasses } from '../../../../scripts/stage-losses.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// The observer of the actors stage (npm run tune:ner-stage): told every pass, changing nothing.
const BODY = 'وقال الرئيس الفرنسي جاك شيراك آنذاك إن بلاده لن تشارك. وقع الاتفاق في دولة قطر أمس.';

function recorder(): PassObserver & { passes: string[]; filters: string[] } {
  const passes: string[] = [];
  const filters: string[] = [];
  return {
    passes, filters,
    afterPass: (pass) => { passes.push(pass); },
    skipped: () => undefined,
    afterFilter: (filter) => { filters.push(filter); },
  };
}

describe('the passes\' observer', () => {
  it('is told each pass of each sentence in order, then the filters, and the mentions are the same without it', () => {
    const articles = [articleRecord('a1', BODY)];
    const watched = recorder();
    const seen = selectionMentions(articles, loadGazetteer(), loadNerModel(), watched);
    const plain = selectionMentions(articles, loadGazetteer(), loadNerModel());
    const strip = (ms: readonly Mention[]): unknown[] => ms.map((m) => ({ ...m, sentence: null }));
    expect(strip(seen)).toEqual(strip(plain));
    const names = MENTION_PASSES.map((p) => p.name);
    expect(watched.passes).toEqual([...names, ...names]);
    expect(watched.filters).toEqual(['withoutUnconfirmed', 'withOrganisationSenses']);
  });
});

describe('the stage\'s changes against the tagger (scripts/stage-changes.ts)', () => {
  const mention = {} as Mention;
  it('groups overlapping spans into one change and judges it by the gold spans', () => {
    const history = new Map([[mention, ['findGazetteerNames']]]);
    const [bounds] = sentenceChanges([{ type: 'LOC', start: 3, end: 4 }], [{ type: 'LOC', start: 2, end: 4, mention }], [{ type: 'LOC', start: 3, end: 4 }], history, []);
    expect(bounds).toMatchObject({ kind: 'bounds', cause: 'findGazetteerNames', net: -1, dCorrect: -1, dFound: 0 });
  });

  it('says why a tagger span is dropped from the trace, and ignores a dropped MISC', () => {
    const events = [{ sourceId: 'd', start: 0, end: 5, from: 0, to: 2, cause: 'findTagged skipped: stopword' }];
    const changes = sentenceChanges([{ type: 'PERS', start: 0, end: 2 }, { type: 'MISC', start: 5, end: 6 }], [], [{ type: 'PERS', start: 0, end: 2 }], new Map(), events);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'dropped', cause: 'findTagged skipped: stopword', net: -1, dFound: -1 });
  });
  it('names what the stage lost of the tagger\'s right spans and what it emitted wrong, a state body apart (scripts/stage-losses.ts)', () => {
    const history = new Map([[mention, ['findGazetteerNames']]]);
    const tokens = ['قال', 'في', 'جنوب', 'لبنان', 'إن', 'وزارة', 'الصحة', 'أعلنت'];
    const [recut] = sentenceChanges([{ type: 'LOC', start: 3, end: 4 }], [{ type: 'LOC', start: 2, end: 4, mention }], [{ type: 'LOC', start: 3, end: 4 }], history, []);
    if (recut === undefined) throw new Error('no change');
    expect(recut).toMatchObject({ lost: [{ type: 'LOC', start: 3, end: 4 }], spurious: [{ type: 'LOC', start: 2, end: 4 }] });
    expect(lossClasses({ change: recut, tokens, text: '' })).toEqual(['lost LOC (bounds) by findGazetteerNames', 'spurious LOC (bounds) by findGazetteerNames']);
    const added = new Map([[mention, ['findOrganisations']]]);
    const [body] = sentenceChanges([], [{ type: 'ORG', start: 5, end: 7, mention }], [], added, []);
    if (body === undefined) throw new Error('no change');
    expect(lossClasses({ change: body, tokens, text: '' })).toEqual(['spurious ORG state body (added) by findOrganisations']);
    // A span the stage added that the gold has is neither lost nor spurious.
    const [right] = sentenceChanges([], [{ type: 'ORG', start: 5, end: 7, mention }], [{ type: 'ORG', start: 5, end: 7 }], added, []);
    if (right === undefined) throw new Error('no change');
    expect(lossClasses({ change: right, tokens, text: '' })).toEqual([]);
  });
});
