import { describe, expect, it } from 'vitest';
import { decideMerge } from '../../../../main/library/exchange/merge-decision.ts';

// The three-way rule each item of an exchange is decided by: data in, decision out.

describe('decideMerge', () => {
  it('writes what the target never had, and does not bring back what the target deleted since the copy', () => {
    expect(decideMerge({ source: 'a', target: null, same: false, origin: null })).toBe('new');
    expect(decideMerge({ source: 'a', target: null, same: false, origin: { source: 'a', target: 'a' } })).toBe('deleted-in-target');
  });

  it('calls the same content already there, whatever the stamps and the origin', () => {
    expect(decideMerge({ source: 'v3', target: 'x', same: true, origin: null })).toBe('already-there');
    expect(decideMerge({ source: 'v3', target: 'x', same: true, origin: { source: 'v1', target: 'y' } })).toBe('already-there');
  });

  it('takes the source when only the source moved, keeps the target when only the target moved', () => {
    expect(decideMerge({ source: 'v2', target: 'h1', same: false, origin: { source: 'v1', target: 'h1' } })).toBe('update');
    expect(decideMerge({ source: 'v1', target: 'h2', same: false, origin: { source: 'v1', target: 'h1' } })).toBe('keep-target');
  });

  it('finds a conflict when both moved, or when two different items have no common base', () => {
    expect(decideMerge({ source: 'v2', target: 'h2', same: false, origin: { source: 'v1', target: 'h1' } })).toBe('conflict');
    expect(decideMerge({ source: 'v1', target: 'h1', same: false, origin: null })).toBe('conflict');
  });
});
