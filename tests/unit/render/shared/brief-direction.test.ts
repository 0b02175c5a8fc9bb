import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../main/model/brief.ts';
import { briefDirection } from '../../../../main/render/shared/brief-direction.ts';
import { root } from '../pdf/fixtures.ts';

describe('briefDirection', () => {
  it('is right to left for an Arabic brief, whatever its first paragraph starts with', () => {
    const brief = Brief.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/briefs/hard.json'), 'utf8')));
    expect(brief.language).toBe('ar');
    expect(briefDirection(brief)).toBe('rtl');
  });
});
