import { useEffect, useRef, useState } from 'react';
import { data, downloadFile, type Api } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import type { AuditEntry } from '../../history/lib/history';
import {
  auditQuery,
  mergeNewestFirst,
  servicesOf,
  type AuditFilters,
  type AuditService,
  type AuditStream,
} from '../lib/auditSearch';

const PAGE_SIZE = 25;

// the kit's audit search is the same on every service; one typed client stands for them all
const client = (api: Api, service: AuditService) => api[service] as unknown as Api['centers'];
const baseUrl = (api: Api, service: AuditService) =>
  ({ centers: api.config.centersUrl, groups: api.config.groupsUrl, training: api.config.trainingUrl })[service];

async function auditPage(api: Api, service: AuditService, filters: AuditFilters, page: number) {
  const query = { ...auditQuery(filters), page: String(page), size: String(PAGE_SIZE) };
  // the operation answers JSON or CSV: the page's type is said here
  const answer = data(await client(api, service).GET('/admin/audit', { params: { query } })) as {
    items?: AuditEntry[];
    totalItems?: number;
  };
  return { entries: (answer.items ?? []) as AuditEntry[], total: Number(answer.totalItems ?? 0) };
}

interface Read extends AuditStream {
  pages: number;
  error: unknown;
}

/** The audit trail of the chosen services for the filters, merged by time; older entries read on request. */
export function useAuditSearch(filters: AuditFilters) {
  const api = useApi();
  const [streams, setStreams] = useState<Read[] | null>(null);
  /** Older entries being read on request (a new search is loading while it has no entries). */
  const [loadingOlder, setLoadingOlder] = useState(false);
  // an answer for filters the user has since changed is dropped
  const search = useRef(0);

  /** The next page of every stream that has more, appended to it. */
  const readPages = (current: Read[]) =>
    Promise.all(
      current.map(async (stream) => {
        if (stream.pages > 0 && stream.entries.length >= stream.total) return stream;
        try {
          const page = await auditPage(api, stream.service, filters, stream.pages);
          return {
            ...stream,
            entries: [...stream.entries, ...page.entries],
            total: page.total,
            pages: stream.pages + 1,
            error: null,
          };
        } catch (error) {
          return { ...stream, error };
        }
      }),
    );

  // the entries of other filters are not shown while those of these are read
  const filtersKey = JSON.stringify(filters);
  const [searchedFor, setSearchedFor] = useState(filtersKey);
  if (searchedFor !== filtersKey) {
    setSearchedFor(filtersKey);
    setStreams(null);
  }
  useEffect(() => {
    const round = ++search.current;
    const fresh = servicesOf(filters).map((service) => ({ service, entries: [], total: 0, pages: 0, error: null }));
    void readPages(fresh).then((next) => round === search.current && setStreams(next));
    // the filters are compared by value; readPages reads them
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, filtersKey]);

  const loadOlder = async () => {
    if (!streams) return;
    const round = search.current;
    setLoadingOlder(true);
    try {
      const next = await readPages(streams);
      if (round === search.current) setStreams(next);
    } finally {
      setLoadingOlder(false);
    }
  };

  const merged = mergeNewestFirst(streams ?? []);
  return {
    loaded: streams !== null,
    loading: loadingOlder || streams === null,
    entries: merged.entries,
    hasMore: merged.hasMore,
    failures: (streams ?? []).filter((stream) => stream.error).map(({ service, error }) => ({ service, error })),
    loadOlder,
    downloadCsv: (service: AuditService) =>
      downloadFile(
        api,
        baseUrl(api, service),
        `/admin/audit?${new URLSearchParams({ ...auditQuery(filters), format: 'csv' })}`,
        `audit-${service}.csv`,
        'text/csv',
      ),
  };
}
