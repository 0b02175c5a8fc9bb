import type { AppApi } from '../../main/api/handlers/create-api.ts';
import type { Method, Response } from '../../main/api/contract.ts';

/** Calls `method` through the API as the hosts do and returns its answer; a refusal fails the test with its code. */
export async function callOk<M extends Method>(api: AppApi, method: M, request: unknown): Promise<Response<M>> {
  const result = await api.call(method, request);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as Response<M>;
}
