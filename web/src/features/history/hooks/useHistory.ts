import { useState } from 'react';
import { data, type Api } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { Feature } from '../../../lib/roles';
import { appendOlder, type AuditEntry } from '../lib/history';

/** The records that have a history, and who may read it (as each service's hamkori.access.history). */
export type HistoryKind = 'centre' | 'group' | 'session' | 'trainee';
export const HISTORY_FEATURE: Record<HistoryKind, Feature> = {
  centre: 'centreHistory',
  group: 'groupHistory',
  session: 'sessionHistory',
  trainee: 'traineeHistory',
};

const PAGE_SIZE = 10;

interface HistoryPage {
  items?: AuditEntry[];
  totalItems?: number;
}

async function historyPage(api: Api, kind: HistoryKind, id: string, page: number): Promise<HistoryPage> {
  const params = { path: { id }, query: { page: String(page), size: String(PAGE_SIZE) } };
  switch (kind) {
    case 'centre':
      return data(await api.centers.GET('/centers/{id}/history', { params }));
    case 'group':
      return data(await api.groups.GET('/groups/{id}/history', { params }));
    case 'session':
      return data(await api.training.GET('/sessions/{id}/history', { params }));
    case 'trainee':
      return data(await api.training.GET('/trainees/{id}/history', { params }));
  }
}

/**
 * A record's history, newest first: the first page, again whenever the record's version moves, and older pages
 * appended on request.
 */
export function useHistory(kind: HistoryKind, id: string, version: unknown) {
  const api = useApi();
  const first = useLoad(() => historyPage(api, kind, id, 0), [kind, id, version]);
  const [older, setOlder] = useState<{ entries: AuditEntry[]; pages: number; full: boolean }>({
    entries: [],
    pages: 1,
    full: true,
  });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  // the older pages read belong to the first page they were read after: a new first page starts again
  const [olderOf, setOlderOf] = useState(first.data);
  if (olderOf !== first.data) {
    setOlderOf(first.data);
    setOlder({ entries: [], pages: 1, full: true });
  }

  const firstPage = first.data?.items ?? [];
  const entries = appendOlder(firstPage, older.entries);
  const total = Number(first.data?.totalItems ?? 0);
  const loadOlder = async () => {
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const next = await historyPage(api, kind, id, older.pages);
      const items = next.items ?? [];
      setOlder({
        entries: appendOlder(older.entries, items),
        pages: older.pages + 1,
        full: items.length === PAGE_SIZE,
      });
    } catch (e) {
      setOlderError(e);
    } finally {
      setLoadingOlder(false);
    }
  };
  return {
    entries,
    loaded: first.data !== null,
    error: first.error ?? olderError,
    reload: first.reload,
    // a page shorter than asked for was the last one, whatever the count said when the first page was read
    hasOlder: entries.length < total && firstPage.length === PAGE_SIZE && older.full,
    loadingOlder,
    loadOlder,
  };
}
