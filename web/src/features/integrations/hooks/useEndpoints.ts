import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

/** More than an organisation registers: the list is shown on one page. */
const LIST_SIZE = '200';

/** The endpoints the user manages (a partner: its organisation's; admin: all), each with its health. */
export function useEndpoints() {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.webhooks.GET('/webhooks/endpoints', { params: { query: { size: LIST_SIZE } } })).items ?? [],
    [api],
  );
}

/** One endpoint with its health and version (sent as If-Match). */
export function useEndpoint(id: string) {
  const api = useApi();
  return useLoad(
    async () => data(await api.webhooks.GET('/webhooks/endpoints/{id}', { params: { path: { id } } })),
    [api, id],
  );
}
