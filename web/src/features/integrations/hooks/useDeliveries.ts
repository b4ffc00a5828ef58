import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { deliveryQuery, type LogFilters } from '../lib/deliveryLog';

export const LOG_PAGE_SIZE = 20;

/** One page of an endpoint's delivery log, newest first, each delivery with its attempts. */
export function useDeliveries(endpointId: string, filters: LogFilters, page: number) {
  const api = useApi();
  const query = deliveryQuery(filters, page, LOG_PAGE_SIZE);
  return useLoad(
    async () =>
      data(
        await api.webhooks.GET('/webhooks/endpoints/{id}/deliveries', { params: { path: { id: endpointId }, query } }),
      ),
    [api, endpointId, JSON.stringify(query)],
  );
}
