import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { HistorySection } from '../../history/components/HistorySection';
import { GroupIssueList } from '../../issues/components/GroupIssueList';
import { DissolveGroupForm } from '../components/DissolveGroupForm';
import { GroupMeetings } from '../components/GroupMeetings';
import { GroupMembers } from '../components/GroupMembers';
import { useGroup } from '../hooks/useGroups';

/** One group: its members, its meetings and the safety issues raised there (each followed up on its own page), and its dissolution. */
export default function GroupPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { districtName } = useReference();
  const group = useGroup(id);
  if (group.error) return <Problem error={group.error} retry={group.reload} />;
  if (!group.data) return <Loading />;
  const g = group.data;
  return (
    <>
      <p>
        <Link to="/groups">{t('groups.backToList')}</Link>
      </p>
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
      {g.status === 'ACTIVE' && <DissolveGroupForm group={g} onDone={group.reload} />}
      <HistorySection kind="group" id={g.id as string} version={g.version} />
    </>
  );
}
