import { eventSentences, type Corpus, type CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';
import { sentenceLabel } from './source-label.ts';
import { namedPlaces, placeDisagreement } from '../summary/event-places.ts';

/**
 * One event placed in two towns (issue 14): sentences of different sources that the summary grouped into one event
 * (`events`, each as its citations — the grouping joins reports whose places share a wider place, event-places.ts)
 * and whose most precise places differ («قرب ناحية التنومة» / «قرب قضاء أبو الخصيب»). One question per event,
 * naming each place with the sources that give it.
 */
export function placeContradictions(corpus: Corpus, events: readonly (readonly { sourceId: string; quote: string }[])[]): Draft[] {
  if (events.length === 0) return [];
  const label = (s: CorpusSentence): string => sentenceLabel(corpus, s);
  const out: Draft[] = [];
  for (const cited of eventSentences(corpus, events)) {
    const placed = cited.map((s) => ({ s, places: namedPlaces(s.text, s.tokens) }));
    // Each place named by the first sentence that gives it, and every source that agrees.
    const sides: { place: string; sentences: CorpusSentence[] }[] = [];
    for (const a of placed) {
      for (const b of placed) {
        if (a.s.articleIndex >= b.s.articleIndex) continue;
        const clash = placeDisagreement(a.places, b.places);
        if (!clash) continue;
        for (const [p, s] of [[clash[0].text, a.s], [clash[1].text, b.s]] as const) {
          const side = sides.find((x) => x.place === p);
          if (!side) sides.push({ place: p, sentences: [s] });
          else if (!side.sentences.includes(s)) side.sentences.push(s);
        }
      }
    }
    if (sides.length < 2) continue;
    const say = (x: { place: string; sentences: CorpusSentence[] }): string => `في ${x.place} بحسب ${[...new Set(x.sentences.map(label))].join(' و')}`;
    out.push({
      kind: 'contradiction',
      text: `أين وقع الحادث: ${sides.map(say).join(' أم ')}؟`,
      evidence: [...new Set(sides.flatMap((x) => x.sentences))],
    });
  }
  return out;
}
