import { useSearchParams } from 'react-router-dom';
import { filterFromSearch, filterQuery, searchWithFilter, type ReportFilter } from '../lib/reportFilter';

/**
 * The period, phase and partner the report pages show, kept in the address's query so that a link shares them;
 * `query` is what the report calls send (and a stable `key` to reload them on).
 */
export function useReportFilter() {
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const query = filterQuery(filter);
  const setFilter = (next: ReportFilter) => setSearch(searchWithFilter(search, next), { replace: true });
  return { filter, query, key: JSON.stringify(query), setFilter };
}
