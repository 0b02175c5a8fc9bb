// `npm run outlet-cues [-- --verbose] [set …]`: which cue of the rules (detect-outlet.ts, OutletCue) gave the outlet
// on each page of the studied format sets, and how often it was right, wrong, or spoke where the page expects none —
// the precision of each cue. `--verbose` lists each wrong read (expected, read, cue). Sets default to the studied
// ones (STUDIED_FORMAT_SETS): never name a set kept for honest measurement (tests/fixtures/formats/README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitLines } from '../main/ingest/lines/split-lines.ts';
import { cuedOutlet, detectOutlet } from '../main/ingest/metadata/detect-outlet.ts';
import { importedOutlet } from '../main/ingest/metadata/furniture-outlet.ts';
import { loadSet, rawPage, sameOutlet } from '../tests/eval/metadata.ts';
import { STUDIED_FORMAT_SETS } from './format-training-sets.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const tally = new Map<string, { right: number; wrong: number; unasked: number }>();
const total = { returned: 0, right: 0, expected: 0 };
for (const set of named.length > 0 ? named : STUDIED_FORMAT_SETS) {
  const folder = path.join(root, 'tests', 'fixtures', 'formats', set);
  for (const { name, text, expected } of loadSet(folder)) {
    const raw = await rawPage(folder, name, text);
    const lines = splitLines(raw.text);
    const detected = detectOutlet(raw, lines);
    // As the import outputs it (clean-article.ts): the name as a reader cites it, else the logo's name.
    const read = importedOutlet(detected, raw).value;
    const cue = detected.value === null && read !== null ? 'logo (no reader)' : cuedOutlet(raw, lines).cue;
    const want = expected.outlet;
    if (want !== null) total.expected++;
    if (read === null) continue;
    total.returned++;
    const row = tally.get(cue) ?? { right: 0, wrong: 0, unasked: 0 };
    tally.set(cue, row);
    if (want === null) row.unasked++;
    else if (sameOutlet(want, read, text)) {
      row.right++;
      total.right++;
    } else row.wrong++;
    if (verbose && (want === null || !sameOutlet(want, read, text))) console.log(`  ${set}/${name}: expected ${want ?? '—'}, read ${read} [${cue}]`);
  }
}
console.log('cue                   right  wrong  none expected');
for (const [cue, r] of [...tally].sort((a, b) => b[1].wrong + b[1].unasked - (a[1].wrong + a[1].unasked))) {
  console.log(`${cue.padEnd(20)} ${String(r.right).padStart(6)} ${String(r.wrong).padStart(6)} ${String(r.unasked).padStart(6)}`);
}
console.log(`P ${((100 * total.right) / total.returned).toFixed(1)}  R ${((100 * total.right) / total.expected).toFixed(1)}  (${total.right} / ${total.returned} / ${total.expected})`);
