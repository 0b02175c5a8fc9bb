// Stamps read on untouched-16 (branch meta17): a meta row whose fields a middle dot sets apart («date · reading
// time», «byline · date»), and a section's one-word label before the weekday that opens a stamp. In strings written
// for the test, with the prose each form must not take.
import { describe, expect, it } from 'vitest';
import { readStamp } from '../../../../main/ingest/metadata/publication-stamps.ts';

const NOW = '2026-01-15';

describe('a meta row set apart by middle dots', () => {
  it('reads the date beside a reading time or a byline', () => {
    expect(readStamp('2025-11-03 · 5 دقائق قراءة', NOW)?.value).toBe('2025-11-03');
    expect(readStamp('بواسطة هيئة التحرير · March 4, 2025', NOW)?.value).toBe('2025-03-04');
  });
  it('reads no stamp from prose with a dot in it', () => {
    expect(readStamp('قال الوزير · إن الاجتماع سيعقد في 5 آذار 2025 لبحث ملف المياه مع الجانب الآخر', NOW)).toBeNull();
  });
});

describe("a section's label before the weekday of a stamp", () => {
  it('reads the stamp', () => {
    expect(readStamp('منوعات الأربعاء 5 آذار 2025 - 11:20 ص', NOW)?.value).toBe('2025-03-05');
  });
  it('reads no stamp from a sentence that dates an event', () => {
    expect(readStamp('زار الوفد المدينة الأربعاء 5 آذار 2025 والتقى مسؤوليها', NOW)).toBeNull();
  });
});
