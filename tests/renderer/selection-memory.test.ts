import { describe, expect, it } from 'vitest';
import { keepSelection, readSelection, selectionKey } from '../../renderer/app/selection-memory.ts';

describe('the brief selection kept across a reload', () => {
  it('reads back what was kept, without articles and topics that are gone', () => {
    const kept = keepSelection({ checked: new Set(['a1', 'a2', 'gone']), briefTopics: new Set(['سوريا', 'محذوف']), briefTitle: 'موجز الحدود' });
    expect(readSelection(kept, (id) => id !== 'gone', new Set(['سوريا']))).toEqual({ articles: ['a1', 'a2'], topics: ['سوريا'], title: 'موجز الحدود' });
  });

  it('starts empty from nothing or from text it cannot read', () => {
    const empty = { articles: [], topics: [], title: '' };
    expect(readSelection(null, () => true, new Set())).toEqual(empty);
    expect(readSelection('{not json', () => true, new Set())).toEqual(empty);
    expect(readSelection('{"articles": [1, "a"], "title": 3}', () => true, new Set())).toEqual({ ...empty, articles: ['a'] });
  });

  it('keeps each workspace’s selection apart', () => {
    expect(selectionKey('a.mawjaz')).not.toBe(selectionKey('b.mawjaz'));
  });
});
