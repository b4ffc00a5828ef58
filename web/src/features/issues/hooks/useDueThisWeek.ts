import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { today } from '../../../lib/work';
import { boardQuery, NO_FILTERS } from '../lib/board';
import { dueThisWeek } from '../lib/dueThisWeek';
import type { Issue } from '../lib/issues';

const PAGE_SIZE = 500; // the service's largest page

/**
 * The actions due this week in a region or district. The board cannot filter by due date, so every issue still being
 * worked on is read, a page at a time, and the week is picked out here.
 */
export function useDueThisWeek(regionCode: string, districtCode: string) {
  const api = useApi();
  const filters = { ...NO_FILTERS, regionCode, districtCode };
  return useLoad(async () => {
    const issues: Issue[] = [];
    for (const status of ['OPEN', 'IN_PROGRESS'] as const) {
      for (let page = 0; ; page++) {
        const answer = data(
          await api.groups.GET('/issues', { params: { query: boardQuery(filters, status, page, PAGE_SIZE) } }),
        );
        issues.push(...(answer.items ?? []));
        if ((page + 1) * PAGE_SIZE >= Number(answer.totalItems ?? 0)) break;
      }
    }
    return dueThisWeek(issues, today());
  }, [api, regionCode, districtCode]);
}
