import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { findDates } from '../../../../main/text/dates/index.ts';
import { relativeMonthDay } from '../../../../main/text/dates/month-day-relative.ts';
import { RULES } from '../../../../main/text/dates/rules.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/** Every line of the seeds and of the format fixtures (.txt, .md): real pages, with their stamps and datelines. */
function fixtureLines(): string[] {
  const dirs = [path.join(FIXTURES, 'seeds'), ...readdirSync(path.join(FIXTURES, 'formats'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(FIXTURES, 'formats', d.name))];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:txt|md)$/u.test(f))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/u)),
  );
}

// One phrase at least for each rule, so that each is seen matching.
const PHRASES = [
  '2025-04-08T10:00', 'صدر في 30-9-2019', 'في 12/5/24', '5/مارس/24', 'الاثنين 17 من شباط', 'من 28 فبراير إلى 3 مارس 2024',
  'مارس 5, 2024', 'مطلع آذار 2024', 'كانون الثاني/يناير 2025', 'في شهر رمضان', 'صيف 2023', 'عام 2019', 'بين عامي 2010 و2012',
  '12 رمضان 1446 هـ', '23 دي 1404', '13 ك2 2026', '2025 آذار 3 14:20', 'عشية رأس السنة الميلادية', 'يوم الخميس الماضي', 'أول أمس', 'الأسبوع المقبل', 'منذ ثلاثة أيام', 'في العاشر من الشهر الجاري',
];

describe('date rules: the test each rule requires of a text', () => {
  const rules = [...RULES, relativeMonthDay];
  const keys = [...fixtureLines(), ...PHRASES].map((l) => normalise(l)).filter((k) => k.trim().length > 0);

  it('passes for every text the rule matches in (else the tagger would miss the match)', () => {
    const matched = new Set<string>();
    for (const rule of rules) {
      for (const key of keys) {
        rule.pattern.lastIndex = 0;
        if (![...key.matchAll(rule.pattern)].some((m) => m[0].length > 0)) continue;
        matched.add(rule.name);
        if (rule.requires !== undefined) expect(rule.requires.test(key), `${rule.name} matches «${key}» but its test fails`).toBe(true);
      }
    }
    // Each rule met a text it matches, so each test above was put to work.
    expect([...matched].sort()).toEqual(rules.map((r) => r.name).sort());
  });

  it('rules out the texts that cannot hold what the rule reads', () => {
    const byName = new Map(rules.map((r) => [r.name, r]));
    expect(byName.get('year')?.requires?.test(normalise('وقال الوزير إن الحكومة ستعمل'))).toBe(false);
    expect(byName.get('relative-month-day')?.requires?.test(normalise('في العاشر من الجاري'))).toBe(false);
  });

  it('leaves what findDates finds unchanged on a line that only one rule can read', () => {
    expect(findDates('في العاشر من الشهر الجاري', { reference: '2025-04-10' }).map((m) => m.value)).toEqual(['2025-04-10']);
  });
});
