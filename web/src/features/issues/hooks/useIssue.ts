import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import type { Issue } from '../lib/issues';

export type Group = components['schemas']['GroupView'];

/**
 * An issue and its group, whose version every write on the issue sends as If-Match. Both answers come through
 * JAX-RS Responses (to carry the ETag), which the OpenAPI document leaves untyped: they are read as the views
 * the service documents.
 */
export function useIssue(groupId: string, issueId: string) {
  const api = useApi();
  return useLoad(async () => {
    const [group, issue] = await Promise.all([
      api.groups.GET('/groups/{id}', { params: { path: { id: groupId } } }),
      api.groups.GET('/groups/{groupId}/issues/{issueId}', { params: { path: { groupId, issueId } } }),
    ]);
    return { group: data(group) as Group, issue: data(issue) as Issue };
  }, [api, groupId, issueId]);
}

/** The issues raised in a group, latest meeting first; reloaded whenever the group changes (its version). */
export function useGroupIssues(groupId: string, groupVersion: number | undefined) {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.groups.GET('/groups/{groupId}/issues', { params: { path: { groupId }, query: { size: '500' } } }))
        .items ?? [],
    [api, groupId, groupVersion],
  );
}
