import { data, type Api } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { TargetItem } from '../lib/targets';

/** The programme's targets with the ETag a save sends as If-Match. */
export interface TargetSet {
  items: TargetItem[];
  etag: string;
}

async function readTargets(api: Api): Promise<TargetSet> {
  const result = await api.reporting.GET('/reports/targets', {});
  // the page edits count targets by indicator and year; an item's other attributes are sent back as they came
  const items = (data(result).items ?? []) as TargetItem[];
  return { items, etag: result.response.headers.get('ETag') ?? '' };
}

/** Every target of the programme. */
export function useTargets() {
  const api = useApi();
  return useLoad(() => readTargets(api), [api]);
}

/** The overview of a year, whose targets' progress the page shows beside them. */
export function useYearProgress(year: number) {
  const api = useApi();
  return useLoad(
    async () => data(await api.reporting.GET('/reports/overview', { params: { query: { year: String(year) } } })),
    [api, year],
  );
}

/** Saves the whole set over the version `base` was read at: a 412 (someone saved meanwhile) says `conflict`. */
export function useTargetWrites() {
  const api = useApi();
  return {
    read: () => readTargets(api),
    save: async (base: TargetSet, items: TargetItem[]): Promise<'saved' | 'conflict'> => {
      const result = await api.reporting.PUT('/reports/targets', {
        body: { items },
        headers: { 'If-Match': base.etag },
      });
      if (result.response.status === 412) return 'conflict';
      data(result);
      return 'saved';
    },
  };
}
