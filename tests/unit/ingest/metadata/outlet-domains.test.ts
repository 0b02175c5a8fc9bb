import { describe, expect, it } from 'vitest';
import { knownOutlets, type KnownOutlet } from '../../../../main/ingest/metadata/known-outlets.ts';
import { indexDomains, outletOfDomainIn } from '../../../../main/ingest/metadata/outlet-domains.ts';

function outlet(name: string, domains: string[]): KnownOutlet {
  return { name, aliases: [], domains, kind: 'outlet' };
}

/** The plain reading the index stands in for: every domain asked at its first place, the longest (then the first) kept. */
function everyDomain(lower: string, outlets: readonly KnownOutlet[]): KnownOutlet | null {
  let best: { outlet: KnownOutlet; length: number } | null = null;
  for (const o of outlets) {
    for (const domain of o.domains) {
      const at = lower.indexOf(domain);
      if (at < 0) continue;
      const before = lower[at - 1];
      const after = lower[at + domain.length];
      if (before !== undefined && /[a-z0-9-]/.test(before)) continue;
      if (after !== undefined && /[a-z0-9]/.test(after)) continue;
      if (best === null || domain.length > best.length) best = { outlet: o, length: domain.length };
    }
  }
  return best?.outlet ?? null;
}

describe('outletOfDomainIn', () => {
  const list = [outlet('A', ['rt.com', 'q']), outlet('B', ['arabic.rt.com']), outlet('C', ['news.cn']), outlet('D', ['news.cn', 'ab.cd'])];
  const index = indexDomains(list);

  it('keeps the longest domain standing as a host, the first of the list on a tie', () => {
    expect(outletOfDomainIn('https://arabic.rt.com/news/1', index)?.name).toBe('B');
    expect(outletOfDomainIn('https://www.news.cn/a', index)?.name).toBe('C');
    expect(outletOfDomainIn('https://www.heart.com/x', index)).toBeNull();
  });

  it('judges a domain at its first place only, as an indexOf does', () => {
    // «art.com» first: rt.com does not stand there, and its later place is not asked.
    expect(outletOfDomainIn('art.com/ rt.com/', index)).toBeNull();
    expect(outletOfDomainIn('rt.com/ art.com/', index)?.name).toBe('A');
  });

  it('asks one-letter domains of every text', () => {
    expect(outletOfDomainIn('a q b', index)?.name).toBe('A');
  });

  it('reads as asking every domain of the list does, on URLs, hosts and file names', () => {
    const outlets = knownOutlets();
    const real = indexDomains(outlets);
    const domains = outlets.flatMap((o) => o.domains);
    const texts = [
      ...domains.map((d) => `https://www.${d}/news/2025/1`),
      ...domains.map((d) => `${d.split('.')[0] ?? ''}-article-12.html`),
      ...domains.map((d) => `x${d} ${d}`),
      ...domains.slice(0, 50).map((d, i) => `${d}/${domains[(i * 7) % domains.length] ?? ''}`),
      'article-00001.txt', '', 'https://example.org/',
    ];
    for (const text of texts) expect(outletOfDomainIn(text.toLowerCase(), real), text).toBe(everyDomain(text.toLowerCase(), outlets));
  });
});
