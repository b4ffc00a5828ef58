import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

/** The event types an endpoint may subscribe to: the contract's catalogue, with topic and source. */
export function useEventTypes() {
  const api = useApi();
  return useLoad(async () => data(await api.webhooks.GET('/webhooks/event-types')).items ?? [], [api]);
}
