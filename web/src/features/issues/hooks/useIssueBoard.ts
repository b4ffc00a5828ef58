import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { boardQuery, type BoardFilters } from '../lib/board';
import { ISSUE_STATUSES, type IssueStatus } from '../lib/issues';

export const BOARD_PAGE_SIZE = 20;

/** One page of the programme's issue board for a status and the user's filters. */
export function useIssueBoard(filters: BoardFilters, status: IssueStatus, page: number) {
  const api = useApi();
  const query = boardQuery(filters, status, page, BOARD_PAGE_SIZE);
  return useLoad(
    async () => data(await api.groups.GET('/issues', { params: { query } })),
    [api, JSON.stringify(query)],
  );
}

/** How many issues each status holds under the user's filters (a one-row page per status gives its total). */
export function useIssueCounts(filters: BoardFilters) {
  const api = useApi();
  return useLoad(async () => {
    const pages = await Promise.all(
      ISSUE_STATUSES.map(async (status) =>
        data(await api.groups.GET('/issues', { params: { query: boardQuery(filters, status, 0, 1) } })),
      ),
    );
    return Object.fromEntries(ISSUE_STATUSES.map((status, i) => [status, Number(pages[i].totalItems ?? 0)])) as Record<
      IssueStatus,
      number
    >;
  }, [api, JSON.stringify(filters)]);
}
