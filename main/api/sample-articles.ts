import { resources } from '../resources.ts';
import type { Method, Result } from './contract.ts';

/**
 * A first start on the default workspace shows the sample articles, so the analyst meets a working desk; a
 * workspace the analyst named is left as it is unless asked (`force`). Returns an error line, or null.
 */
export async function importSamplesOnFirstStart(api: { call: (method: Method, request: unknown) => Promise<Result<unknown>> }, options: { firstStart: boolean; defaultWorkspace: boolean; force?: boolean }): Promise<string | null> {
  if (!(options.force === true || (options.firstStart && options.defaultWorkspace))) return null;
  const info = await api.call('workspace:info', {});
  if (!info.ok || (info.value as { articles: number }).articles > 0) return null;
  const report = await api.call('articles:import', { paths: [resources.sampleArticlesDir] });
  return report.ok ? null : `could not import the sample articles: ${report.error.message}`;
}
