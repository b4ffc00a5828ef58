import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { TraineeImport } from '../lib/imports';

/**
 * An import with every row. The answer comes through a JAX-RS Response (to carry the ETag), which the OpenAPI
 * document types as the ImportView the service documents.
 */
export function useTraineeImport(id: string) {
  const api = useApi();
  return useLoad(
    async () => data(await api.training.GET('/imports/{id}', { params: { path: { id } } })) as TraineeImport,
    [api, id],
  );
}
