import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/commands/command.ts';
import { main } from '../../../../main/cli/main.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';

// `mawjaz web --workspace postgres://…`: the browser host serves the same API on a team library (a real, throwaway
// server), its password from MAWJAZ_LIBRARY_PASSWORD as for every command, never in what the host prints.

afterEach(() => {
  delete process.env['MAWJAZ_LIBRARY_PASSWORD'];
});

function capture(signal: AbortSignal, onLine: (line: string) => void): CliIo & { errors: string[] } {
  const errors: string[] = [];
  return { errors, out: onLine, err: (l) => errors.push(l), isTty: false, signal };
}

describe('mawjaz web on a team library', () => {
  const cluster = useCluster();

  it('serves the API on the library: what one analyst imports through the host is in the library', async () => {
    const url = new URL(await cluster().createDatabase('webdesk'));
    url.password = '';
    process.env['MAWJAZ_LIBRARY_PASSWORD'] = cluster().password;
    const controller = new AbortController();
    let printed: (line: string) => void = () => undefined;
    const address = new Promise<string>((resolve) => (printed = resolve));
    const cli = capture(controller.signal, (line) => printed(line));
    const running = main(['web', '--no-open', '--port', '0', '--workspace', url.toString()], cli);
    try {
      const host = new URL(await Promise.race([address, running.then((code) => `exited ${String(code)}: ${cli.errors.join('\n')}`)]));
      const token = host.searchParams.get('token') ?? '';
      const call = async (method: string, request: unknown): Promise<unknown> => {
        const res = await fetch(new URL(`/api/${method}`, host), { method: 'POST', headers: { 'content-type': 'application/json', 'x-mawjaz-token': token }, body: JSON.stringify(request) });
        return res.json();
      };
      expect(await call('workspace:info', {})).toEqual({ ok: true, value: { name: `127.0.0.1:${String(cluster().port)}/webdesk`, articles: 0, topics: 0, briefs: 0, team: true } });
      const text = 'بغداد — أعلنت وزارة الكهرباء العراقية اليوم الأحد عن خطة جديدة لتأهيل محطات التوليد في المحافظات الجنوبية قبل الصيف.';
      const imported = (await call('articles:importText', { name: 'كهرباء', text })) as { ok: boolean };
      expect(imported.ok).toBe(true);
      const listed = (await call('articles:list', {})) as { ok: true; value: { total: number } };
      expect(listed.value.total).toBe(1);
      // No sample articles on a library's first start: it is the desk's, not a new analyst's.
      expect(cli.errors.join('\n')).toContain(`serving postgres://mawjaz@127.0.0.1:${String(cluster().port)}/webdesk`);
      expect(cli.errors.join('\n')).not.toContain(cluster().password);
    } finally {
      controller.abort();
    }
    expect(await running).toBe(0);
  }, 60_000);
});
