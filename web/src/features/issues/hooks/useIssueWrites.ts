import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { ifMatch } from '../../../lib/work';
import type { ActionCompletion, ActionForm, FollowUpForm, IssueTarget, Reopening, Resolution } from '../lib/issues';

/** The writes on an issue, each sent with the group's version the issue was read at as If-Match. */
export function useIssueWrites(target: IssueTarget) {
  const api = useApi();
  const path = { groupId: target.groupId, issueId: target.issueId };
  const version = ifMatch(target.groupVersion);
  return {
    agreeAction: async (body: ActionForm, idempotencyKey: string) =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/actions', {
          params: { path, header: { 'If-Match': version, 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    completeAction: async (actionId: string, body: ActionCompletion) =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/actions/{actionId}/completion', {
          params: { path: { ...path, actionId }, header: { 'If-Match': version } },
          body,
        }),
      ),
    recordFollowUp: async (body: FollowUpForm, idempotencyKey: string) =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/follow-ups', {
          params: { path, header: { 'If-Match': version, 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    resolve: async (body: Resolution) =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/resolution', {
          params: { path, header: { 'If-Match': version } },
          body,
        }),
      ),
    reopen: async (body: Reopening) =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/reopening', {
          params: { path, header: { 'If-Match': version } },
          body,
        }),
      ),
  };
}
