import { describe, expect, it } from 'vitest';
import { importedOutlet } from '../../../../main/ingest/metadata/furniture-outlet.ts';
import { UNKNOWN } from '../../../../main/ingest/metadata/detected.ts';

const TEXT = ['مصنع الوادي | المركز الإعلامي', 'افتتاح خط إنتاج جديد في المصنع', 'أعلن المصنع اليوم افتتاح خط إنتاج جديد.'].join('\n');

describe('importedOutlet', () => {
  it('cites the name the readers read, and ignores the logo then', () => {
    expect(importedOutlet({ value: 'جريدة الميزان', basis: 'explicit' }, { text: TEXT, declared: { siteNames: ['نبض الوادي'] } })).toEqual({ value: 'الميزان', basis: 'explicit' });
  });
  it("takes the logo's name, inferred, when no reader read one", () => {
    expect(importedOutlet(UNKNOWN, { text: TEXT, declared: { siteNames: ['نبض الوادي'] } })).toEqual({ value: 'نبض الوادي', basis: 'inferred' });
  });
  it("cites a Latin logo by the Arabic twin the page prints", () => {
    expect(importedOutlet(UNKNOWN, { text: TEXT, declared: { siteNames: ['Masna Alwadi'] } })).toEqual({ value: 'مصنع الوادي', basis: 'inferred' });
  });
  it('leaves a Latin logo with no Arabic twin, and a generic alt text, unread', () => {
    expect(importedOutlet(UNKNOWN, { text: TEXT, declared: { siteNames: ['Valley Works'] } })).toEqual(UNKNOWN);
    expect(importedOutlet(UNKNOWN, { text: TEXT, declared: { siteNames: ['شعار الموقع'] } })).toEqual(UNKNOWN);
    expect(importedOutlet(UNKNOWN, { text: TEXT, declared: {} })).toEqual(UNKNOWN);
  });
});
