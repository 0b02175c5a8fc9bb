import { readFileSync, readdirSync } from 'node:fs';
import { decodeGrayPng, diffRatio } from './tests/unit/render/pdf/png-gray.ts';
const dir = process.argv[2]!;
for (const f of readdirSync(dir).filter((f) => f.startsWith('a-')).sort()) {
  const a = decodeGrayPng(readFileSync(`${dir}/${f}`)); const b = decodeGrayPng(readFileSync(`${dir}/b-${f.slice(2)}`));
  console.log(f, a.width === b.width && a.height === b.height ? diffRatio(a, b).toFixed(4) : 'size');
}
