import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleWriteProblem, useWorkForm, WorkForm, type WorkFormState, type Write } from '../../../components/WorkForm';
import { useIssueWrites } from '../hooks/useIssueWrites';
import type { IssueTarget } from '../lib/issues';

type IssueWrites = ReturnType<typeof useIssueWrites>;
type IssueFormState<Values> = WorkFormState<Values> & { target: IssueTarget };

/**
 * A form's write on the issue, sent with the group's version; once taken, the fields named in `emptied` are emptied
 * for the next entry and the issue is read again.
 */
export function useIssueForm<Values extends Record<string, string>>(
  target: IssueTarget,
  initial: Values,
  write: (writes: IssueWrites, values: Values, idempotencyKey: string) => Promise<unknown>,
  emptied: (keyof Values)[] = [],
): IssueFormState<Values> {
  const writes = useIssueWrites(target);
  const form = useWorkForm(
    initial,
    (values, key) => write(writes, values, key),
    (_, sent) => {
      sent.empty(...emptied);
      target.reload();
    },
  );
  return { ...form, target };
}

/**
 * A form of the issue's page. A 412 means someone recorded something in the same group meanwhile: the page is read
 * again at once so that the user sees what changed, and sending again keeps what the user typed.
 * A 409 names the rule that refused the move (e.g. a follow-up dated before the issue was raised).
 */
export function IssueForm({
  form,
  ...shown
}: { form: Write & { target: IssueTarget } } & Omit<ComponentProps<typeof WorkForm>, 'problem' | 'write'>) {
  const { t } = useTranslation();
  const changed = t('issues.changedMeanwhile');
  return (
    <WorkForm
      write={form}
      problem={<StaleWriteProblem submission={form.submission} reload={form.target.reload} changed={changed} />}
      {...shown}
    />
  );
}
