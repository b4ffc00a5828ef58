import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

/** The sessions a register's people may be enrolled in: those still scheduled, latest first (the service's order). */
export function useScheduledSessions() {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.training.GET('/sessions', { params: { query: { status: 'SCHEDULED', size: '500' } } })).items ??
      [],
    [api],
  );
}
