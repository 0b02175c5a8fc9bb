import { describe, expect, it } from 'vitest';
import { knownPersons } from '../../../../main/analysis/actors/known-persons.ts';
import type { Mention } from '../../../../main/analysis/actors/mention.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { nameKey } from '../../../../main/text/gazetteer/name-key.ts';

function person(name: string, how: Partial<Mention>): Mention {
  return {
    type: 'person', key: nameKey(name), surface: name, alsoCalled: [], entry: null, roles: [], roleOnly: false, weak: false, single: false,
    tagged: false, outlet: false, attribution: false, sourceId: 'a1', sentence: { text: name, start: 0, end: name.length, paragraph: 0 }, start: 0, end: name.length, ...how,
  };
}

describe('knownPersons', () => {
  it('lends the surname of a name a cue vouched for («الرئيس سامر العبيدي» → «العبيدي» alone)', () => {
    const known = knownPersons([person('سامر العبيدي', { roles: ['الرئيس'] })], loadGazetteer());
    expect(known.full.has(nameKey('سامر العبيدي'))).toBe(true);
    expect(known.surnames.has(nameKey('العبيدي'))).toBe(true);
  });

  it('lends no surname of a name only the tagger read, though the full name is known', () => {
    const known = knownPersons([person('جمال الورود', { tagged: true })], loadGazetteer());
    expect(known.full.has(nameKey('جمال الورود'))).toBe(true);
    expect(known.surnames.has(nameKey('الورود'))).toBe(false);
  });
});
