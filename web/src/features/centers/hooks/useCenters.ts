import { data, idempotent } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { reasonBody, type ClosureReason } from '../../../lib/reasons';
import { pageQuery } from '../../../lib/paging';
import type { Transition } from '../../../lib/work';
import { partnerList, type CenterForm, type CenterView } from '../lib/centerForm';

export const CENTER_PAGE_SIZE = 20;

export interface CenterListFilters {
  regionCode: string;
  districtCode: string;
  status: string;
}

/** One page of the centres under the list's filters (a filter left empty is none). */
export function useCenterList(filters: CenterListFilters, page: number) {
  const api = useApi();
  const { regionCode, districtCode, status } = filters;
  return useLoad(
    async () =>
      data(await api.centers.GET('/centers', { params: { query: pageQuery(page, CENTER_PAGE_SIZE, filters) } })),
    [api, regionCode, districtCode, status, page],
  );
}

/**
 * One centre with its version. The answer comes through a JAX-RS Response (to carry the ETag), which the OpenAPI
 * document leaves untyped: it is read as the CenterView the service documents.
 */
export function useCenter(id: string) {
  const api = useApi();
  return useLoad(async () => readCenter(api, id), [api, id]);
}

/** The open centres, for the forms that may only name one (forming a group, scheduling a session). */
export function useOpenCenters() {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.centers.GET('/centers', { params: { query: { status: 'OPEN', size: '500' } } })).items ?? [],
    [api],
  );
}

type Api = ReturnType<typeof useApi>;

async function readCenter(api: Api, id: string): Promise<CenterView> {
  return data(await api.centers.GET('/centers/{id}', { params: { path: { id } } })) as unknown as CenterView;
}

/** The writes on centres, each answered with the centre as it now is (untyped in the document, as above). */
export function useCenterWrites() {
  const api = useApi();
  return {
    read: (id: string) => readCenter(api, id),
    register: async (body: CenterForm, idempotencyKey: string) =>
      data(await api.centers.POST('/centers', { params: idempotent(idempotencyKey), body })) as unknown as CenterView,
    edit: async (id: string, ifMatch: string, body: CenterForm) =>
      data(
        await api.centers.PUT('/centers/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body }),
      ) as unknown as CenterView,
  };
}

/** What a transition's form gives: its date, and a closure's reason or a completion's partners. */
export interface TransitionInput {
  date: string;
  reason: ClosureReason | '';
  note: string;
  partners: string;
}

/** Moves a centre on from its status; `ifMatch` is the version the user saw. */
export function useCenterTransition() {
  const api = useApi();
  return async (id: string, ifMatch: string, transition: Transition, input: TransitionInput) => {
    const params = { path: { id }, header: { 'If-Match': ifMatch } };
    switch (transition) {
      case 'opening':
        return data(await api.centers.POST('/centers/{id}/opening', { params, body: { openedOn: input.date } }));
      case 'renovation':
        return data(await api.centers.POST('/centers/{id}/renovation', { params, body: { startedOn: input.date } }));
      case 'completion':
        return data(
          await api.centers.POST('/centers/{id}/renovation/completion', {
            params,
            body: { completedOn: input.date, fundingPartners: partnerList(input.partners) },
          }),
        );
      case 'closure':
        if (!input.reason) return undefined; // the required select keeps the form from being sent without one
        return data(
          await api.centers.POST('/centers/{id}/closure', {
            params,
            body: { closedOn: input.date, ...reasonBody(input.reason, input.note) },
          }),
        );
    }
  };
}
