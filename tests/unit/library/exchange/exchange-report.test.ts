import { describe, expect, it } from 'vitest';
import { ExchangeReport, ReportBuilder } from '../../../../main/library/exchange/exchange-report.ts';
import { fingerprint } from '../../../../main/library/exchange/fingerprint.ts';

describe('the exchange report', () => {
  it('counts every kind, lists each conflict, skip and deletion with its count, and parses as its schema', () => {
    const b = new ReportBuilder('send', '127.0.0.1:5432/desk', '/tmp/w.sqlite');
    b.count('article', 'new');
    b.count('article', 'alreadyThere');
    b.conflict({ kind: 'brief', key: 'b1', label: 'موجز', outcome: 'refused', libraryVersion: 3, baseVersion: 2 });
    b.skip({ kind: 'article', key: 'x', label: 'x', reason: 'could not be read: bad JSON' });
    b.deleted({ kind: 'brief', key: 'b2', label: 'موجز محذوف' });
    b.addMemberships(2);
    const r = b.done();
    expect(ExchangeReport.parse(r)).toEqual(r);
    expect(r.counts.article).toEqual({ new: 1, updated: 0, alreadyThere: 1, conflicts: 0, skipped: 1, deleted: 0 });
    expect(r.counts.brief).toMatchObject({ conflicts: 1, deleted: 1 });
    expect(r.deleted).toEqual([{ kind: 'brief', key: 'b2', label: 'موجز محذوف' }]);
    expect(Object.keys(r.counts).sort()).toEqual(['actor-correction', 'article', 'brief', 'gazetteer', 'outlet-grade', 'topic']);
    expect(r.conflicts).toHaveLength(1);
    expect(r.skipped).toHaveLength(1);
    expect(r.membershipsAdded).toBe(2);
  });

  it('refuses a report that lacks a kind or holds a version that is not positive', () => {
    const r = new ReportBuilder('copy', 'l', 'w').done();
    const { brief: _, ...missing } = r.counts;
    expect(ExchangeReport.safeParse({ ...r, counts: missing }).success).toBe(false);
    expect(ExchangeReport.safeParse({ ...r, conflicts: [{ kind: 'brief', key: 'b', label: 'b', outcome: 'o', libraryVersion: 0 }] }).success).toBe(false);
  });

  it('fingerprints content, not the order its keys were written in', () => {
    expect(fingerprint({ a: 1, b: [1, { d: 2, c: 3 }] })).toBe(fingerprint({ b: [1, { c: 3, d: 2 }], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
  });
});
