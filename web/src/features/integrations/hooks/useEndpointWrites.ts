import { data, done } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { ifMatch } from '../../../lib/work';
import type { Endpoint, EndpointChange, EndpointForm } from '../lib/endpoints';

/** The writes on webhook endpoints: a change or deletion sends the version the endpoint was read at as If-Match. */
export function useEndpointWrites() {
  const api = useApi();
  return {
    register: async (body: EndpointForm) => data(await api.webhooks.POST('/webhooks/endpoints', { body })),
    change: async (endpoint: Endpoint, body: EndpointChange) =>
      data(
        await api.webhooks.PUT('/webhooks/endpoints/{id}', {
          params: { path: { id: endpoint.id ?? '' }, header: { 'If-Match': ifMatch(endpoint.version) } },
          body,
        }),
      ),
    remove: async (endpoint: Endpoint) => {
      done(
        await api.webhooks.DELETE('/webhooks/endpoints/{id}', {
          params: { path: { id: endpoint.id ?? '' }, header: { 'If-Match': ifMatch(endpoint.version) } },
        }),
      );
      return true;
    },
    rotateSecret: async (id: string) =>
      data(await api.webhooks.POST('/webhooks/endpoints/{id}/secret/rotation', { params: { path: { id } } })),
    ping: async (id: string) =>
      data(await api.webhooks.POST('/webhooks/endpoints/{id}/test', { params: { path: { id } } })),
    redeliver: async (id: string, deliveryId: string) =>
      data(
        await api.webhooks.POST('/webhooks/endpoints/{id}/deliveries/{deliveryId}/redelivery', {
          params: { path: { id, deliveryId } },
        }),
      ),
    recover: async (id: string, window: { since: string; until: string }) =>
      data(await api.webhooks.POST('/webhooks/endpoints/{id}/recovery', { params: { path: { id } }, body: window })),
  };
}
