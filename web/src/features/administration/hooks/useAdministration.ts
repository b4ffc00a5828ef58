import { useEffect, useState } from 'react';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/reporting';
import { adminClient, consumersOf, type AdminService } from '../lib/adminClient';

type ServiceStatus = components['schemas']['ServiceStatus'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type Redriven = components['schemas']['Redriven'];

export const SERVICES = ['centers', 'groups', 'training', 'reporting'] as const;

/** Each service's readiness, consumers' lag and outbox backlog; a service that does not answer has none. */
export function useServiceStatus() {
  const api = useApi();
  return useLoad(
    () =>
      Promise.all(
        SERVICES.map(async (service) => {
          try {
            // the kit's admin status is the same on every service (ServiceStatus)
            const status = data(await adminClient(api, service).GET('/admin/status')) as ServiceStatus;
            return { service, status };
          } catch {
            return { service, status: null };
          }
        }),
      ),
    [api],
  );
}

/** A rebuild's figure-by-figure comparison of the rebuilt read model with the live one. */
export interface Comparison {
  figuresCompared?: number;
  differencesFound?: number;
  liveConsumerCaughtUp?: boolean;
  differences?: { figure: string; incremental: number | null; rebuilt: number | null }[];
}

/**
 * The read model's generations, followed every 2 s while one builds, with the latest comparison, and the way to
 * start a rebuild.
 */
export function useRebuild() {
  const api = useApi();
  const [round, setRound] = useState(0);
  const generations = useLoad(
    async () => data(await api.reporting.GET('/admin/rebuild')).generations ?? [],
    [api, round],
  );
  const building = generations.data?.some((g) => g.state === 'BUILDING') ?? false;
  useEffect(() => {
    if (!building) return;
    // a rebuild in progress is followed until it is active or has failed
    const timer = setTimeout(() => setRound((r) => r + 1), 2000);
    return () => clearTimeout(timer);
  }, [building, generations.data]);
  const latest = generations.data?.find((g) => g.comparison && typeof g.comparison === 'object');
  return {
    generations,
    building,
    latest,
    // the document types a comparison as a map: it is the rebuild's Comparison
    comparison: latest?.comparison as Comparison | undefined,
    start: async () => {
      try {
        return data(await api.reporting.POST('/admin/rebuild'));
      } finally {
        setRound((r) => r + 1);
      }
    },
  };
}

/** The dead letters of every consuming service (the first 100 of each); read again when `round` changes. */
export function useDeadLetters(round: number) {
  const api = useApi();
  return useLoad(
    () =>
      Promise.all(
        consumersOf(api).map(async (service) => ({
          service,
          items:
            data(await adminClient(api, service).GET('/admin/dead-letters', { params: { query: { size: '100' } } }))
              .items ?? [],
        })),
      ),
    [api, round],
  );
}

/** Re-drives one dead letter of a service: the outcome (applied, already applied or rejected) and the letter. */
export function useRedrive(service: AdminService) {
  const api = useApi();
  return async (id: number | string | undefined): Promise<Redriven> =>
    data(
      await adminClient(api, service).POST('/admin/dead-letters/{id}/redrive', {
        params: { path: { id: String(id) } },
      }),
    );
}
