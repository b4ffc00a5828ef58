import { data, type Api } from '../../../api/client';

export interface Center {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  districtCode: string;
  settlement?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  status: 'PLANNED' | 'OPEN' | 'UNDER_RENOVATION' | 'CLOSED';
  openedOn?: string | null;
  workplaces?: number | null;
}

/** Every centre, page by page (500 a page, the API's maximum). */
export async function allCenters(api: Api): Promise<Center[]> {
  const centers: Center[] = [];
  for (let page = 0; ; page++) {
    const result = data(await api.centers.GET('/centers', { params: { query: { page: String(page), size: '500' } } }));
    const items = (result.items ?? []) as unknown as Center[];
    centers.push(...items);
    if (items.length === 0 || centers.length >= Number(result.totalItems ?? 0)) return centers;
  }
}

export const STATUS_COLOURS: Record<Center['status'], string> = {
  OPEN: '#0a7d32',
  UNDER_RENOVATION: '#a35c00',
  CLOSED: '#5b5b5b',
  PLANNED: '#1f5fbf',
};
