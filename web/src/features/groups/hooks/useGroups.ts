import { data, idempotent } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import { pageQuery } from '../../../lib/paging';

export type GroupView = components['schemas']['GroupView'];
export type GroupForm = components['schemas']['GroupForm'];
export type MemberView = components['schemas']['MemberView'];
export type MemberForm = components['schemas']['MemberForm'];
export type MeetingForm = components['schemas']['MeetingForm'];
export type IssueForm = components['schemas']['IssueForm'];
export const GROUP_STATUSES = ['ACTIVE', 'DISSOLVED'] as const;
export const GROUP_PAGE_SIZE = 20;

/** One page of the groups in a region and status (a filter left empty is none). */
export function useGroupList(filters: { regionCode: string; status: string }, page: number) {
  const api = useApi();
  const { regionCode, status } = filters;
  return useLoad(
    async () => data(await api.groups.GET('/groups', { params: { query: pageQuery(page, GROUP_PAGE_SIZE, filters) } })),
    [api, regionCode, status, page],
  );
}

/**
 * One group with its version. The answer comes through a JAX-RS Response (to carry the ETag), which the OpenAPI
 * document leaves untyped: it is read as the GroupView the service documents.
 */
export function useGroup(id: string) {
  const api = useApi();
  return useLoad(
    async () => data(await api.groups.GET('/groups/{id}', { params: { path: { id } } })) as unknown as GroupView,
    [api, id],
  );
}

/** Where a record of a group is created, with the key that makes the creation happen once. */
const createdIn = (groupId: string, idempotencyKey: string) => ({ path: { groupId }, ...idempotent(idempotencyKey) });

/** The writes on a group (answered untyped in the document, as above). */
export function useGroupWrites() {
  const api = useApi();
  return {
    form: async (body: GroupForm, idempotencyKey: string) =>
      data(await api.groups.POST('/groups', { params: idempotent(idempotencyKey), body })) as unknown as GroupView,
    dissolve: async (id: string, ifMatch: string, dissolvedOn: string) =>
      data(
        await api.groups.POST('/groups/{id}/dissolution', {
          params: { path: { id }, header: { 'If-Match': ifMatch } },
          body: { dissolvedOn },
        }),
      ),
    addMember: async (groupId: string, body: MemberForm, idempotencyKey: string) =>
      data(await api.groups.POST('/groups/{groupId}/members', { params: createdIn(groupId, idempotencyKey), body })),
    recordDeparture: async (groupId: string, memberId: string, leftOn: string) =>
      data(
        await api.groups.POST('/groups/{groupId}/members/{memberId}/departure', {
          params: { path: { groupId, memberId } },
          body: { leftOn },
        }),
      ),
    recordMeeting: async (groupId: string, body: MeetingForm, idempotencyKey: string) =>
      data(await api.groups.POST('/groups/{groupId}/meetings', { params: createdIn(groupId, idempotencyKey), body })),
  };
}

/** A group's members, every one (with their personal data as the user may read them); reloaded with the group. */
export function useGroupMembers(group: GroupView) {
  const api = useApi();
  const groupId = group.id as string;
  return useLoad(
    async () =>
      data(await api.groups.GET('/groups/{groupId}/members', { params: { path: { groupId }, query: { size: '500' } } }))
        .items ?? [],
    [api, groupId, group],
  );
}

/** A group's meetings with their participants; reloaded with the group. */
export function useGroupMeetings(group: GroupView) {
  const api = useApi();
  const groupId = group.id as string;
  return useLoad(
    async () =>
      data(
        await api.groups.GET('/groups/{groupId}/meetings', { params: { path: { groupId }, query: { size: '500' } } }),
      ).items ?? [],
    [api, groupId, group],
  );
}
