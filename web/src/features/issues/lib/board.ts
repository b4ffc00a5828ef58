import type { IssueStatus } from './issues';

/** The board's filters as the user set them; an empty string means "all". */
export interface BoardFilters {
  regionCode: string;
  districtCode: string;
  category: string;
  overdueOnly: boolean;
}

export const NO_FILTERS: BoardFilters = { regionCode: '', districtCode: '', category: '', overdueOnly: false };

/** The query of `GET /issues` for one status and page of the board: only the filters the user set. */
export function boardQuery(filters: BoardFilters, status: IssueStatus | '', page: number, size: number) {
  return {
    page: String(page),
    size: String(size),
    ...(status ? { status } : {}),
    ...(filters.regionCode ? { regionCode: filters.regionCode } : {}),
    ...(filters.districtCode ? { districtCode: filters.districtCode } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.overdueOnly ? { overdue: 'true' } : {}),
  };
}

/** A district belongs to one region: choosing another region clears a district outside it. */
export function withRegion(
  filters: BoardFilters,
  regionCode: string,
  districtsOf: (regionCode: string) => string[],
): BoardFilters {
  const keepsDistrict = !regionCode || districtsOf(regionCode).includes(filters.districtCode);
  return { ...filters, regionCode, districtCode: keepsDistrict ? filters.districtCode : '' };
}
