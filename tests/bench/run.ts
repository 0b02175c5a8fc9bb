// `npm run bench`: every figure beside a reference measured in the same run, printed as a ratio.
import type { BenchRow } from './bench-row.ts';

const suites: { name: string; load: () => Promise<() => Promise<BenchRow[]>> }[] = [
  { name: 'library', load: async () => (await import('./library.ts')).benchLibrary },
  { name: 'team-library', load: async () => (await import('./team-library.ts')).benchTeamLibrary },
  { name: 'analysis', load: async () => (await import('./analysis.ts')).benchAnalysis },
  { name: 'pdf', load: async () => (await import('./pdf.ts')).benchPdf },
  { name: 'docx', load: async () => (await import('./docx.ts')).benchDocx },
  { name: 'charts', load: async () => (await import('./charts.ts')).benchCharts },
  { name: 'ui', load: async () => (await import('./ui.ts')).benchUi },
  { name: 'cli', load: async () => (await import('./cli.ts')).benchCli },
];

function fmt(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

const only = process.argv.slice(2);
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}`);
  try {
    const rows = await (await suite.load())();
    for (const r of rows) {
      const ref = r.reference;
      const ratio = ref && ref.unit === r.unit && ref.value > 0 ? `  (×${(r.value / ref.value).toFixed(2)} of reference)` : '';
      console.log(`${r.name}: ${fmt(r.value, r.unit)}${ref ? `  | reference, ${ref.name}: ${fmt(ref.value, ref.unit)}` : ''}${ratio}`);
    }
  } catch (e) {
    console.log(`${suite.name} bench failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
