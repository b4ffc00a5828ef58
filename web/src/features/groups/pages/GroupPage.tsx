import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data } from '../../api/client';
import { useApi, useLoad } from '../../api/ApiContext';
import type { components } from '../../api/generated/groups';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../components/Form';
import { Loading, Problem } from '../../components/Problem';
import { useReference } from '../../components/Reference';
import { formatDate } from '../../lib/format';
import { ifMatch, today } from '../../lib/work';
import { GroupMeetings } from '../../features/groups/components/GroupMeetings';
import { GroupMembers } from '../../features/groups/components/GroupMembers';
import { HistorySection } from '../../features/history/components/HistorySection';
import { GroupIssueList } from '../../features/issues/components/GroupIssueList';

type GroupView = components['schemas']['GroupView'];

/** One group: its members, its meetings and the safety issues raised there (each followed up on its own page), and its dissolution. */
export default function GroupDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const api = useApi();
  const { districtName } = useReference();
  const group = useLoad(
    async () => data(await api.groups.GET('/groups/{id}', { params: { path: { id } } })) as unknown as GroupView,
    [id],
  );
  if (group.error) return <Problem error={group.error} retry={group.reload} />;
  if (!group.data) return <Loading />;
  const g = group.data;
  const active = g.status === 'ACTIVE';
  return (
    <>
      <p><Link to="/groups">{t('groups.backToList')}</Link></p>
      <div className="page-head">
        <h1>{g.name}</h1>
        <span className="badge badge-unknown">{t(`groupStatus.${g.status}`)}</span>
      </div>
      <p>
        {districtName(g.districtCode)} · {t('groups.formedOn')}: {formatDate(g.formedOn, i18n.language)}
        {g.dissolvedOn ? ` · ${t('groups.dissolvedOn')}: ${formatDate(g.dissolvedOn, i18n.language)}` : ''}
      </p>
      <GroupMembers group={g} onChange={group.reload} />
      <GroupMeetings group={g} onChange={group.reload} />
      <GroupIssueList groupId={g.id as string} groupVersion={g.version} />
      {active && <Dissolve group={g} onDone={group.reload} />}
      <HistorySection kind="group" id={g.id as string} version={g.version} />
    </>
  );
}

function Dissolve({ group, onDone }: { group: GroupView; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [dissolvedOn, setDissolvedOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.groups.POST('/groups/{id}/dissolution', {
          params: { path: { id: group.id as string }, header: { 'If-Match': ifMatch(group.version) } },
          body: { dissolvedOn },
        }),
      ),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="dissolve">
      <h2 id="dissolve">{t('groups.dissolve')}</h2>
      <Field label={t('groups.dissolvedOn')} problems={submission.fieldProblems.dissolvedOn}>
        <input type="date" required value={dissolvedOn} onChange={(e) => setDissolvedOn(e.target.value)} />
      </Field>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.dissolve')}</SubmitButton>
    </form>
  );
}
